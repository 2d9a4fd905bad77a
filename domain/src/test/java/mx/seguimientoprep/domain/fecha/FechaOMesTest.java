package mx.seguimientoprep.domain.fecha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.registro.LecturaDeCampo;
import org.junit.jupiter.api.Test;

/** Una fecha de la que el informe solo da el mes («por lo que respecta al mes de marzo»). */
class FechaOMesTest {

  @Test
  void unMesEscritoSeGuardaComoMesNuncaComoDia() {
    for (String texto : new String[] {"marzo de 2020", "2020-03", "03/2020", "mar-2020"}) {
      FechaOMes leida = LecturaDeCampo.fechaOMes("Fecha", texto);
      assertTrue(leida.soloMes(), texto);
      assertNull(leida.dia(), texto);
      assertEquals(YearMonth.of(2020, 3), leida.mes(), texto);
      assertEquals("marzo de 2020", leida.texto(), texto);
    }
  }

  @Test
  void unDiaSigueSiendoUnDia() {
    FechaOMes leida = LecturaDeCampo.fechaOMes("Fecha", "12/03/2020");
    assertFalse(leida.soloMes());
    assertEquals(LocalDate.of(2020, 3, 12), leida.dia());
    assertEquals("12/03/2020", leida.texto());
    assertNull(LecturaDeCampo.fechaOMes("Fecha", "  "));
  }

  @Test
  void unTextoQueNoEsFechaNiMesDaElErrorDeLaFecha() {
    DatoInvalido error =
        assertThrows(DatoInvalido.class, () -> LecturaDeCampo.fechaOMes("Fecha", "31/02/2021"));
    assertEquals("Fecha", error.campo().orElseThrow());
  }

  /** Se conoce a partir del último día del mes: en el estado al 15 de marzo aún no cuenta. */
  @Test
  void seConoceAlTerminarElMesYSeOrdenaDespuesDeSusDias() {
    FechaOMes marzo = FechaOMes.delMes(YearMonth.of(2020, 3));
    assertFalse(marzo.conocidaAl(LocalDate.of(2020, 3, 30)));
    assertTrue(marzo.conocidaAl(LocalDate.of(2020, 3, 31)));
    assertTrue(marzo.enMes(YearMonth.of(2020, 3)));
    assertTrue(marzo.compareTo(FechaOMes.delDia(LocalDate.of(2020, 3, 31))) > 0);
    assertTrue(marzo.compareTo(FechaOMes.delDia(LocalDate.of(2020, 4, 1))) < 0);
  }
}
