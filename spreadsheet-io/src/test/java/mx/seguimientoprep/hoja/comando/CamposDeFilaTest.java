package mx.seguimientoprep.hoja.comando;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import mx.seguimientoprep.domain.registro.ErrorDeRegistro;
import mx.seguimientoprep.domain.registro.LecturaDeOficio;
import mx.seguimientoprep.hoja.Celda;
import mx.seguimientoprep.hoja.Fila;
import mx.seguimientoprep.hoja.Hoja;
import org.junit.jupiter.api.Test;

/**
 * Lo que es propio de una celda y no de su texto: una fecha real de Excel se toma tal cual, un
 * número sin formato de fecha puede ser una fecha de Excel, y un número nunca es un mes. El texto
 * lo lee el dominio (sus pruebas están en {@code domain/registro}).
 */
class CamposDeFilaTest {

  private static final LocalDate TRES_DE_NOVIEMBRE = LocalDate.of(2020, 11, 3);

  private static CamposDeFila fila(Hoja hoja, String columna, Celda celda) {
    return new CamposDeFila(new Fila(hoja, 7, Map.of(columna, celda)));
  }

  private static List<String> errores(CamposDeFila campos) {
    return campos.errores().stream()
        .map(
            e ->
                e.hoja() + "|" + e.fila() + "|" + e.columna() + "|" + e.valor() + "|" + e.mensaje())
        .toList();
  }

  @Test
  void unaFechaRealDeExcelSeTomaTalCual() {
    assertEquals(
        TRES_DE_NOVIEMBRE,
        fila(Hoja.SESIONES, "Fecha", new Celda.Fecha(TRES_DE_NOVIEMBRE)).fecha("Fecha", true));
    assertEquals(
        TRES_DE_NOVIEMBRE,
        fila(Hoja.OFICIOS, "Fecha", new Celda.Fecha(TRES_DE_NOVIEMBRE))
            .fecha("Fecha", LecturaDeOficio::fecha));
  }

  @Test
  void unNumeroDeSerieDeExcelSinFormatoEsLaFechaQueRepresenta() {
    assertEquals(
        TRES_DE_NOVIEMBRE,
        fila(Hoja.OFICIOS, "Fecha", new Celda.Numero(44138))
            .fecha("Fecha", LecturaDeOficio::fecha));
  }

  @Test
  void unNumeroQueNoPuedeSerFechaSeRechaza() {
    CamposDeFila campos = fila(Hoja.OFICIOS, "Fecha", new Celda.Numero(2020));
    assertNull(campos.fecha("Fecha", LecturaDeOficio::fecha));
    assertEquals(
        List.of(
            "Oficios|7|Fecha|2020|2020 no es una fecha válida; escríbela como dd/mm/aaaa (por"
                + " ejemplo, 03/11/2020)."),
        errores(campos));
  }

  @Test
  void unaFechaDeTextoLaLeeElDominio() {
    assertEquals(
        TRES_DE_NOVIEMBRE,
        fila(Hoja.OFICIOS, "Fecha", new Celda.Texto("tres (03) de noviembre de dos mil veinte"))
            .fecha("Fecha", LecturaDeOficio::fecha));
  }

  @Test
  void unaFechaObligatoriaQueFalta() {
    CamposDeFila campos = new CamposDeFila(new Fila(Hoja.OFICIOS, 7, Map.of()));
    assertNull(campos.fecha("Fecha", LecturaDeOficio::fecha));
    assertEquals(
        List.of("Oficios|7|Fecha||Falta «Fecha»: es un dato obligatorio."), errores(campos));
  }

  @Test
  void unEnteroDeUnaCeldaNumericaODeTexto() {
    assertEquals(44, fila(Hoja.SESIONES, "Número", new Celda.Numero(44)).entero("Número"));
    assertEquals(3, fila(Hoja.SESIONES, "Número", new Celda.Texto(" 03 ")).entero("Número"));
  }

  @Test
  void loQueNoEsEntero() {
    CamposDeFila decimal = fila(Hoja.SESIONES, "Número", new Celda.Numero(1.5));
    assertNull(decimal.entero("Número"));
    assertEquals(List.of("Sesiones|7|Número|1.5|1.5 no es un número entero."), errores(decimal));
    CamposDeFila fecha = fila(Hoja.SESIONES, "Número", new Celda.Fecha(LocalDate.of(2020, 1, 1)));
    assertNull(fecha.entero("Número"));
    assertEquals(1, fecha.errores().size());
  }

  @Test
  void unaFechaDeExcelCuentaPorSuMes() {
    assertEquals(
        YearMonth.of(2020, 10),
        fila(Hoja.ENTREGABLES, "Periodo", new Celda.Fecha(LocalDate.of(2020, 10, 1)))
            .periodo("Periodo"));
  }

  @Test
  void unNumeroNoEsUnMes() {
    CamposDeFila campos = fila(Hoja.ENTREGABLES, "Periodo", new Celda.Numero(202010));
    assertNull(campos.periodo("Periodo"));
    List<ErrorDeRegistro> errores = campos.errores();
    assertEquals(1, errores.size());
    assertEquals(
        "202010 no es un mes válido; escríbelo como aaaa-mm (por ejemplo, 2020-10) o como"
            + " «octubre 2020».",
        errores.get(0).mensaje());
  }
}
