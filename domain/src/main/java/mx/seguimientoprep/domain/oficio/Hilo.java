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
import mx.seguimientoprep.domain.fecha.FechaOMes;

/**
 * Una conversación de oficios: un oficio con las respuestas que lo citan, cada una con las suyas.
 * Es como la página de la entidad, la API y el informe muestran los oficios de un proceso.
 *
 * <p>Una respuesta a varios oficios (INE/UNICOM/3231/2020 contesta IEC/SE/1766/2020 e
 * IEC/SE/1792/2020) está bajo cada uno, con los días contados desde cada uno; sus propias
 * respuestas se muestran solo la primera vez, para que el tamaño del árbol no crezca más que el
 * número de citas. Un oficio sin fecha está en su lugar del hilo (al final de sus hermanos) y no
 * tiene días de respuesta.
 *
 * @param diasDeRespuesta los días del oficio citado a esta respuesta (los que tardó el INE, cuando
 *     contesta un oficio que se le envió); vacío en el oficio que abre la conversación, o si alguno
 *     de los dos no tiene día
 * @param respuestaDelIne si es la respuesta del INE a un oficio enviado al INE
 * @param respuestas las que citan este oficio, por fecha
 */
public record Hilo(
    Oficio oficio, Optional<Long> diasDeRespuesta, boolean respuestaDelIne, List<Hilo> respuestas) {

  /** Por fecha (día, o fin del mes si solo se sabe el mes), los sin fecha al final. */
  private static final Comparator<Oficio> POR_FECHA =
      Comparator.comparing(
              Oficio::getFechaOMes, Comparator.nullsLast(Comparator.<FechaOMes>naturalOrder()))
          .thenComparing(o -> o.getNumero().valor());

  /** La más reciente primero, las que empiezan con un oficio sin fecha al final. */
  private static final Comparator<Oficio> RECIENTES_PRIMERO =
      Comparator.comparing(
              Oficio::getFechaOMes,
              Comparator.nullsLast(Comparator.<FechaOMes>naturalOrder().reversed()))
          .thenComparing(o -> o.getNumero().valor(), Comparator.reverseOrder());

  public Hilo {
    respuestas = List.copyOf(respuestas);
  }

  /**
   * Las conversaciones de los oficios de un proceso, la más reciente primero: un oficio que no
   * contesta a ninguno de ellos abre una; cada respuesta queda bajo cada oficio que cita, por
   * fecha. Oficios que se citan entre sí (sin inicio) se muestran igual, cada uno una sola vez.
   */
  public static List<Hilo> de(List<Oficio> oficios) {
    Map<NumeroOficio, Oficio> porNumero = new LinkedHashMap<>();
    oficios.forEach(o -> porNumero.put(o.getNumero(), o));
    Map<NumeroOficio, List<Oficio>> respuestas = new LinkedHashMap<>();
    List<Oficio> inicios = new ArrayList<>();
    for (Oficio o : oficios) {
      boolean respondeARegistrado = false;
      for (NumeroOficio citado : o.getEnRespuestaA()) {
        if (porNumero.containsKey(citado)) {
          respuestas.computeIfAbsent(citado, n -> new ArrayList<>()).add(o);
          respondeARegistrado = true;
        }
      }
      if (!respondeARegistrado) {
        inicios.add(o);
      }
    }
    Set<NumeroOficio> expandidos = new HashSet<>();
    List<Hilo> hilos = new ArrayList<>();
    inicios.stream()
        .sorted(RECIENTES_PRIMERO)
        .forEach(o -> hilos.add(hilo(o, null, respuestas, expandidos, new HashSet<>())));
    for (Oficio o : oficios.stream().sorted(POR_FECHA).toList()) {
      if (!expandidos.contains(o.getNumero())) {
        hilos.add(hilo(o, null, respuestas, expandidos, new HashSet<>()));
      }
    }
    return hilos;
  }

  private static Hilo hilo(
      Oficio o,
      Oficio citado,
      Map<NumeroOficio, List<Oficio>> respuestas,
      Set<NumeroOficio> expandidos,
      Set<NumeroOficio> enCamino) {
    List<Hilo> debajo = new ArrayList<>();
    if (expandidos.add(o.getNumero())) {
      enCamino.add(o.getNumero());
      for (Oficio r :
          respuestas.getOrDefault(o.getNumero(), List.of()).stream().sorted(POR_FECHA).toList()) {
        if (!enCamino.contains(r.getNumero())) {
          debajo.add(hilo(r, o, respuestas, expandidos, enCamino));
        }
      }
      enCamino.remove(o.getNumero());
    }
    return new Hilo(
        o,
        citado == null || citado.getFecha() == null || o.getFecha() == null
            ? Optional.empty()
            : Optional.of(ChronoUnit.DAYS.between(citado.getFecha(), o.getFecha())),
        citado != null
            && citado.getSentido() == Sentido.ENVIADO_AL_INE
            && o.getSentido() == Sentido.RECIBIDO_DEL_INE,
        debajo);
  }
}
