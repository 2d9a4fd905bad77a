package mx.seguimientoprep.domain.oficio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.ProcesosDeLosInformes;
import org.junit.jupiter.api.Test;

/** Los oficios del informe de Coahuila de noviembre de 2020. */
class OficioTest {

  private final ProcesoElectoral coahuila = ProcesosDeLosInformes.coahuila2021();

  private Oficio respuestaAlInformeDeOctubre(
      List<String> entregables, ResultadoRevision resultado) {
    return new Oficio(
        coahuila,
        new NumeroOficio("INE/UNICOM/3231/2020"),
        LocalDate.of(2020, 11, 10),
        Sentido.RECIBIDO_DEL_INE,
        "UNICOM",
        "IEC",
        "Informa que el informe de octubre se elaboró de acuerdo con el formato establecido.",
        entregables,
        new NumeroOficio("IEC/SE/1792/2020"),
        resultado,
        null);
  }

  @Test
  void suFichaTieneLasColumnasDeLaHojaOficios() {
    Oficio oficio =
        respuestaAlInformeDeOctubre(
            List.of("E04", " e03 ", "E04"), ResultadoRevision.SIN_OBSERVACIONES);
    Map<String, String> esperada = new LinkedHashMap<>();
    esperada.put("Entidad", "Coahuila");
    esperada.put("Proceso", "Proceso Electoral Local Ordinario 2021");
    esperada.put("Número", "INE/UNICOM/3231/2020");
    esperada.put("Fecha", "10/11/2020");
    esperada.put("Sentido", "Recibido del INE");
    esperada.put("Remitente", "UNICOM");
    esperada.put("Destinatario", "IEC");
    esperada.put(
        "Asunto",
        "Informa que el informe de octubre se elaboró de acuerdo con el formato establecido.");
    esperada.put("Entregables", "E03, E04");
    esperada.put("En respuesta a", "IEC/SE/1792/2020");
    esperada.put("Anexos", "");
    esperada.put("Resultado", "Sin observaciones");
    esperada.put("Notas", "");
    assertEquals(esperada, oficio.valores());
    assertEquals(List.of("E03", "E04"), oficio.getEntregables());
    assertEquals("05", oficio.claveEntidad());
    assertEquals("INE/UNICOM/3231/2020", oficio.claveRegistro());
    assertTrue(oficio.respondeA(new NumeroOficio("iec / se / 1792 / 2020")));
  }

  @Test
  void seActualizaDesdeOtraVersionDelMismoNumero() {
    Oficio registrado = respuestaAlInformeDeOctubre(List.of("E03"), null);
    registrado.actualizarDesde(
        respuestaAlInformeDeOctubre(List.of("E03", "E04"), ResultadoRevision.SIN_OBSERVACIONES));
    assertEquals(List.of("E03", "E04"), registrado.getEntregables());
    assertEquals(ResultadoRevision.SIN_OBSERVACIONES, registrado.getResultado());
  }

  @Test
  void noSeActualizaDesdeOtroNumero() {
    Oficio registrado = respuestaAlInformeDeOctubre(List.of(), null);
    Oficio otro =
        new Oficio(
            coahuila,
            new NumeroOficio("INE/UNICOM/3320/2020"),
            LocalDate.of(2020, 11, 17),
            Sentido.RECIBIDO_DEL_INE,
            null,
            null,
            "Realiza observaciones al Plan de Trabajo.",
            List.of("E05"),
            null,
            ResultadoRevision.CON_OBSERVACIONES,
            null);
    assertThrows(IllegalArgumentException.class, () -> registrado.actualizarDesde(otro));
  }

  @Test
  void elAsuntoYElSentidoSonObligatoriosLaFechaNo() {
    DatoInvalido sinAsunto =
        assertThrows(
            DatoInvalido.class,
            () ->
                new Oficio(
                    coahuila,
                    new NumeroOficio("IEC/SE/1766/2020"),
                    LocalDate.of(2020, 11, 3),
                    Sentido.ENVIADO_AL_INE,
                    null,
                    null,
                    "  ",
                    null,
                    null,
                    null,
                    null));
    assertEquals("El campo «Asunto» es obligatorio.", sinAsunto.getMessage());
    assertEquals(Optional.of("Asunto"), sinAsunto.campo());

    // El informe cita oficios sin fecha (los del INE, el interno DEIE/032/2020): son registros.
    Oficio sinFecha =
        new Oficio(
            coahuila,
            new NumeroOficio("DEIE/032/2020"),
            (LocalDate) null,
            Sentido.INTERNO,
            null,
            null,
            "Valida que las personas designadas cumplen los requisitos.",
            null,
            null,
            null,
            null);
    assertNull(sinFecha.getFecha());
    assertNull(sinFecha.getFechaOMes());
    assertEquals("", sinFecha.valores().get("Fecha"));
  }

  @Test
  void unOficioNoSeRespondeASiMismo() {
    DatoInvalido error =
        assertThrows(
            DatoInvalido.class,
            () ->
                new Oficio(
                    coahuila,
                    new NumeroOficio("IEC/SE/1802/2020"),
                    LocalDate.of(2020, 11, 9),
                    Sentido.ENVIADO_AL_INE,
                    null,
                    null,
                    "Remite el Plan de Trabajo",
                    null,
                    new NumeroOficio("IEC/SE/1802/2020"),
                    null,
                    null));
    assertEquals("Un oficio no puede responderse a sí mismo.", error.getMessage());
  }

  @Test
  void losConvertidoresGuardanElNumeroYLaListaComoTexto() {
    NumeroOficioConverter numero = new NumeroOficioConverter();
    assertEquals(
        "INE/UNICOM/4547/2021",
        numero.convertToDatabaseColumn(new NumeroOficio("INE / UNICOM / 4547 / 2021")));
    assertEquals(
        new NumeroOficio("INE/UNICOM/4547/2021"),
        numero.convertToEntityAttribute("INE/UNICOM/4547/2021"));
    assertEquals(null, numero.convertToEntityAttribute(null));

    CodigosEntregableConverter codigos = new CodigosEntregableConverter();
    assertEquals("E15,E17,E18", codigos.convertToDatabaseColumn(List.of("E15", "E17", "E18")));
    assertEquals(List.of("E15", "E17", "E18"), codigos.convertToEntityAttribute("E15,E17,E18"));
    assertEquals(null, codigos.convertToDatabaseColumn(List.of()));
    assertEquals(List.of(), codigos.convertToEntityAttribute(null));
  }
}
