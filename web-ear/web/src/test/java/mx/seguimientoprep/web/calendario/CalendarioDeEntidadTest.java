package mx.seguimientoprep.web.calendario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.estado.DatosDemo;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.estado.ExpedienteConEstado;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** El calendario del proceso 2021-2022 de Durango, leído de vuelta con iCal4j. */
class CalendarioDeEntidadTest {

  private static final DatosDemo DEMO = DatosDemo.cargar();
  private static final LocalDate AL_31_DE_OCTUBRE = LocalDate.of(2021, 10, 31);

  private static ExpedienteConEstado durango(LocalDate referencia) {
    Expediente expediente = DEMO.expediente("Durango", referencia);
    EstadoPrep estado = EstadoPrep.calcular(expediente, DEMO.catalogo(), referencia);
    return new ExpedienteConEstado(expediente, estado, DEMO.procesosDe("Durango"), true);
  }

  private static List<VEvent> eventos(String ics) throws Exception {
    Calendar calendario = new CalendarBuilder().build(new StringReader(ics));
    return calendario.getComponents(VEvent.VEVENT);
  }

  private static String valor(VEvent evento, String propiedad) {
    return evento.getProperty(propiedad).map(Property::getValue).orElseThrow();
  }

  private static Map<String, VEvent> porUid(List<VEvent> eventos) {
    return eventos.stream()
        .collect(Collectors.toMap(e -> valor(e, Property.UID), Function.identity()));
  }

  @Test
  void elValidadorDeICal4jNoLeEncuentraErrores() throws Exception {
    String ics = CalendarioDeEntidad.ics(durango(AL_31_DE_OCTUBRE), Instant.now());
    Calendar calendario = new CalendarBuilder().build(new StringReader(ics));
    // Un error de validación se escribiría como WARN en el registro en cada descarga del feed.
    assertEquals(Set.of(), calendario.validate().getEntries());
  }

  @Test
  void unEventoPorEntregableConFechaMasLaJornada() throws Exception {
    ExpedienteConEstado durango = durango(AL_31_DE_OCTUBRE);
    String ics = CalendarioDeEntidad.ics(durango, Instant.parse("2021-10-31T18:00:00Z"));
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);

    List<VEvent> eventos = eventos(ics);
    long conFecha =
        durango.estado().entregables().stream().filter(e -> e.fechaLimite() != null).count();
    assertEquals(conFecha + 1, eventos.size(), "uno por entregable esperado y la jornada");

    Map<String, VEvent> eventosPorUid = porUid(eventos);
    assertEquals(eventos.size(), eventosPorUid.size(), "cada UID es único");
    VEvent jornada =
        eventosPorUid.get(
            "jornada.proceso-electoral-local-ordinario-2021-2022.10@seguimiento-prep");
    assertEquals("20220605", valor(jornada, Property.DTSTART));
    assertEquals("Jornada electoral · Durango", valor(jornada, Property.SUMMARY));

    VEvent octubre =
        eventosPorUid.get(
            "e03-2021-10.proceso-electoral-local-ordinario-2021-2022.10@seguimiento-prep");
    assertEquals("20211105", valor(octubre, Property.DTSTART));
    assertEquals("20211106", valor(octubre, Property.DTEND));
    assertEquals(
        "Durango · E03 Informe mensual de avance en la implementación y operación del PREP"
            + " (octubre de 2021)",
        valor(octubre, Property.SUMMARY));
    assertTrue(
        valor(octubre, Property.DESCRIPTION).startsWith("Estado al 31/10/2021: Pendiente."),
        valor(octubre, Property.DESCRIPTION));

    VEvent septiembre =
        eventosPorUid.get(
            "e03-2021-09.proceso-electoral-local-ordinario-2021-2022.10@seguimiento-prep");
    assertTrue(
        valor(septiembre, Property.DESCRIPTION)
            .startsWith("Estado al 31/10/2021: Enviado. Enviado el 05/10/2021."),
        valor(septiembre, Property.DESCRIPTION));

    List<String> periodosDelInforme =
        eventos.stream()
            .map(e -> valor(e, Property.UID))
            .filter(u -> u.startsWith("e03-"))
            .map(u -> u.substring(4, 11))
            .sorted()
            .toList();
    assertEquals(
        durango.estado().entregables().stream()
            .filter(e -> e.codigo().equals("E03"))
            .map(e -> e.periodo().toString())
            .sorted()
            .toList(),
        periodosDelInforme,
        "el informe mensual, un evento por periodo");
  }

  @Test
  void losUidNoCambianDeUnaGeneracionAOtraAunqueCambieElEstado() throws Exception {
    List<VEvent> antes =
        eventos(
            CalendarioDeEntidad.ics(
                durango(LocalDate.of(2021, 10, 20)), Instant.parse("2021-10-20T18:00:00Z")));
    List<VEvent> despues =
        eventos(
            CalendarioDeEntidad.ics(
                durango(AL_31_DE_OCTUBRE), Instant.parse("2021-10-31T18:00:00Z")));
    assertTrue(porUid(despues).keySet().containsAll(porUid(antes).keySet()));
    String uid = "e04.proceso-electoral-local-ordinario-2021-2022.10@seguimiento-prep";
    assertTrue(valor(porUid(antes).get(uid), Property.DESCRIPTION).contains("Pendiente"));
    assertTrue(
        valor(porUid(despues).get(uid), Property.DESCRIPTION).contains("Enviado el 29/10/2021"));
  }
}
