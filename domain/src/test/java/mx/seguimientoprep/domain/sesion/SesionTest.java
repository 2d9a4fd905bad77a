package mx.seguimientoprep.domain.sesion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.proceso.ProcesosDeLosInformes;
import org.junit.jupiter.api.Test;

class SesionTest {

  /** coahuila-informe-marzo-2020.txt: la Cuarta Sesión Ordinaria del COTAPREP. */
  @Test
  void elOrdenDelDiaSeLeePorPuntos() {
    Sesion cuartaOrdinaria =
        new Sesion(
            ProcesosDeLosInformes.coahuila2021(),
            Organo.COTAPREP,
            TipoSesion.ORDINARIA,
            4,
            LocalDate.of(2020, 3, 30),
            "1. Lista de asistencia.\n2. Lectura y, en su caso, aprobación del orden del día.\n\n"
                + "  9. Asuntos generales.  \r\n10. Clausura.\n",
            null);
    assertEquals(
        List.of(
            "1. Lista de asistencia.",
            "2. Lectura y, en su caso, aprobación del orden del día.",
            "9. Asuntos generales.",
            "10. Clausura."),
        cuartaOrdinaria.puntos());
  }

  /** aguascalientes-cotaprep-primer-informe-2023.txt y el calendario de la COTSPEL. */
  @Test
  void unaSesionProgramadaNoSeHaCelebrado() {
    Sesion instalacion =
        new Sesion(
            ProcesosDeLosInformes.aguascalientes(),
            Organo.COTAPREP,
            TipoSesion.INSTALACION,
            null,
            LocalDate.of(2023, 11, 1),
            null,
            null);
    assertTrue(instalacion.celebradaAl(LocalDate.of(2023, 11, 1)));
    assertFalse(instalacion.celebradaAl(LocalDate.of(2023, 10, 31)));

    Sesion programada =
        new Sesion(
            ProcesosDeLosInformes.aguascalientes(),
            Organo.GRUPO_TRABAJO_COTSPEL,
            TipoSesion.PROGRAMADA,
            1,
            LocalDate.of(2019, 10, 15),
            null,
            null);
    assertFalse(programada.celebradaAl(LocalDate.of(2020, 1, 1)));
    assertEquals(List.of(), programada.puntos());
  }

  @Test
  void lasSesionesFormalesSeDistinguenDeLasReuniones() {
    assertTrue(TipoSesion.INSTALACION.esSesionFormal());
    assertTrue(TipoSesion.ORDINARIA.esSesionFormal());
    assertFalse(TipoSesion.REUNION_INTERNA.esSesionFormal());
    assertTrue(TipoSesion.REUNION_TRABAJO_PARTIDOS.esReunion());
    assertFalse(TipoSesion.PROGRAMADA.esSesionFormal());
    assertFalse(TipoSesion.PROGRAMADA.esReunion());
  }

  @Test
  void elNumeroEmpiezaEnUno() {
    DatoInvalido error =
        assertThrows(
            DatoInvalido.class,
            () ->
                new Sesion(
                    ProcesosDeLosInformes.durango(),
                    Organo.COMISION_PREP,
                    TipoSesion.ORDINARIA,
                    0,
                    LocalDate.of(2021, 10, 21),
                    null,
                    null));
    assertEquals("El número de sesión debe ser 1 o mayor.", error.getMessage());
  }

  @Test
  void laFichaNombraLaClaveNaturalComoLaLeeUnaPersona() {
    Sesion comision =
        new Sesion(
            ProcesosDeLosInformes.durango(),
            Organo.COMISION_PREP,
            TipoSesion.ORDINARIA,
            1,
            LocalDate.of(2021, 10, 21),
            null,
            "Se aprobó el Acuerdo de integración del COTAPREP.");
    assertEquals(
        "Durango · Proceso Electoral Local Ordinario 2021-2022 · Comisión del PREP · Ordinaria ·"
            + " 21/10/2021",
        comision.claveRegistro());
    assertEquals("Comisión del PREP", comision.valores().get("Órgano"));
    assertEquals("1", comision.valores().get("Número"));
  }
}
