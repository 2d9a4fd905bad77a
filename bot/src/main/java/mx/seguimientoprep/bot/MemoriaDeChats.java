package mx.seguimientoprep.bot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.seguimientoprep.bot.comando.Comando;
import mx.seguimientoprep.bot.comando.Comandos;
import mx.seguimientoprep.bot.comprension.Interpretacion.Detalles;
import mx.seguimientoprep.bot.comprension.Interpretacion.Entendido;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;

/**
 * La última pregunta de cada chat, durante 30 minutos: con ella se entiende `¿y Coahuila?` (la
 * misma pregunta por otra entidad), una pregunta sin entidad después de nombrar una, y `otra vez`.
 * Se guarda en el puerto {@link PreguntasRecientes} (la base de datos, en la aplicación) como lo
 * entendido: el comando por su nombre, la entidad por su clave, la fecha, el entregable, los
 * documentos y las palabras en su forma comparable; nunca el mensaje. Es una cortesía de la
 * conversación y no un registro: si no se puede leer o guardar, la pregunta se contesta igual.
 */
final class MemoriaDeChats {

  private static final Logger LOG = Logger.getLogger(MemoriaDeChats.class.getName());

  private static final String COMANDO = "comando";
  private static final String ENTIDAD = "entidad";
  private static final String CLAVES = "claves";
  private static final String ARGUMENTO = "argumento";
  private static final String FECHA = "fecha";
  private static final String ENTREGABLE = "entregable";
  private static final String DOCUMENTOS = "documentos";
  private static final String CONTINUACION = "continuacion";
  private static final String PALABRAS = "palabras";

  private final PreguntasRecientes almacen;
  private final Comandos<Contexto> comandos;
  private final ResolutorEntidad entidades;

  MemoriaDeChats(
      PreguntasRecientes almacen, Comandos<Contexto> comandos, ResolutorEntidad entidades) {
    this.almacen = almacen;
    this.comandos = comandos;
    this.entidades = entidades;
  }

  /** La última pregunta del chat, si se hizo hace menos de 30 minutos. */
  Optional<Entendido<Contexto>> ultima(long chat, Instant ahora) {
    try {
      return almacen
          .cargar(chat)
          .filter(g -> !g.hecha().plus(PreguntasRecientes.VIGENCIA).isBefore(ahora))
          .flatMap(g -> leer(g.pregunta()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "No se pudo leer la pregunta anterior del chat " + chat, e);
      return Optional.empty();
    }
  }

  void recordar(long chat, Entendido<Contexto> pedido, Instant ahora) {
    try {
      almacen.guardar(chat, escribir(pedido), ahora);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "No se pudo guardar la pregunta del chat " + chat, e);
    }
  }

  static Map<String, String> escribir(Entendido<Contexto> pedido) {
    Map<String, String> campos = new LinkedHashMap<>();
    campos.put(COMANDO, pedido.comando().nombre());
    Resolucion entidad = pedido.entidad();
    List<Entidad> claves = List.of();
    if (entidad instanceof Resolucion.Encontrada e) {
      claves = List.of(e.entidad());
    } else if (entidad instanceof Resolucion.Ambigua a) {
      claves = a.candidatas();
    } else if (entidad instanceof Resolucion.Sugerencias s) {
      claves = s.candidatas();
    }
    campos.put(ENTIDAD, entidad.getClass().getSimpleName());
    campos.put(CLAVES, String.join(",", claves.stream().map(e -> e.getClave().valor()).toList()));
    campos.put(ARGUMENTO, pedido.argumento());
    Detalles detalles = pedido.detalles();
    detalles.fecha().ifPresent(f -> campos.put(FECHA, f.toString()));
    detalles.entregable().ifPresent(e -> campos.put(ENTREGABLE, e));
    campos.put(DOCUMENTOS, String.join("\n", detalles.documentos()));
    campos.put(CONTINUACION, String.valueOf(detalles.continuacion()));
    campos.put(PALABRAS, String.join(" ", detalles.palabras()));
    return campos;
  }

  /** La pregunta guardada; vacía si ya no se entiende (un comando que dejó de existir). */
  private Optional<Entendido<Contexto>> leer(Map<String, String> campos) {
    Optional<Comando<Contexto>> comando = comandos.llamado(campos.getOrDefault(COMANDO, ""));
    if (comando.isEmpty()) {
      return Optional.empty();
    }
    List<Entidad> claves = new ArrayList<>();
    for (String clave : partes(campos.get(CLAVES), ",")) {
      if (entidades.resolver(clave) instanceof Resolucion.Encontrada e) {
        claves.add(e.entidad());
      }
    }
    Resolucion entidad =
        switch (campos.getOrDefault(ENTIDAD, "")) {
          case "Encontrada" -> claves.size() == 1 ? new Resolucion.Encontrada(claves.get(0)) : null;
          case "Ambigua" -> new Resolucion.Ambigua(claves);
          case "Sugerencias" -> new Resolucion.Sugerencias(claves);
          default -> new Resolucion.NoEncontrada();
        };
    if (entidad == null) {
      return Optional.empty();
    }
    Detalles detalles =
        new Detalles(
            Optional.ofNullable(campos.get(FECHA)).map(LocalDate::parse),
            Optional.ofNullable(campos.get(ENTREGABLE)),
            partes(campos.get(DOCUMENTOS), "\n"),
            Boolean.parseBoolean(campos.get(CONTINUACION)),
            partes(campos.get(PALABRAS), " "));
    return Optional.of(
        new Entendido<>(comando.get(), entidad, campos.getOrDefault(ARGUMENTO, ""), detalles));
  }

  private static List<String> partes(String texto, String separador) {
    if (texto == null || texto.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(texto.split(separador, -1)).filter(p -> !p.isEmpty()).toList();
  }
}
