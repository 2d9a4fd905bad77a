package mx.seguimientoprep.bot.comprension;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.bot.comando.Comando;
import mx.seguimientoprep.bot.comando.Comandos;
import mx.seguimientoprep.bot.comando.Frase;
import mx.seguimientoprep.bot.comprension.Interpretacion.Entendido;
import mx.seguimientoprep.domain.TextoComparable;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;

/**
 * Entiende un mensaje: un comando (`/estado durango`, `/estado@NombreBot durango`), una frase libre
 * (`¿Cómo va el PREP de Durango?`, `DURANGO`, `estado dgo`) o los datos de un botón (`estado:10`),
 * con los nombres y las {@linkplain Frase frases} de los {@linkplain Comandos comandos} del bot.
 *
 * <p>En una frase libre el comando lo dan sus palabras (`oficios`, `pendientes`, `acuerdos`,
 * `sesiones`, `vence`…; ninguna: el estado) y la entidad, el resolutor del dominio: el texto
 * completo si es exactamente un nombre, alias, sigla o clave; si no, la forma más larga que aparece
 * en la frase, sin contar como significativas las palabras vacías del dominio ni las de las frases
 * de los comandos ({@link ResolutorEntidad#enFrase(String, Set)}). En un grupo solo cuentan los
 * comandos y los mensajes que mencionan al bot; un comando desconocido sin `@NombreBot` se supone
 * de otro bot del grupo.
 *
 * @param <C> lo que el despachador da a los manejadores de los comandos
 */
public final class Interprete<C> {

  private static final Pattern COMANDO =
      Pattern.compile("^/([\\p{L}\\p{N}_]+)(?:@([A-Za-z0-9_]+))?(?:\\s+(.*))?$", Pattern.DOTALL);
  private static final Pattern BOTON = Pattern.compile("^([a-z0-9_]+):(\\d{1,2})$");

  /** Una frase de un comando, en el orden en que se prueban. */
  private record FraseDe<C>(Frase frase, Comando<C> comando) {}

  private final Comandos<C> comandos;
  private final List<FraseDe<C>> frases;

  /**
   * Las palabras de las frases de los comandos: se suman a las palabras vacías del dominio al
   * buscar una entidad en una frase, así que un comando nuevo no necesita agregarlas a mano.
   */
  private final Set<String> palabrasVacias;

  private final ResolutorEntidad entidades;
  private final String nombreDelBot;
  private final Pattern mencion;

