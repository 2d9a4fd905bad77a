package mx.seguimientoprep.domain.registro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
import mx.seguimientoprep.domain.entregable.CatalogoTsv;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.ProcesosDeLosInformes;
import org.junit.jupiter.api.Test;

/** Los comandos crean el registro y sus errores quedan ubicados en la hoja. */
class ComandosTest {

  private static final ClaveEntidad DURANGO = new ClaveEntidad("10");

  private final Catalogo catalogo = new Catalogo(CatalogoTsv.definiciones());
  private final ProcesoElectoral durango = ProcesosDeLosInformes.durango();

  private ComandoEntregable informeMensual(YearMonth periodo, int fila) {
    return new ComandoEntregable(
        DURANGO,
        "2021-2022",
        "Informe mensual de avance en la implementación y operación del PREP",
        periodo,
        null,
        EstadoEntregable.ENVIADO,
        LocalDate.of(2021, 10, 5),
        null,
        null,
        "Informe del mes de septiembre enviado a la UNICOM del INE.",
        new Ubicacion("Entregables", fila));
  }

  @Test
  void elEntregableSeReconocePorSuNombreYGuardaSuCodigo() {
    assertEquals(
        "E03", informeMensual(YearMonth.of(2021, 9), 12).crear(durango, catalogo).getCodigo());
  }

  @Test
  void unErrorQuedaUbicadoEnHojaFilaYColumna() {
    ComandoEntregable sinPeriodo = informeMensual(null, 12);
    DatoInvalido dato = assertThrows(DatoInvalido.class, () -> sinPeriodo.crear(durango, catalogo));
    assertEquals(
        new ErrorDeRegistro(
            "Entregables",
            12,
            "Periodo",
            "",
            "El entregable E03 es mensual: indique el periodo (aaaa-mm)."),
        ErrorDeRegistro.de(sinPeriodo, dato));
  }

  @Test
  void elOficioReconoceSusEntregablesEnElCatalogo() {
    ComandoOficio comando =
        new ComandoOficio(
            DURANGO,
            null,
            new NumeroOficio("IEPC/SE/2119/2021"),
            LocalDate.of(2021, 10, 27),
            Sentido.ENVIADO_AL_INE,
            "Secretaría Ejecutiva del IEPC",
            "UNICOM",
            "Da respuesta al oficio INE/UNICOM/4756/2021 sobre temas del PREP.",
            List.of("e4", "E05"),
            new NumeroOficio("INE/UNICOM/4756/2021"),
            null,
            null,
            null);
    Oficio oficio = comando.crear(durango, catalogo);
    assertEquals(List.of("E04", "E05"), oficio.getEntregables());
    assertEquals(TipoDeRegistro.OFICIOS, comando.hoja());

    ComandoOficio conDesconocido =
        new ComandoOficio(
            DURANGO,
            null,
            new NumeroOficio("IEPC/SE/2119/2021"),
            LocalDate.of(2021, 10, 27),
            Sentido.ENVIADO_AL_INE,
            null,
            null,
            "Da respuesta",
            List.of("E40"),
            null,
            null,
            null,
            null);
    DatoInvalido dato =
        assertThrows(DatoInvalido.class, () -> conDesconocido.crear(durango, catalogo));
    ErrorDeRegistro error = ErrorDeRegistro.de(conDesconocido, dato);
    assertEquals("Oficios", error.hoja());
    assertEquals(0, error.fila());
    assertEquals("Entregables", error.columna());
    assertEquals("E40", error.valor());
  }

  @Test
  void elResultadoCuentaCadaHojaAunqueNoTengaFilas() {
    ResultadoAplicacion resultado =
        new ResultadoAplicacion(
            true,
            Map.of(TipoDeRegistro.OFICIOS, Conteo.CERO.conNuevo().conSinCambios()),
            List.of(),
            List.of());
    assertEquals(new Conteo(1, 0, 1), resultado.conteo(TipoDeRegistro.OFICIOS));
    assertEquals(Conteo.CERO, resultado.conteo(TipoDeRegistro.COTAPREP));
    assertEquals(6, resultado.conteos().size());
    assertFalse(resultado.guardado(), "una simulación no guarda");
  }

  @Test
  void unRegistroInvalidoJuntaLosMensajes() {
    RegistroInvalido invalido =
        new RegistroInvalido(
            List.of(
                new ErrorDeCampo("Fecha", "31/02/2021", "31/02/2021 no es una fecha válida."),
                new ErrorDeCampo("Asunto", "", "El campo «Asunto» es obligatorio.")));
    assertEquals(
        "31/02/2021 no es una fecha válida. El campo «Asunto» es obligatorio.",
        invalido.getMessage());
    assertEquals(2, invalido.errores().size());
  }
}
