package mx.seguimientoprep.domain.oficio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.fecha.FechaOMes;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import org.junit.jupiter.api.Test;

/**
 * Los oficios de un proceso como conversaciones, con los intercambios de Coahuila de marzo de 2020.
 */
class HiloTest {

  private static final ProcesoElectoral COAHUILA_2020 =
      new ProcesoElectoral(
          new Entidad(
              new ClaveEntidad("05"),
              "Coahuila",
              "IEC",
              "Instituto Electoral de Coahuila",
              List.of()),
          "Proceso Electoral Local Ordinario 2020",
          LocalDate.of(2020, 10, 18),
          null,
          null,
          null,
          null,
          null);

  private static Oficio oficio(String numero, String fecha, Sentido sentido, String respondeA) {
    return new Oficio(
        COAHUILA_2020,
        new NumeroOficio(numero),
        LocalDate.parse(fecha),
        sentido,
        null,
        null,
        "Asunto de " + numero,
        List.of(),
        respondeA == null ? null : new NumeroOficio(respondeA),
        null,
        null);
  }

  @Test
  void cadaRespuestaQuedaBajoElOficioQueContestaConLosDiasQueTardo() {
    List<Hilo> hilos =
        Hilo.de(
            List.of(
                oficio(
                    "INE/UNICOM/0889/2020",
                    "2020-03-13",
                    Sentido.RECIBIDO_DEL_INE,
                    "IEC/SE/0581/2020"),
                oficio("IEC/SE/0581/2020", "2020-03-07", Sentido.ENVIADO_AL_INE, null),
                oficio("IEC/SE/0602/2020", "2020-03-12", Sentido.ENVIADO_AL_INE, null),
                oficio(
                    "INE/UNICOM/0914/2020",
                    "2020-03-18",
                    Sentido.RECIBIDO_DEL_INE,
                    "IEC/SE/0602/2020")));

    assertEquals(
        List.of("IEC/SE/0602/2020", "IEC/SE/0581/2020"),
        hilos.stream().map(h -> h.oficio().getNumero().valor()).toList(),
        "las conversaciones, la más reciente primero");
    Hilo envio = hilos.get(1);
    assertEquals(Optional.empty(), envio.diasDeRespuesta());
    Hilo respuesta = envio.respuestas().get(0);
    assertEquals("INE/UNICOM/0889/2020", respuesta.oficio().getNumero().valor());
    assertEquals(Optional.of(6L), respuesta.diasDeRespuesta());
    assertTrue(respuesta.respuestaDelIne());
    assertEquals(
        Optional.of(6L),
        hilos.get(0).respuestas().get(0).diasDeRespuesta(),
        "del 12 al 18 de marzo");
  }

  @Test
  void unaRespuestaAUnOficioNoRegistradoAbreSuPropiaConversacion() {
    List<Hilo> hilos =
        Hilo.de(
            List.of(
                oficio(
                    "IEC/SE/1802/2020",
                    "2020-11-12",
                    Sentido.ENVIADO_AL_INE,
                    "INE/UNICOM/3231/2020")));
    assertEquals(1, hilos.size());
    assertEquals("INE/UNICOM/3231/2020", hilos.get(0).oficio().getEnRespuestaA().get(0).valor());
    assertEquals(Optional.empty(), hilos.get(0).diasDeRespuesta());
    assertFalse(hilos.get(0).respuestaDelIne());
  }

  @Test
  void dosOficiosQueSeCitanEntreSiSeMuestranUnaVezCadaUno() {
    List<Hilo> hilos =
        Hilo.de(
            List.of(
                oficio(
                    "IEC/SE/0001/2020",
                    "2020-01-10",
                    Sentido.ENVIADO_AL_INE,
                    "INE/UNICOM/0002/2020"),
                oficio(
                    "INE/UNICOM/0002/2020",
                    "2020-01-15",
                    Sentido.RECIBIDO_DEL_INE,
                    "IEC/SE/0001/2020")));
    assertEquals(1, hilos.size(), "una conversación, sin repetir ni perder ninguno");
    assertEquals("IEC/SE/0001/2020", hilos.get(0).oficio().getNumero().valor());
    assertEquals(
        "INE/UNICOM/0002/2020", hilos.get(0).respuestas().get(0).oficio().getNumero().valor());
    assertTrue(hilos.get(0).respuestas().get(0).respuestas().isEmpty());
  }

