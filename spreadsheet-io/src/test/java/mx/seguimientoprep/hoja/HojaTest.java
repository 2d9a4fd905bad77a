package mx.seguimientoprep.hoja;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HojaTest {

  /** Las columnas de cada hoja como las escribe workbook.md; {@code *} marca las obligatorias. */
  @Test
  void lasColumnasSonLasDeWorkbookMd() {
    assertEquals(
        String.join(
            "\n",
            "Procesos: Entidad*, Proceso*, Jornada electoral, Instancia interna, Titular de la"
                + " instancia, Acuerdo de designación, Realización, Ente auditor, Seguimiento"
                + " desde, Seguimiento hasta, Jornada original, Cambio de jornada, Lineamientos",
            "Acuerdos: Entidad*, Proceso, Clave*, Fecha, Órgano, Sesión, Entregable, Descripción*",
            "Oficios: Entidad*, Proceso, Número*, Fecha, Sentido*, Remitente, Destinatario,"
                + " Asunto*, Entregables, En respuesta a, Anexos, Resultado, Notas",
            "Sesiones: Entidad*, Proceso, Órgano*, Tipo*, Número, Fecha*, Orden del día,"
                + " Resultados",
            "Entregables: Entidad*, Proceso, Entregable*, Periodo, Fecha límite, Estado*, Fecha de"
                + " envío, Oficio de envío, Oficio de respuesta, Observaciones",
            "COTAPREP: Entidad*, Proceso, Nombre*, Institución, Cargo, Acuerdo",
            "Catálogo: ",
            "Resumen: "),
        Arrays.stream(Hoja.values())
            .map(
                hoja ->
                    hoja.nombre()
                        + ": "
                        + hoja.columnas().stream()
                            .map(c -> c.nombre() + (c.obligatoria() ? "*" : ""))
                            .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("\n")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Número",
        "Numero",
        "NÚMERO",
        "  número ",
        "No. de oficio",
        "NUMERO DE OFICIO",
        "Número de oficio",
        "Núm. de oficio",
        "Nº de oficio",
        "N° de oficio"
      })
  void losEncabezadosDelNumeroDeOficio(String encabezado) {
    assertEquals(
        Optional.of("Número"), Hoja.OFICIOS.columnaPorEncabezado(encabezado).map(Columna::nombre));
  }

  @Test
  void unEncabezadoDeOtraHojaNoSeReconoce() {
    assertEquals(Optional.empty(), Hoja.OFICIOS.columnaPorEncabezado("Jornada electoral"));
    assertEquals(Optional.empty(), Hoja.OFICIOS.columnaPorEncabezado("Estado"));
  }

  @Test
  void lasPestanasSeReconocenIgnorandoMayusculasYAcentos() {
    assertEquals(
        List.of(
            Hoja.OFICIOS,
            Hoja.OFICIOS,
            Hoja.CATALOGO,
            Hoja.COTAPREP,
            Hoja.SESIONES,
            Hoja.ENTREGABLES),
        List.of(
                "oficios",
                " OFICIOS ",
                "Catalogo",
                "Integrantes del COTAPREP",
                "sesion",
                "Entregables")
            .stream()
            .map(pestana -> Hoja.buscar(pestana).orElseThrow())
            .toList());
    assertEquals(Optional.empty(), Hoja.buscar("Hoja1"));
  }

  @Test
  void soloSeImportanLasSeisHojasDeDatos() {
    assertEquals(
        List.of(
            Hoja.PROCESOS,
            Hoja.ACUERDOS,
            Hoja.OFICIOS,
            Hoja.SESIONES,
            Hoja.ENTREGABLES,
            Hoja.COTAPREP),
        Arrays.stream(Hoja.values()).filter(Hoja::importable).toList());
  }
}