  /**
   * @param nombreDelBot el nombre de usuario del bot en Telegram, sin `@`
   */
  public Interprete(Comandos<C> comandos, ResolutorEntidad entidades, String nombreDelBot) {
    this.comandos = Objects.requireNonNull(comandos, "comandos");
    this.entidades = Objects.requireNonNull(entidades, "entidades");
    this.nombreDelBot = Objects.requireNonNull(nombreDelBot, "nombreDelBot").replaceFirst("^@", "");
    this.mencion =
        Pattern.compile(
            "@" + Pattern.quote(this.nombreDelBot) + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<FraseDe<C>> todas = new ArrayList<>();
    comandos.todos().forEach(c -> c.frases().forEach(f -> todas.add(new FraseDe<>(f, c))));
    todas.sort(Comparator.comparing(f -> f.frase().precedencia()));
    this.frases = List.copyOf(todas);
    this.palabrasVacias = Set.copyOf(comandos.palabrasDeFrases());
  }

  /** Lo que quiso decir un mensaje de texto escrito en un chat privado o en un grupo. */
  public Interpretacion<C> interpretar(String texto, boolean enGrupo) {
    if (texto == null || texto.isBlank()) {
      return new Interpretacion.Ignorado<>();
    }
    String limpio = texto.strip();
    Matcher comando = COMANDO.matcher(limpio);
    if (comando.matches()) {
      Interpretacion<C> interpretacion = comando(comando);
      boolean paraOtroBot = enGrupo && comando.group(2) == null;
      return interpretacion instanceof Interpretacion.Desconocido && paraOtroBot
          ? new Interpretacion.Ignorado<>()
          : interpretacion;
    }
    if (limpio.startsWith("/")) {
      return enGrupo ? new Interpretacion.Ignorado<>() : new Interpretacion.Desconocido<>(limpio);
    }
    Matcher mencionado = mencion.matcher(limpio);
    if (enGrupo && !mencionado.find()) {
      return new Interpretacion.Ignorado<>();
    }
    return frase(mencion.matcher(limpio).replaceAll(" ").strip());
  }

  /** Lo que pide un botón de pregunta por entidad (`estado:10`); vacío si no es uno de esos. */
  public Optional<Entendido<C>> interpretarBoton(String datos) {
    if (datos == null) {
      return Optional.empty();
    }
    Matcher boton = BOTON.matcher(datos);
    if (!boton.matches()) {
      return Optional.empty();
    }
    Optional<Comando<C>> comando =
        comandos
            .llamado(boton.group(1))
            .filter(c -> c.porEntidad() && c.nombre().equals(boton.group(1)));
    Resolucion entidad = entidades.resolver(boton.group(2));
    if (comando.isEmpty() || !(entidad instanceof Resolucion.Encontrada)) {
      return Optional.empty();
    }
    return Optional.of(new Entendido<>(comando.get(), entidad, ""));
  }

  /** Si un comando escrito como `/orden@Nombre` es para este bot. */
  private boolean esParaEsteBot(String nombre) {
    return nombre == null || nombre.equalsIgnoreCase(nombreDelBot);
  }

  /**
   * La entidad nombrada en un texto: el texto completo si es exactamente una forma conocida; si no,
   * la forma más larga que aparece en él, o parecidos si no aparece ninguna.
   */
  public Resolucion entidadEn(String texto) {
    return entidades.enFrase(texto, palabrasVacias);
  }

  private Interpretacion<C> comando(Matcher comando) {
    if (!esParaEsteBot(comando.group(2))) {
      return new Interpretacion.Ignorado<>();
    }
    // Sin acentos ni mayúsculas; el guion bajo de /cancelar_suscripcion se conserva.
    String nombre = TextoComparable.de(comando.group(1)).replace(' ', '_');
    String argumento = comando.group(3) == null ? "" : comando.group(3).strip();
    Optional<Comando<C>> conocido = comandos.llamado(nombre);
    if (conocido.isEmpty()) {
      return new Interpretacion.Desconocido<>("/" + comando.group(1));
    }
    if (conocido.get().porEntidad()) {
      return new Entendido<>(conocido.get(), entidadEn(argumento), argumento);
    }
    return Entendido.de(conocido.get(), argumento);
  }

  /**
   * La primera frase de un comando que corresponde, por precedencia; la entidad se busca una sola
   * vez, cuando hace falta.
   */
  private Interpretacion<C> frase(String texto) {
    List<String> palabras = Arrays.asList(TextoComparable.de(texto).split(" "));
    EntidadDeLaFrase entidad = new EntidadDeLaFrase(texto);
    for (FraseDe<C> candidata : frases) {
      if (candidata.frase().reconoce(palabras, entidad::nombrada)) {
        Comando<C> comando = candidata.comando();
        return comando.porEntidad()
            ? new Entendido<>(comando, entidad.resolucion(), "")
            : Entendido.de(comando, "");
      }
    }
    return new Interpretacion.Ignorado<>();
  }

  /** La entidad de una frase, buscada la primera vez que hace falta. */
  private final class EntidadDeLaFrase {

    private final String texto;
    private Resolucion resolucion;

    EntidadDeLaFrase(String texto) {
      this.texto = texto;
    }

    Resolucion resolucion() {
      if (resolucion == null) {
        resolucion = entidadEn(texto);
      }
      return resolucion;
    }

    boolean nombrada() {
      return !(resolucion() instanceof Resolucion.NoEncontrada);
    }
  }
}
