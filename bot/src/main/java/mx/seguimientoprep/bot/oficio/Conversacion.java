package mx.seguimientoprep.bot.oficio;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Sentido;

/**
 * El estado de la conversación de un oficio: la pregunta en curso, los datos ya dados y el momento
 * del último mensaje. Es un valor: cada respuesta produce otro. La aplicación lo guarda entre
 * mensajes como un mapa de textos ({@link #comoMapa()}, {@link #desdeMapa}).
 *
 * @param entregables códigos del catálogo elegidos, en orden y sin repetir
 * @param entregablesDecididos si ya se contestó (o se saltó) la pregunta de entregables
 * @param respuestaDecidida si ya se contestó (o se saltó) la pregunta «En respuesta a»
 */
public record Conversacion(
    Paso paso,
    Instant ultimaActividad,
    ClaveEntidad entidad,
    NumeroOficio numero,
    LocalDate fecha,
    Sentido sentido,
    String asunto,
    List<String> entregables,
    boolean entregablesDecididos,
    NumeroOficio enRespuestaA,
    boolean respuestaDecidida) {

  /** Tras este silencio la conversación termina sin guardar nada. */
  public static final Duration INACTIVIDAD_MAXIMA = Duration.ofMinutes(30);

  private static final String VERSION = "1";

  public Conversacion {
    Objects.requireNonNull(paso, "paso");
    Objects.requireNonNull(ultimaActividad, "ultimaActividad");
    entregables =
        entregables == null ? List.of() : entregables.stream().distinct().sorted().toList();
  }

  static Conversacion nueva(Instant ahora) {
    return new Conversacion(
        Paso.ENTIDAD, ahora, null, null, null, null, null, List.of(), false, null, false);
  }

  /** Si pasaron más de 30 minutos desde el último mensaje. */
  public boolean vencidaAl(Instant ahora) {
    return ahora.isAfter(ultimaActividad.plus(INACTIVIDAD_MAXIMA));
  }

  Conversacion en(Paso otro, Instant ahora) {
    return new Conversacion(
        otro,
        ahora,
        entidad,
        numero,
        fecha,
        sentido,
        asunto,
        entregables,
        entregablesDecididos,
        enRespuestaA,
        respuestaDecidida);
  }

  Conversacion conEntidad(ClaveEntidad valor) {
    return new Conversacion(
        paso,
        ultimaActividad,
        valor,
        numero,
        fecha,
        sentido,
        asunto,
        entregables,
        entregablesDecididos,
        enRespuestaA,
        respuestaDecidida);
  }

  Conversacion conNumero(NumeroOficio valor) {
    return new Conversacion(
        paso,
        ultimaActividad,
        entidad,
        valor,
        fecha,
        sentido,
        asunto,
        entregables,
        entregablesDecididos,
        enRespuestaA,
        respuestaDecidida);
  }

  Conversacion conFecha(LocalDate valor) {
    return new Conversacion(
        paso,
        ultimaActividad,
        entidad,
        numero,
        valor,
        sentido,
        asunto,
        entregables,
        entregablesDecididos,
        enRespuestaA,
        respuestaDecidida);
  }

  Conversacion conSentido(Sentido valor) {
    return new Conversacion(
        paso,
        ultimaActividad,
        entidad,
        numero,
        fecha,
        valor,
        asunto,
        entregables,
        entregablesDecididos,
        enRespuestaA,
        respuestaDecidida);
  }

  Conversacion conAsunto(String valor) {
    return new Conversacion(
        paso,
        ultimaActividad,
        entidad,
        numero,
        fecha,
        sentido,
        valor,
        entregables,
        entregablesDecididos,
        enRespuestaA,
        respuestaDecidida);
  }

  Conversacion conEntregables(List<String> valor, boolean decididos) {
    return new Conversacion(
        paso,
        ultimaActividad,
        entidad,
        numero,
        fecha,
        sentido,
        asunto,
        valor,
        decididos,
        enRespuestaA,
        respuestaDecidida);
  }

  Conversacion conRespuestaA(NumeroOficio valor, boolean decidida) {
    return new Conversacion(
        paso,
        ultimaActividad,
        entidad,
        numero,
        fecha,
        sentido,
        asunto,
        entregables,
        entregablesDecididos,
        valor,
        decidida);
  }

  /** La conversación como textos, para guardarla; {@link #desdeMapa} la reconstruye. */
  public Map<String, String> comoMapa() {
    Map<String, String> mapa = new LinkedHashMap<>();
    mapa.put("version", VERSION);
    mapa.put("paso", paso.name());
    mapa.put("ultimaActividad", ultimaActividad.toString());
    poner(mapa, "entidad", entidad == null ? null : entidad.valor());
    poner(mapa, "numero", numero == null ? null : numero.valor());
    poner(mapa, "fecha", fecha == null ? null : fecha.toString());
    poner(mapa, "sentido", sentido == null ? null : sentido.name());
    poner(mapa, "asunto", asunto);
    poner(mapa, "entregables", entregables.isEmpty() ? null : String.join(",", entregables));
    mapa.put("entregablesDecididos", Boolean.toString(entregablesDecididos));
    poner(mapa, "enRespuestaA", enRespuestaA == null ? null : enRespuestaA.valor());
    mapa.put("respuestaDecidida", Boolean.toString(respuestaDecidida));
    return mapa;
  }

  /**
   * @throws IllegalArgumentException si el mapa no es una conversación guardada por esta versión
   */
  public static Conversacion desdeMapa(Map<String, String> mapa) {
    if (!VERSION.equals(mapa.get("version"))) {
      throw new IllegalArgumentException("Conversación de otra versión: " + mapa.get("version"));
    }
    try {
      String entregables = mapa.get("entregables");
      return new Conversacion(
          Paso.valueOf(mapa.get("paso")),
          Instant.parse(mapa.get("ultimaActividad")),
          mapa.containsKey("entidad") ? new ClaveEntidad(mapa.get("entidad")) : null,
          mapa.containsKey("numero") ? new NumeroOficio(mapa.get("numero")) : null,
          mapa.containsKey("fecha") ? LocalDate.parse(mapa.get("fecha")) : null,
          mapa.containsKey("sentido") ? Sentido.valueOf(mapa.get("sentido")) : null,
          mapa.get("asunto"),
          entregables == null ? List.of() : new ArrayList<>(Arrays.asList(entregables.split(","))),
          Boolean.parseBoolean(mapa.get("entregablesDecididos")),
          mapa.containsKey("enRespuestaA") ? new NumeroOficio(mapa.get("enRespuestaA")) : null,
          Boolean.parseBoolean(mapa.get("respuestaDecidida")));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Conversación ilegible: " + e.getMessage(), e);
    }
  }

  private static void poner(Map<String, String> mapa, String clave, String valor) {
    if (valor != null) {
      mapa.put(clave, valor);
    }
  }
}