  private static Oficio sinFecha(String numero, Sentido sentido, String... respondeA) {
    return new Oficio(
        COAHUILA_2020,
        new NumeroOficio(numero),
        (FechaOMes) null,
        sentido,
        null,
        null,
        "Asunto de " + numero,
        List.of(),
        java.util.Arrays.stream(respondeA).map(NumeroOficio::new).toList(),
        List.of(),
        null,
        null);
  }

  /** INE/UNICOM/3231/2020 contesta a la vez el informe de octubre y el acuerdo del COTAPREP. */
  @Test
  void unaRespuestaADosOficiosQuedaBajoCadaUnoConSusDias() {
    Oficio respuesta =
        new Oficio(
            COAHUILA_2020,
            new NumeroOficio("INE/UNICOM/3231/2020"),
            FechaOMes.delDia(LocalDate.of(2020, 11, 10)),
            Sentido.RECIBIDO_DEL_INE,
            null,
            null,
            "Sin observaciones",
            List.of(),
            List.of(new NumeroOficio("IEC/SE/1766/2020"), new NumeroOficio("IEC/SE/1792/2020")),
            List.of(),
            null,
            null);
    List<Hilo> hilos =
        Hilo.de(
            List.of(
                oficio("IEC/SE/1766/2020", "2020-11-03", Sentido.ENVIADO_AL_INE, null),
                oficio("IEC/SE/1792/2020", "2020-11-05", Sentido.ENVIADO_AL_INE, null),
                respuesta));
    assertEquals(2, hilos.size());
    Hilo informe = hilos.get(0);
    Hilo acuerdo = hilos.get(1);
    assertEquals("IEC/SE/1792/2020", informe.oficio().getNumero().valor());
    assertEquals("IEC/SE/1766/2020", acuerdo.oficio().getNumero().valor());
    assertEquals(respuesta, informe.respuestas().get(0).oficio());
    assertEquals(respuesta, acuerdo.respuestas().get(0).oficio());
    assertEquals(Optional.of(5L), informe.respuestas().get(0).diasDeRespuesta());
    assertEquals(Optional.of(7L), acuerdo.respuestas().get(0).diasDeRespuesta());
    assertTrue(informe.respuestas().get(0).respuestaDelIne());
  }

  /** INE/UNICOM/1068/2020 no tiene fecha: queda bajo IEC/SE/0714/2020, sin días de respuesta. */
  @Test
  void unaRespuestaSinFechaQuedaBajoSuOficioSinDias() {
    List<Hilo> hilos =
        Hilo.de(
            List.of(
                sinFecha("INE/UNICOM/1068/2020", Sentido.RECIBIDO_DEL_INE, "IEC/SE/0714/2020"),
                oficio("IEC/SE/0714/2020", "2020-03-24", Sentido.ENVIADO_AL_INE, null)));
    assertEquals(1, hilos.size());
    Hilo respuesta = hilos.get(0).respuestas().get(0);
    assertEquals("INE/UNICOM/1068/2020", respuesta.oficio().getNumero().valor());
    assertEquals(Optional.empty(), respuesta.diasDeRespuesta());
    assertTrue(respuesta.respuestaDelIne());
  }

  /** Una carta sin fecha (INE/UNICOM/4547/2021) abre su conversación; su respuesta va debajo. */
  @Test
  void unaCartaSinFechaAbreSuConversacionAlFinal() {
    List<Hilo> hilos =
        Hilo.de(
            List.of(
                oficio(
                    "IEPC/UTC/21/104",
                    "2021-10-11",
                    Sentido.ENVIADO_AL_INE,
                    "INE/UNICOM/4547/2021"),
                sinFecha("INE/UNICOM/4547/2021", Sentido.RECIBIDO_DEL_INE),
                oficio("IEPC/SE/2119/2021", "2021-10-27", Sentido.ENVIADO_AL_INE, null)));
    assertEquals(2, hilos.size());
    assertEquals("IEPC/SE/2119/2021", hilos.get(0).oficio().getNumero().valor());
    assertEquals("INE/UNICOM/4547/2021", hilos.get(1).oficio().getNumero().valor());
    assertEquals("IEPC/UTC/21/104", hilos.get(1).respuestas().get(0).oficio().getNumero().valor());
  }
}
