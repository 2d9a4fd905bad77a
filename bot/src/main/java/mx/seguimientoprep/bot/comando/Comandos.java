package mx.seguimientoprep.bot.comando;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.usuario.Rol;

/**
 * Los comandos de un bot, en el orden en que se muestran en /ayuda y en el menú: el intérprete,
 * /ayuda y el menú de Telegram se hacen de ellos.
 *
 * @param <C> lo que el despachador da a sus manejadores
 */
public final class Comandos<C> {

  private final List<Comando<C>> todos;
  private final Map<String, Comando<C>> porNombre = new HashMap<>();

  public Comandos(List<Comando<C>> todos) {
    this.todos = List.copyOf(todos);
    for (Comando<C> comando : this.todos) {
      for (String nombre : comando.nombres()) {
        if (porNombre.putIfAbsent(nombre, comando) != null) {
          throw new IllegalArgumentException("Dos comandos se llaman /" + nombre);
        }
      }
    }
  }

  public List<Comando<C>> todos() {
    return todos;
  }

  /** El comando con ese nombre o sinónimo, ya en minúsculas y sin acentos. */
  public Optional<Comando<C>> llamado(String nombre) {
    return Optional.ofNullable(porNombre.get(nombre));
  }

  /** Las palabras de todas las frases, que no nombran una entidad. */
  public Set<String> palabrasDeFrases() {
    Set<String> palabras = new HashSet<>();
    todos.forEach(c -> c.frases().forEach(f -> palabras.addAll(f.palabras())));
    return Set.copyOf(palabras);
  }

  /** /ayuda para una persona con ese rol. */
  public Respuesta ayuda(Rol rol, String nombreDelBot) {
    return Ayuda.de(this, rol, nombreDelBot);
  }

  /** El menú de Telegram: los comandos anunciados, en los chats en que se atienden. */
  public Menu menu() {
    List<Menu.Entrada> privados =
        todos.stream()
            .filter(c -> c.anunciado() && c.localidad().admite(false))
            .map(c -> new Menu.Entrada(c.nombre(), c.descripcion()))
            .toList();
    List<Menu.Entrada> grupos =
        todos.stream()
            .filter(c -> c.anunciado() && c.localidad().admite(true))
            .map(c -> new Menu.Entrada(c.nombre(), c.descripcion()))
            .toList();
    return new Menu(privados, grupos);
  }
}
