package mx.seguimientoprep.domain.registro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.OplTsv;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LecturaDeCampoTest {

  private static final ResolutorEntidad ENTIDADES = new ResolutorEntidad(OplTsv.entidades());

  private static DatoInvalido error(Runnable lectura) {
    return assertThrows(DatoInvalido.class, lectura::run);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  ", "\n"})
  void unTextoEnBlancoEsUnValorAusente(String texto) {
    assertNull(LecturaDeCampo.texto(texto));
    assertNull(LecturaDeCampo.entidad(ENTIDADES, texto));
    assertNull(LecturaDeCampo.fecha("Fecha", texto));
    assertNull(LecturaDeCampo.mes("Periodo", texto));
    assertNull(LecturaDeCampo.entero("Número", texto));
    assertNull(LecturaDeCampo.numeroOficio("Oficio de envío", texto));
    assertNull(LecturaDeCampo.numeroAcuerdo("Acuerdo", texto));
    assertNull(LecturaDeCampo.valorFijo("Estado", texto, EstadoEntregable.class));
    assertEquals(List.of(), LecturaDeCampo.lista(texto));
  }

  @Test
  void unCampoObligatorioQueFalta() {
    DatoInvalido falta = LecturaDeCampo.falta("Asunto");
    assertEquals("Falta «Asunto»: es un dato obligatorio.", falta.getMessage());
    assertEquals(Optional.of("Asunto"), falta.campo());
    assertEquals(Optional.of(""), falta.valor());
  }

  @Test
  void unTextoLibreSinEspaciosEnLosExtremos() {
    assertEquals("UNICOM", LecturaDeCampo.texto("  UNICOM \n"));
  }

  @Test
  void unNumeroEnteroConCifras() {
    assertEquals(3, LecturaDeCampo.entero("Número", " 03 "));
    assertEquals(10, LecturaDeCampo.entero("Número", "10"));
    assertEquals(-2, LecturaDeCampo.entero("Número", "-2"));
    assertEquals(44, LecturaDeCampo.entero("Número", 44, "44"));
  }

  @Test
  void loQueNoEsEntero() {
    assertEquals(
        "1.5 no es un número entero.",
        error(() -> LecturaDeCampo.entero("Número", 1.5, "1.5")).getMessage());
    DatoInvalido letras = error(() -> LecturaDeCampo.entero("Número", "3a"));
    assertEquals("3a no es un número entero.", letras.getMessage());
    assertEquals(Optional.of("Número"), letras.campo());
    assertEquals(Optional.of("3a"), letras.valor());
    error(() -> LecturaDeCampo.entero("Número", "01/01/2020"));
    error(() -> LecturaDeCampo.entero("Número", "99999999999"));
    error(() -> LecturaDeCampo.entero("Número", "-"));
    error(() -> LecturaDeCampo.entero("Número", 1e10, "10000000000"));
  }

  @Test
  void listasSeparadasPorComaOPuntoYComa() {
    assertEquals(
        List.of("E15", "E17", "E18", "E19", "E20"),
        LecturaDeCampo.lista("E15,E17, E18 ;E19;; E20"));
    assertEquals(List.of("E03", "E04"), LecturaDeCampo.lista("E03\nE04\r\n"));
  }

  @Test
  void listasSinVaciosNiRepetidos() {
    assertEquals(List.of("E03", "E04"), LecturaDeCampo.lista(" E03 , E04, E03, "));
    assertEquals(List.of(), LecturaDeCampo.lista(" , ; "));
  }

  @Test
  void unaFechaUbicaSuErrorEnElCampo() {
    assertEquals(LocalDate.of(2020, 11, 3), LecturaDeCampo.fecha("Fecha límite", "03/11/2020"));
    DatoInvalido imposible = error(() -> LecturaDeCampo.fecha("Fecha límite", "31/02/2021"));
    assertEquals(
        "31/02/2021 no es una fecha válida: febrero de 2021 tiene 28 días.",
        imposible.getMessage());
    assertEquals(Optional.of("Fecha límite"), imposible.campo());
    assertEquals(Optional.of("31/02/2021"), imposible.valor());
  }

  @Test
  void unaFechaDeExcelComoNumero() {
    assertEquals(LocalDate.of(2020, 11, 17), LecturaDeCampo.fechaDeExcel("Fecha", 44152, "44152"));
    DatoInvalido numero = error(() -> LecturaDeCampo.fechaDeExcel("Fecha", 2020, "2020"));
    assertEquals(
        "2020 no es una fecha válida; escríbela como dd/mm/aaaa (por ejemplo, 03/11/2020).",
        numero.getMessage());
    assertEquals(Optional.of("Fecha"), numero.campo());
  }

  @Test
  void unMes() {
    assertEquals(YearMonth.of(2020, 10), LecturaDeCampo.mes("Periodo", "octubre 2020"));
    assertEquals(
        "2020-13 no es un mes válido: no existe el mes 13.",
        error(() -> LecturaDeCampo.mes("Periodo", "2020-13")).getMessage());
    DatoInvalido numero = LecturaDeCampo.noEsMes("Periodo", "202010");
    assertEquals(
        "202010 no es un mes válido; escríbelo como aaaa-mm (por ejemplo, 2020-10) o como"
            + " «octubre 2020».",
        numero.getMessage());
    assertEquals(Optional.of("Periodo"), numero.campo());
  }

  @Test
  void unNumeroDeOficioDeLosInformesSeNormaliza() {
    assertEquals(
        new NumeroOficio("INE/UNICOM/3320/2020"),
        LecturaDeCampo.numeroOficio("Oficio de respuesta", "INE / UNICOM / 3320 / 2020"));
    assertEquals(
        "IEPC/UTC/21/104",
        LecturaDeCampo.numeroOficio("Oficio de envío", " iepc/utc/21/104 ").valor());
  }

  @Test
  void unTextoSinCifrasNoEsUnNumeroDeOficio() {
    DatoInvalido error = error(() -> LecturaDeCampo.numeroOficio("Número", "el de ayer"));
    assertEquals(
        "«el de ayer» no parece un número de oficio: escribe algo como IEPC/SE/2119/2021.",
        error.getMessage());
    assertEquals(Optional.of("Número"), error.campo());
  }

  @Test
  void unNumeroDemasiadoLargoDiceSuLimiteEnElCampoQueLoTrae() {
    DatoInvalido error = error(() -> LecturaDeCampo.numeroOficio("En respuesta a", "x".repeat(81)));
    assertEquals(
        "El campo «Número» admite a lo más 80 caracteres; «" + "X".repeat(81) + "» tiene 81.",
        error.getMessage());
    assertEquals(Optional.of("En respuesta a"), error.campo());
    assertEquals(Optional.of("x".repeat(81)), error.valor());
  }

  @Test
  void unaClaveDeAcuerdo() {
    assertEquals(
        new NumeroAcuerdo("IEC/CG/145/2020"),
        LecturaDeCampo.numeroAcuerdo("Acuerdo de designación", " iec/cg/145/2020"));
    assertEquals(
        Optional.of("Acuerdo"),
        error(() -> LecturaDeCampo.numeroAcuerdo("Acuerdo", "A".repeat(81))).campo());
  }

  @Test
  void unValorDeUnaListaFijaPorSuEtiquetaOSusOtrasFormas() {
    assertEquals(
        EstadoEntregable.SIN_OBSERVACIONES,
        LecturaDeCampo.valorFijo("Estado", " sin observaciones ", EstadoEntregable.class));
    DatoInvalido error =
        error(() -> LecturaDeCampo.valorFijo("Estado", "Terminado", EstadoEntregable.class));
    assertEquals(
        "'Terminado' no es un valor de «Estado»; usa Pendiente, Enviado, Con observaciones,"
            + " Observaciones atendidas, Sin observaciones o No aplica.",
        error.getMessage());
    assertEquals(Optional.of("Estado"), error.campo());
  }

  @Test
  void laEntidadPorNombreAliasSiglasClaveOFrase() {
    for (String forma :
        List.of(
            "Coahuila",
            "Coahuila de Zaragoza",
            "Coah.",
            "IEC",
            "05",
            "5",
            "estado de Coahuila",
            "OPL de Coahuila")) {
      assertEquals(new ClaveEntidad("05"), LecturaDeCampo.entidad(ENTIDADES, forma), forma);
    }
  }

  @Test
  void unaEntidadMalEscritaSugiereLaParecida() {
    EntidadNoReconocida error =
        assertThrows(
            EntidadNoReconocida.class, () -> LecturaDeCampo.entidad(ENTIDADES, " Durnago "));
    assertEquals(
        "'Durnago' no es una entidad conocida; ¿quisiste decir Durango?", error.getMessage());
    assertEquals(Optional.of("Entidad"), error.campo());
    assertEquals(Optional.of(" Durnago "), error.valor());
    assertEquals(
        List.of("Durango"),
        assertInstanceOf(Resolucion.Sugerencias.class, error.resolucion()).candidatas().stream()
            .map(Entidad::getNombre)
            .toList());
  }

  @Test
  void unasSiglasCompartidasNombranAVarias() {
    EntidadNoReconocida error =
        assertThrows(EntidadNoReconocida.class, () -> LecturaDeCampo.entidad(ENTIDADES, "IEE"));
    assertEquals(
        "'IEE' nombra a varias entidades: Aguascalientes (IEE), Colima (IEE Colima), Chihuahua"
            + " (IEE Chihuahua), Puebla (IEE Puebla), Sonora (IEE Sonora); escribe el nombre del"
            + " estado o las siglas completas de su OPL.",
        error.getMessage());
    assertInstanceOf(Resolucion.Ambigua.class, error.resolucion());
  }

  @Test
  void loQueNoEsUnaEntidad() {
    EntidadNoReconocida error =
        assertThrows(EntidadNoReconocida.class, () -> LecturaDeCampo.entidad(ENTIDADES, "Narnia"));
    assertEquals(
        "'Narnia' no es una entidad conocida; escribe el nombre del estado, las siglas de su OPL"
            + " o su clave de dos dígitos (por ejemplo, 05 para Coahuila).",
        error.getMessage());
    assertInstanceOf(Resolucion.NoEncontrada.class, error.resolucion());
  }
}
