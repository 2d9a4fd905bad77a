package mx.seguimientoprep.domain.oficio;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Una conversación de oficios: un oficio con las respuestas que lo citan, cada una con las suyas.
 * Es como la página de la entidad, la API y el informe muestran los oficios de un proceso.
 *
 * @param diasDeRespuesta los días del oficio citado a esta respuesta (los que tardó el INE, cuando
 *     contesta un oficio que se le envió); vacío en el oficio que abre la conversación
 * @param respuestaDelIne si es la respuesta del INE a un oficio enviado al INE
 * @param respuestas las que citan este oficio, por fecha
 */
public record Hilo(
    Oficio oficio, Optional<Long> diasDeRespuesta, boolean respuestaDelIne, List<Hilo> respuestas) {

  private static final Comparator<Oficio> POR_FECHA =
      Comparator.comparing(Oficio::getFecha).thenComparing(o -> o.getNumero().valor());

  public Hilo {
    respuestas = List.copyOf(respuestas);
  }

  /**
   * Las conversaciones de los oficios de un proceso, la más reciente primero: un oficio que no
   * contesta a ninguno de ellos abre una; cada respuesta queda bajo el oficio que cita, por fecha.
   * Dos oficios que se citan entre sí (sin inicio) se muestran igual, cada uno una sola vez.
   */
  public static List<Hilo> de(List<Oficio> oficios) {
    Map<NumeroOficio, Oficio> porNumero = new LinkedHashMap<>();
    oficios.forEach(o -> porNumero.put(o.getNumero(), o));
    Map<NumeroOficio, List<Oficio>> respuestas = new LinkedHashMap<>();
    List<Oficio> inicios = new ArrayList<>();
    for (Oficio o : oficios) {
      if (o.getEnRespuestaA() != null && porNumero.containsKey(o.getEnRespuestaA())) {
        respuestas.computeIfAbsent(o.getEnRespuestaA(), n -> new ArrayList<>()).add(o);
      } else {
        inicios.add(o);
      }
    }
    Set<NumeroOficio> vistos = new HashSet<>();
    List<Hilo> hilos = new ArrayList<>();
    inicios.stream()
        .sorted(POR_FECHA.reversed())
        .forEach(o -> hilos.add(hilo(o, null, respuestas, vistos)));
    for (Oficio o : oficios.stream().sorted(POR_FECHA).toList()) {
      if (!vistos.contains(o.getNumero())) {
        hilos.add(hilo(o, null, respuestas, vistos));
      }
    }
    return hilos;
  }

  private static Hilo hilo(
      Oficio o,
      Oficio citado,
      Map<NumeroOficio, List<Oficio>> respuestas,
      Set<NumeroOficio> vistos) {
    vistos.add(o.getNumero());
    List<Hilo> debajo = new ArrayList<>();
    for (Oficio r :
        respuestas.getOrDefault(o.getNumero(), List.of()).stream().sorted(POR_FECHA).toList()) {
      if (!vistos.contains(r.getNumero())) {
        debajo.add(hilo(r, o, respuestas, vistos));
      }
    }
    return new Hilo(
        o,
        citado == null
            ? Optional.empty()
            : Optional.of(ChronoUnit.DAYS.between(citado.getFecha(), o.getFecha())),
        citado != null
            && citado.getSentido() == Sentido.ENVIADO_AL_INE
            && o.getSentido() == Sentido.RECIBIDO_DEL_INE,
        debajo);
  }
}
