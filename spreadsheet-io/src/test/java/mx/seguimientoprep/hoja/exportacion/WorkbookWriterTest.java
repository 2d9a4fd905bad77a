package mx.seguimientoprep.hoja.exportacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.acuerdo.OrganoAcuerdo;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.entregable.Plazo;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.fecha.FechaOMes;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.PeriodoDeSeguimiento;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.VersionLineamientos;
import mx.seguimientoprep.domain.registro.AvisoDeRegistro;
import mx.seguimientoprep.domain.registro.Comando;
import mx.seguimientoprep.domain.registro.ComandoAcuerdo;
import mx.seguimientoprep.domain.registro.ComandoEntregable;
import mx.seguimientoprep.domain.registro.ComandoIntegrante;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import mx.seguimientoprep.domain.registro.ComandoProceso;
import mx.seguimientoprep.domain.registro.ComandoSesion;
import mx.seguimientoprep.domain.registro.TipoDeRegistro;
import mx.seguimientoprep.hoja.Columna;
import mx.seguimientoprep.hoja.Hoja;
import mx.seguimientoprep.hoja.comando.LecturaLibro;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrRef;

class WorkbookWriterTest {

  /** Coahuila va por su proceso 2021 (jornada 06/06/2021); el de 2020 ya pasó. */
  private static final LocalDate REFERENCIA = LocalDate.of(2020, 12, 15);

  private static final List<String> PESTANAS =
      List.of(
          "Resumen",
          "Procesos",
          "Acuerdos",
          "Oficios",
          "Sesiones",
          "Entregables",
          "COTAPREP",
          "Catálogo");

  @TempDir Path carpeta;

  private final Demostracion demo = Demostracion.cargar();

  private Path exportar(ContenidoExportacion contenido) throws IOException {
    Path archivo = Files.createTempFile(carpeta, "exportacion", ".xlsx");
    try (OutputStream salida = Files.newOutputStream(archivo)) {
      new WorkbookWriter().escribir(contenido, salida);
    }
    return archivo;
  }

  private XSSFWorkbook abrir(Path archivo) throws IOException {
    try (InputStream entrada = Files.newInputStream(archivo)) {
      return new XSSFWorkbook(entrada);
    }
  }

  @Test
  void importarLoExportadoDaLosMismosComandosSinErroresNiAvisosNuevos() throws IOException {
    Path archivo = exportar(demo.contenido(REFERENCIA));

    LecturaLibro leida = Demostracion.traductor().leerXlsx(archivo);

    assertEquals(List.of(), leida.errores());
    assertEquals(sinOrigen(demo.lectura.comandos()), sinOrigen(leida.comandos()));
    assertEquals(
        List.of(
            "Resumen|La hoja «Resumen» solo se exporta; al importar se ignora.",
            "Catálogo|La hoja «Catálogo» solo se exporta; al importar se ignora."),
        leida.avisos().stream()
            .filter(a -> a.fila() == 0)
            .map(a -> a.hoja() + "|" + a.mensaje())
            .toList());
    assertEquals(
        sinFila(demo.lectura.avisos()),
        sinFila(leida.avisos().stream().filter(a -> a.fila() > 0).toList()),
        "Los únicos avisos de las filas son los de los datos: los acuerdos sin fecha");
  }

  /**
   * Cada columna nueva de la issue 11 vuelve igual: el periodo de seguimiento, la jornada que
   * cambió y la versión de los Lineamientos de un proceso; un oficio sin fecha, uno con solo el
   * mes, una respuesta a dos oficios y los anexos; un acuerdo nacional con su mes.
   */
  @Test
  void lasColumnasNuevasVuelvenIgualAlImportarLoExportado() throws IOException {
    ProcesoElectoral coahuila = demo.proceso("Coahuila", "2021");
    ProcesoElectoral completo =
        new ProcesoElectoral(
            coahuila.getEntidad(),
            "Proceso Electoral Local Extraordinario 2021",
            LocalDate.of(2021, 11, 7),
            null,
            null,
            null,
            null,
            null,
            new PeriodoDeSeguimiento(LocalDate.of(2021, 8, 1), LocalDate.of(2021, 9, 30)),
            LocalDate.of(2021, 10, 3),
            LocalDate.of(2021, 8, 15),
            VersionLineamientos.ANTERIOR);
    Oficio delMes =
        new Oficio(
            completo,
            new NumeroOficio("IEC/SE/9001/2021"),
            FechaOMes.delMes(YearMonth.of(2021, 9)),
            Sentido.INTERNO,
            null,
            null,
            "Oficio de septiembre",
            List.of(),
            List.of(new NumeroOficio("IEC/SE/1766/2020"), new NumeroOficio("IEC/SE/1792/2020")),
            List.of("IEC/CG/145/2020", "Anexo técnico, en dos tomos"),
            null,
            null);
    Acuerdo nacional =
        new Acuerdo(
            coahuila.getEntidad(),
            completo,
            new NumeroAcuerdo("IEC/CG/200/2021"),
            FechaOMes.delMes(YearMonth.of(2021, 9)),
            OrganoAcuerdo.CONSEJO_GENERAL_INE,
            null,
            null,
            "Acuerdo de septiembre");
    ContenidoExportacion base = demo.contenido(REFERENCIA);
    List<ProcesoElectoral> procesos = new java.util.ArrayList<>(base.procesos());
    procesos.add(completo);
    List<Oficio> oficios = new java.util.ArrayList<>(demo.oficios);
    oficios.add(delMes);
    List<Acuerdo> acuerdos = new java.util.ArrayList<>(demo.acuerdos);
    acuerdos.add(nacional);
    Path archivo =
        exportar(
            new ContenidoExportacion(
                base.fechaReferencia(),
                base.alcance(),
                base.estados(),
                base.actuales(),
                procesos,
                acuerdos,
                oficios,
                demo.sesiones,
                demo.entregables,
                demo.integrantes,
                base.catalogo()));

    LecturaLibro leida = Demostracion.traductor().leerXlsx(archivo);
    assertEquals(List.of(), leida.errores());
    ComandoProceso proceso =
        leida.comandosDe(TipoDeRegistro.PROCESOS).stream()
            .map(c -> (ComandoProceso) c)
            .filter(c -> c.proceso().equals(completo.getNombre()))
            .findFirst()
            .orElseThrow();
    assertEquals(LocalDate.of(2021, 8, 1), proceso.seguimientoDesde());
    assertEquals(LocalDate.of(2021, 9, 30), proceso.seguimientoHasta());
    assertEquals(LocalDate.of(2021, 10, 3), proceso.jornadaOriginal());
    assertEquals(LocalDate.of(2021, 8, 15), proceso.cambioDeJornada());
    assertEquals(VersionLineamientos.ANTERIOR, proceso.lineamientos());
    ComandoOficio oficio =
        leida.comandosDe(TipoDeRegistro.OFICIOS).stream()
            .map(c -> (ComandoOficio) c)
            .filter(c -> c.numero().valor().equals("IEC/SE/9001/2021"))
            .findFirst()
            .orElseThrow();
    assertEquals(FechaOMes.delMes(YearMonth.of(2021, 9)), oficio.fecha());
    assertEquals(delMes.getEnRespuestaA(), oficio.enRespuestaA());
    assertEquals(List.of("IEC/CG/145/2020", "Anexo técnico, en dos tomos"), oficio.anexos());
    assertEquals(Sentido.INTERNO, oficio.sentido());
    ComandoAcuerdo acuerdo =
        leida.comandosDe(TipoDeRegistro.ACUERDOS).stream()
            .map(c -> (ComandoAcuerdo) c)
            .filter(c -> c.clave().valor().equals("IEC/CG/200/2021"))
            .findFirst()
            .orElseThrow();
    assertEquals(FechaOMes.delMes(YearMonth.of(2021, 9)), acuerdo.fecha());
    assertEquals(OrganoAcuerdo.CONSEJO_GENERAL_INE, acuerdo.organo());
    ComandoOficio sinFecha =
        leida.comandosDe(TipoDeRegistro.OFICIOS).stream()
            .map(c -> (ComandoOficio) c)
            .filter(c -> c.numero().valor().equals("INE/UNICOM/1068/2020"))
            .findFirst()
            .orElseThrow();
    assertEquals(null, sinFecha.fecha(), "un oficio sin fecha vuelve sin fecha");
  }

  @Test
  void lasHojasVanEnOrdenConLosEncabezadosDeLaLecturaEnNegritaFijosYConFiltro() throws IOException {
    try (XSSFWorkbook libro = abrir(exportar(demo.contenido(REFERENCIA)))) {
      assertEquals(
          PESTANAS,
          IntStream.range(0, libro.getNumberOfSheets()).mapToObj(libro::getSheetName).toList());
      for (Hoja hoja : Hoja.values()) {
        if (!hoja.importable()) {
          continue;
        }
        XSSFSheet pestana = libro.getSheet(hoja.nombre());
        Row encabezado = pestana.getRow(0);
        assertEquals(
            hoja.columnas().stream().map(Columna::nombre).toList(),
            textos(encabezado),
            hoja.nombre());
        for (Cell celda : encabezado) {
          assertTrue(
              libro.getFontAt(celda.getCellStyle().getFontIndex()).getBold(),
              hoja.nombre() + " " + celda.getStringCellValue());
        }
        PaneInformation fijo = pestana.getPaneInformation();
        assertNotNull(fijo, hoja.nombre());
        assertTrue(fijo.isFreezePane());
        assertEquals(1, fijo.getHorizontalSplitPosition(), hoja.nombre());
        assertEquals(
            new CellRangeAddress(0, pestana.getLastRowNum(), 0, hoja.columnas().size() - 1)
                .formatAsString(),
            pestana.getCTWorksheet().getAutoFilter().getRef(),
            hoja.nombre());
      }
      assertEquals(
          List.of(
              demo.procesos.size(),
              demo.acuerdos.size(),
              demo.oficios.size(),
              demo.sesiones.size(),
              demo.entregables.size(),
              demo.integrantes.size()),
          PESTANAS.subList(1, 7).stream().map(p -> libro.getSheet(p).getLastRowNum()).toList(),
          "Una fila por registro guardado, ni una más");
    }
  }

  @Test
  void lasFechasSonFechasRealesQueSeVenDiaMesAnio() throws IOException {
    try (XSSFWorkbook libro = abrir(exportar(demo.contenido(REFERENCIA)))) {
      XSSFSheet oficios = libro.getSheet("Oficios");
      Cell fecha = oficios.getRow(1).getCell(Hoja.OFICIOS.columnas().indexOf(columna("Fecha")));

      assertEquals(CellType.NUMERIC, fecha.getCellType());
      assertTrue(DateUtil.isCellDateFormatted(fecha));
      assertEquals("dd/mm/yyyy", fecha.getCellStyle().getDataFormatString());
      assertEquals(demo.oficios.get(0).getFecha(), fecha.getLocalDateTimeCellValue().toLocalDate());
      assertEquals(LocalDate.of(2020, 3, 7), demo.oficios.get(0).getFecha());

      Cell jornada = libro.getSheet("Procesos").getRow(1).getCell(2);
      assertEquals("dd/mm/yyyy", jornada.getCellStyle().getDataFormatString());
      assertEquals(LocalDate.of(2020, 10, 18), jornada.getLocalDateTimeCellValue().toLocalDate());
    }
  }

  @Test
  void lasColumnasDeValoresFijosOfrecenSusEtiquetasEnUnaListaDesplegable() throws IOException {
    try (XSSFWorkbook libro = abrir(exportar(demo.contenido(REFERENCIA)))) {
      assertEquals(
          Map.of(
              "Sentido", List.of("Enviado al INE", "Recibido del INE", "Interno"),
              "Resultado",
                  List.of("Sin observaciones", "Con observaciones", "Observaciones atendidas")),
          listas(libro.getSheet("Oficios"), Hoja.OFICIOS));
      assertEquals(
          Map.of(
              "Órgano",
              List.of(
                  "COTAPREP",
                  "Comisión del PREP",
                  "Consejo General",
                  "Grupo de Trabajo COTSPEL",
                  "Otro"),
              "Tipo",
              List.of(
                  "Instalación",
                  "Ordinaria",
                  "Extraordinaria",
                  "Reunión interna",
                  "Reunión de trabajo con partidos",
                  "Cierre",
                  "Programada")),
          listas(libro.getSheet("Sesiones"), Hoja.SESIONES));
      assertEquals(
          Map.of(
              "Órgano",
              List.of(
                  "Consejo General",
                  "Comisión del PREP",
                  "COTAPREP",
                  "Consejo General del INE",
                  "Otro")),
          listas(libro.getSheet("Acuerdos"), Hoja.ACUERDOS));
      assertEquals(
          Map.of(
              "Estado",
              Arrays.stream(EstadoEntregable.values()).map(EstadoEntregable::etiqueta).toList()),
          listas(libro.getSheet("Entregables"), Hoja.ENTREGABLES));
      assertEquals(
          Map.of("Cargo", List.of("Integrante", "Secretario Técnico")),
          listas(libro.getSheet("COTAPREP"), Hoja.COTAPREP));
      assertEquals(
          Map.of(
              "Realización",
              List.of("OPL", "Tercero"),
              "Lineamientos",
              List.of("2022", "anterior")),
          listas(libro.getSheet("Procesos"), Hoja.PROCESOS));

      DataValidation sentido = libro.getSheet("Oficios").getDataValidations().get(0);
      CellRangeAddress region = sentido.getRegions().getCellRangeAddress(0);
      assertEquals(1, region.getFirstRow(), "Desde la primera fila de datos");
      assertEquals(1_048_575, region.getLastRow(), "Y en las filas que la persona agregue");
      assertEquals(DataValidation.ErrorStyle.STOP, sentido.getErrorStyle());
      assertTrue(sentido.getShowErrorBox());
    }
  }

  @Test
  void unTextoQueEmpiezaComoFormulaSeEscribeComoTextoYSeLeeIgual() throws IOException {
    ProcesoElectoral coahuila = demo.proceso("Coahuila", "2021");
    Oficio peligroso =
        new Oficio(
            coahuila,
            new NumeroOficio("IEC/SE/9999/2020"),
            LocalDate.of(2020, 12, 1),
            Sentido.INTERNO,
            "@Secretaría Ejecutiva",
            "-UNICOM",
            "=HYPERLINK(\"http://ejemplo.invalid\",\"clic\")",
            List.of(),
            null,
            null,
            "+52 844 438 6260");
    List<Oficio> oficios = new ArrayList<>(demo.oficios);
    oficios.add(peligroso);
    ContenidoExportacion contenido =
        new ContenidoExportacion(
            REFERENCIA,
            Alcance.TODO,
            List.of(),
            List.of(),
            demo.procesos,
            demo.acuerdos,
            oficios,
            demo.sesiones,
            demo.entregables,
            demo.integrantes,
            demo.catalogo);
    Path archivo = exportar(contenido);

    try (XSSFWorkbook libro = abrir(archivo)) {
      Row fila = libro.getSheet("Oficios").getRow(oficios.size());
      for (String nombre : List.of("Remitente", "Destinatario", "Asunto", "Notas")) {
        Cell celda = fila.getCell(Hoja.OFICIOS.columnas().indexOf(columna(nombre)));
        assertEquals(CellType.STRING, celda.getCellType(), nombre);
        assertTrue(celda.getCellStyle().getQuotePrefixed(), nombre);
      }
      assertEquals(
          "=HYPERLINK(\"http://ejemplo.invalid\",\"clic\")",
          fila.getCell(Hoja.OFICIOS.columnas().indexOf(columna("Asunto"))).getStringCellValue());
    }
    ComandoOficio leido =
        (ComandoOficio)
            Demostracion.traductor().leerXlsx(archivo).comandos().stream()
                .filter(
                    c -> c instanceof ComandoOficio o && o.numero().equals(peligroso.getNumero()))
                .findFirst()
                .orElseThrow();
    assertEquals(peligroso.getAsunto(), leido.asunto());
    assertEquals("@Secretaría Ejecutiva", leido.remitente());
    assertEquals("-UNICOM", leido.destinatario());
    assertEquals("+52 844 438 6260", leido.notas());
  }

  @Test
  void elOrdenDelDiaConservaSusRenglonesYLaFilaCrece() throws IOException {
    int columna = Hoja.SESIONES.columnas().indexOf(columnaDe(Hoja.SESIONES, "Orden del día"));
    int indice =
        IntStream.range(0, demo.sesiones.size())
            .filter(i -> demo.sesiones.get(i).getOrdenDelDia() != null)
            .findFirst()
            .orElseThrow();
    String orden = demo.sesiones.get(indice).getOrdenDelDia();
    assertTrue(orden.contains("\n"), "La demostración tiene un orden del día de varios puntos");

    try (XSSFWorkbook libro = abrir(exportar(demo.contenido(REFERENCIA)))) {
      Row fila = libro.getSheet("Sesiones").getRow(indice + 1);
      Cell celda = fila.getCell(columna);
      assertEquals(orden, celda.getStringCellValue());
      assertTrue(celda.getCellStyle().getWrapText());
      assertTrue(
          fila.getHeightInPoints()
              >= 15f * Math.min(orden.split("\n").length, SheetWriter.LINEAS_MAXIMAS),
          "La fila muestra cada punto en su renglón");
    }
  }

  @Test
  void cadaColumnaMideLoQueSuValorMasLargoHastaUnTope() throws IOException {
    try (XSSFWorkbook libro = abrir(exportar(demo.contenido(REFERENCIA)))) {
      XSSFSheet oficios = libro.getSheet("Oficios");
      int numero = Hoja.OFICIOS.columnas().indexOf(columna("Número"));
      int masLargo =
          demo.oficios.stream().mapToInt(o -> o.getNumero().valor().length()).max().orElseThrow();
      assertEquals((masLargo + 1) * 256, oficios.getColumnWidth(numero));

      int asunto = Hoja.OFICIOS.columnas().indexOf(columna("Asunto"));
      assertTrue(
          demo.oficios.stream().anyMatch(o -> o.getAsunto().length() > SheetWriter.ANCHO_MAXIMO));
      assertEquals(
          SheetWriter.ANCHO_MAXIMO * 256,
          oficios.getColumnWidth(asunto),
          "Un asunto largo se ajusta");

      int fecha = Hoja.OFICIOS.columnas().indexOf(columna("Fecha"));
      assertEquals(("dd/mm/aaaa".length() + 1) * 256, oficios.getColumnWidth(fecha));

      int sentido = Hoja.OFICIOS.columnas().indexOf(columna("Sentido"));
      assertEquals(
          ("Recibido del INE".length() + 1) * 256,
          oficios.getColumnWidth(sentido),
          "La etiqueta más larga que aparece");
      int encabezado = Hoja.OFICIOS.columnas().indexOf(columna("En respuesta a"));
      int citado =
          demo.oficios.stream()
              .filter(o -> !o.getEnRespuestaA().isEmpty())
              .mapToInt(
                  o ->
                      String.join(", ", o.getEnRespuestaA().stream().map(n -> n.valor()).toList())
                          .length())
              .max()
              .orElseThrow();
      assertEquals(
          (Math.max("En respuesta a".length() + 3, citado) + 1) * 256,
          oficios.getColumnWidth(encabezado),
          "El encabezado, con la flecha de su filtro, también cuenta");
    }
  }

  @Test
  void elResumenTieneUnaFilaPorEntidadYProcesoConSuEstado() throws IOException {
    List<EstadoPrep> estados = demo.estados(REFERENCIA);
    EstadoPrep coahuila2021 =
        estados.stream()
            .filter(e -> e.proceso().equals("Proceso Electoral Local Ordinario 2021"))
            .findFirst()
            .orElseThrow();

    try (XSSFWorkbook libro = abrir(exportar(demo.contenido(REFERENCIA)))) {
      XSSFSheet resumen = libro.getSheet("Resumen");
      assertEquals(
          "Seguimiento PREP · estado al 15/12/2020 · todas las entidades",
          resumen.getRow(0).getCell(0).getStringCellValue());
      Row encabezado = resumen.getRow(2);
      List<String> encabezados = textos(encabezado);
      assertEquals(
          ResumenWriter.COLUMNAS.columnas().stream().map(ColumnaExportada::encabezado).toList(),
          encabezados);
      assertEquals(3, resumen.getPaneInformation().getHorizontalSplitPosition());
      assertEquals(2, resumen.getPaneInformation().getVerticalSplitPosition());

      List<String> procesos =
          IntStream.rangeClosed(3, 2 + estados.size())
              .mapToObj(i -> resumen.getRow(i).getCell(1).getStringCellValue())
              .toList();
      assertEquals(
          List.of(
              "Procesos Electorales Locales 2019-2020",
              "Procesos Electorales Locales Concurrentes 2023-2024",
              "Proceso Electoral Concurrente Ordinario 2023-2024",
              "Proceso Electoral Local Ordinario 2020",
              "Proceso Electoral Local Ordinario 2021",
              "Proceso Electoral Local Ordinario 2021-2022"),
          procesos,
          "Por clave de entidad (INE es 00) y, en cada una, por jornada");

      Row fila = resumen.getRow(3 + procesos.indexOf(coahuila2021.proceso()));
      assertEquals("Coahuila", texto(fila, encabezados, "Entidad"));
      assertEquals(173, numero(fila, encabezados, "Días para la jornada"));
      assertEquals(
          (double) coahuila2021.conteo().vencidos(), numero(fila, encabezados, "Vencidos"));
      assertEquals(
          (double) coahuila2021.conteo().sinRegistro(), numero(fila, encabezados, "Sin registro"));
      assertTrue(
          coahuila2021.conteo().sinRegistro() > 0,
          "Lo que vencía fuera de noviembre de 2020, el mes del informe");
      assertEquals(
          "sin registro antes del 01/11/2020 ni después del 30/11/2020",
          texto(fila, encabezados, "Periodo de seguimiento"));
      assertEquals(
          (double) coahuila2021.conteo().de(EstadoEntregable.SIN_OBSERVACIONES),
          numero(fila, encabezados, "Sin observaciones"));
      assertEquals(
          (double) coahuila2021.conteo().total(),
          numero(fila, encabezados, "Total de entregables"));
      assertEquals(
          coahuila2021.ultimoOficio().orElseThrow().numero().valor(),
          texto(fila, encabezados, "Último oficio"));
      assertEquals(
          coahuila2021.ultimoOficio().orElseThrow().fecha(),
          fila.getCell(encabezados.indexOf("Fecha del último oficio"))
              .getLocalDateTimeCellValue()
              .toLocalDate());
      assertEquals(
          coahuila2021.proximo().map(p -> p.codigo()).orElseThrow(),
          texto(fila, encabezados, "Próximo entregable").substring(0, 3));
    }
  }

  @Test
  void elResumenGraficaLosEntregablesPorEstadoDelProcesoActualDeCadaEntidad() throws IOException {
    List<EstadoPrep> estados = demo.estados(REFERENCIA);
    try (XSSFWorkbook libro = abrir(exportar(demo.contenido(REFERENCIA)))) {
      XSSFSheet resumen = libro.getSheet("Resumen");
      List<XSSFChart> graficas = resumen.getDrawingPatriarch().getCharts();
      assertEquals(1, graficas.size());
      XSSFChart grafica = graficas.get(0);
      assertEquals("Entregables por estado", grafica.getTitleText().getString());

      XDDFChartData barras = grafica.getChartSeries().get(0);
      List<String> series = new ArrayList<>();
      for (int i = 0; i < barras.getSeriesCount(); i++) {
        CTStrRef titulo =
            ((XDDFBarChartData.Series) barras.getSeries(i)).getCTBarSer().getTx().getStrRef();
        series.add(titulo.getStrCache().getPtArray(0).getV());
        CellReference celda = new CellReference(titulo.getF());
        assertEquals(
            titulo.getStrCache().getPtArray(0).getV(),
            resumen.getRow(celda.getRow()).getCell(celda.getCol()).getStringCellValue(),
            "El nombre de la serie es su encabezado");
      }
      assertEquals(
          List.of(
              "Vencidos",
              "Pendientes en plazo",
              "Enviado",
              "Con observaciones",
              "Observaciones atendidas",
              "Sin observaciones",
              "No aplica",
              "Sin registro"),
          series);

      XDDFChartData.Series vencidos = barras.getSeries(0);
      CellRangeAddress categorias =
          CellRangeAddress.valueOf(
              vencidos.getCategoryData().getDataRangeReference().replace("Resumen!", ""));
      List<String> entidades = new ArrayList<>();
      for (int i = categorias.getFirstRow(); i <= categorias.getLastRow(); i++) {
        entidades.add(resumen.getRow(i).getCell(0).getStringCellValue());
      }
      assertEquals(List.of("INE", "Aguascalientes", "Coahuila", "Durango"), entidades);
      int coahuila = categorias.getFirstRow() + entidades.indexOf("Coahuila");
      assertEquals(
          "Proceso Electoral Local Ordinario 2021",
          resumen.getRow(coahuila).getCell(1).getStringCellValue(),
          "De Coahuila se grafica su proceso actual, no el de 2020");

      EstadoPrep actual =
          estados.stream()
              .filter(e -> e.proceso().equals("Proceso Electoral Local Ordinario 2021"))
              .findFirst()
              .orElseThrow();
      CellReference valores =
          new CellReference(vencidos.getValuesData().getDataRangeReference().split(":")[0]);
      assertEquals(
          (double) actual.conteo().vencidos(),
          resumen.getRow(coahuila).getCell(valores.getCol()).getNumericCellValue(),
          "La serie apunta a las celdas de su conteo");
      assertEquals(
          actual.conteo().vencidos(),
          vencidos.getValuesData().getPointAt(entidades.indexOf("Coahuila")).intValue());
    }
  }

  @Test
  void elCatalogoDaLaReglaYLaFechaLimiteDeCadaEntregableEnCadaProceso() throws IOException {
    try (XSSFWorkbook libro = abrir(exportar(demo.contenido(REFERENCIA)))) {
      XSSFSheet catalogo = libro.getSheet("Catálogo");
      List<String> encabezados = textos(catalogo.getRow(0));
      assertEquals(
          List.of(
              "Código",
              "Nombre",
              "Regla del plazo",
              "Punto (Lineamientos 2022)",
              "Punto (Lineamientos anteriores)",
              "Coahuila 2020",
              "Coahuila 2021",
              "Durango 2021-2022",
              "Aguascalientes 2023-2024",
              "INE 2019-2020",
              "INE 2023-2024"),
          encabezados);
      assertEquals(demo.catalogo.size(), catalogo.getLastRowNum());

      Row e01 = catalogo.getRow(1);
      assertEquals("E01", e01.getCell(0).getStringCellValue());
      assertEquals("J-9M+5D: jornada − 9 meses + 5 días", e01.getCell(2).getStringCellValue());
      // E01 no existía antes de INE/CG825/2022: Coahuila 2020 no lo espera.
      assertEquals(1, (int) e01.getCell(3).getNumericCellValue());
      assertEquals("No existía", e01.getCell(4).getStringCellValue());
      assertEquals(
          "No existía", e01.getCell(encabezados.indexOf("Coahuila 2020")).getStringCellValue());
      Cell aguascalientes = e01.getCell(encabezados.indexOf("Aguascalientes 2023-2024"));
      assertEquals("dd/mm/yyyy", aguascalientes.getCellStyle().getDataFormatString());
      assertEquals(
          LocalDate.of(2023, 9, 7), aguascalientes.getLocalDateTimeCellValue().toLocalDate());

      Row e03 = catalogo.getRow(3);
      assertEquals("E03", e03.getCell(0).getStringCellValue());
      assertEquals(
          "MENSUAL:5: día 5 del mes siguiente al que informa", e03.getCell(2).getStringCellValue());
      assertEquals(
          2, (int) e03.getCell(4).getNumericCellValue(), "el punto 2 de los informes de 2020");
      assertEquals("Mensual", e03.getCell(5).getStringCellValue());

      // La jornada de Coahuila 2020 cambió el 01/04/2020: E15 conserva el plazo de la original.
      Row e15 = catalogo.getRow(15);
      assertEquals("E15", e15.getCell(0).getStringCellValue());
      assertEquals(
          LocalDate.of(2020, 3, 12),
          e15.getCell(encabezados.indexOf("Coahuila 2020"))
              .getLocalDateTimeCellValue()
              .toLocalDate());
    }
  }

  @Test
  void dosProcesosDeUnaEntidadConLosMismosAniosSeDistinguenEnElCatalogo() {
    ProcesoElectoral ordinario = demo.proceso("Coahuila", "2021");
    ProcesoElectoral extraordinario =
        new ProcesoElectoral(
            ordinario.getEntidad(),
            "Proceso Electoral Local Extraordinario 2021",
            LocalDate.of(2021, 11, 7),
            null,
            null,
            null,
            null,
            null);

    assertEquals(
        List.of(
            "Código",
            "Nombre",
            "Regla del plazo",
            "Punto (Lineamientos 2022)",
            "Punto (Lineamientos anteriores)",
            "Coahuila 2021",
            "Coahuila Proceso Electoral Local Extraordinario 2021"),
        CatalogoWriter.columnas(List.of(ordinario, extraordinario)).columnas().stream()
            .map(ColumnaExportada::encabezado)
            .toList());
  }

  @Test
  void unaExportacionVaciaTieneTodasLasHojasYNoImportaNada() throws IOException {
    Path archivo =
        exportar(
            new ContenidoExportacion(
                REFERENCIA,
                new Alcance("Durango", null, YearMonth.of(2021, 10)),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));

    try (XSSFWorkbook libro = abrir(archivo)) {
      assertEquals(
          PESTANAS,
          IntStream.range(0, libro.getNumberOfSheets()).mapToObj(libro::getSheetName).toList());
      assertEquals(
          "Seguimiento PREP · estado al 15/12/2020 · Durango · registros de octubre de 2021",
          libro.getSheet("Resumen").getRow(0).getCell(0).getStringCellValue());
      assertTrue(libro.getSheet("Resumen").getDrawingPatriarch() == null, "Sin datos, sin gráfica");
      assertEquals(
          List.of("Entidad", "Proceso", "Número"),
          textos(libro.getSheet("Oficios").getRow(0)).subList(0, 3));
    }
    LecturaLibro leida = Demostracion.traductor().leerXlsx(archivo);
    assertEquals(List.of(), leida.errores());
    assertEquals(List.of(), leida.comandos());
    assertEquals(2, leida.avisos().size(), "Solo los de Resumen y Catálogo");
  }

  @Test
  void lasColumnasDeUnaHojaImportableSeComparanConLasDeLaLectura() {
    IllegalStateException fueraDeOrden =
        assertThrows(
            IllegalStateException.class,
            () -> ColumnasDeHoja.<Oficio>de(Hoja.OFICIOS).texto("Número", Oficio::getNumero));
    assertEquals(
        "La columna 1 de la hoja Oficios es «Entidad», no «Número».", fueraDeOrden.getMessage());
    IllegalStateException incompleta =
        assertThrows(
            IllegalStateException.class,
            () ->
                ColumnasDeHoja.<Oficio>de(Hoja.OFICIOS)
                    .texto("Entidad", o -> o.getEntidad().getNombre())
                    .terminar());
    assertTrue(incompleta.getMessage().startsWith("Faltan columnas de la hoja Oficios: [Proceso"));
    for (ColumnasDeHoja<?> columnas :
        List.of(
            ColumnasDeRegistros.PROCESOS,
            ColumnasDeRegistros.ACUERDOS,
            ColumnasDeRegistros.OFICIOS,
            ColumnasDeRegistros.SESIONES,
            ColumnasDeRegistros.ENTREGABLES,
            ColumnasDeRegistros.COTAPREP)) {
      assertEquals(
          columnas.hoja().columnas().stream().map(Columna::nombre).toList(),
          columnas.columnas().stream().map(ColumnaExportada::encabezado).toList());
    }
  }

  @Test
  void elAlcanceSeDescribeEnEspanol() {
    assertEquals("todas las entidades", Alcance.TODO.descripcion());
    assertEquals(
        "Coahuila · proceso 2021 · registros de noviembre de 2020",
        new Alcance(" Coahuila ", "2021", YearMonth.of(2020, 11)).descripcion());
    assertEquals(
        "todas las entidades · proceso 2023-2024",
        new Alcance("", "2023-2024", null).descripcion());
  }

  @Test
  void laReglaDelPlazoSeExplica() {
    assertEquals("J-51D: jornada − 51 días", CatalogoWriter.regla(Plazo.de("J-51D")));
    assertEquals("J+1M: jornada + 1 mes", CatalogoWriter.regla(Plazo.de("J+1M")));
    assertEquals("J: el día de la jornada", CatalogoWriter.regla(Plazo.de("J")));
    assertEquals("Sin plazo fijo", CatalogoWriter.regla(Plazo.SIN_REGLA));
  }

  private static Map<String, List<String>> listas(XSSFSheet pestana, Hoja hoja) {
    return pestana.getDataValidations().stream()
        .collect(
            Collectors.toMap(
                v ->
                    hoja.columnas()
                        .get(v.getRegions().getCellRangeAddress(0).getFirstColumn())
                        .nombre(),
                v -> Arrays.asList(v.getValidationConstraint().getExplicitListValues())));
  }

  private static Columna columna(String nombre) {
    return columnaDe(Hoja.OFICIOS, nombre);
  }

  private static Columna columnaDe(Hoja hoja, String nombre) {
    return hoja.columna(nombre);
  }

  private static List<String> textos(Row fila) {
    List<String> textos = new ArrayList<>();
    for (Cell celda : fila) {
      textos.add(celda.getStringCellValue());
    }
    return textos;
  }

  private static String texto(Row fila, List<String> encabezados, String columna) {
    return Optional.ofNullable(fila.getCell(encabezados.indexOf(columna)))
        .map(Cell::getStringCellValue)
        .orElse(null);
  }

  private static double numero(Row fila, List<String> encabezados, String columna) {
    return fila.getCell(encabezados.indexOf(columna)).getNumericCellValue();
  }

  private static List<String> sinFila(List<AvisoDeRegistro> avisos) {
    return avisos.stream()
        .map(a -> a.hoja() + "|" + a.columna() + "|" + a.valor() + "|" + a.mensaje())
        .toList();
  }

  /** Los comandos sin su ubicación: las filas del TSV y del libro no tienen el mismo número. */
  private static List<Comando> sinOrigen(List<Comando> comandos) {
    return comandos.stream().map(WorkbookWriterTest::sinOrigen).toList();
  }

  private static Comando sinOrigen(Comando comando) {
    if (comando instanceof ComandoProceso p) {
      return new ComandoProceso(
          p.entidad(),
          p.proceso(),
          p.jornada(),
          p.instanciaInterna(),
          p.titularInstancia(),
          p.acuerdoDesignacion(),
          p.realizacion(),
          p.enteAuditor(),
          p.seguimientoDesde(),
          p.seguimientoHasta(),
          p.jornadaOriginal(),
          p.cambioDeJornada(),
          p.lineamientos(),
          null);
    }
    if (comando instanceof ComandoAcuerdo a) {
      return new ComandoAcuerdo(
          a.entidad(),
          a.proceso(),
          a.clave(),
          a.fecha(),
          a.organo(),
          a.sesion(),
          a.entregable(),
          a.descripcion(),
          null);
    }
    if (comando instanceof ComandoOficio o) {
      return new ComandoOficio(
          o.entidad(),
          o.proceso(),
          o.numero(),
          o.fecha(),
          o.sentido(),
          o.remitente(),
          o.destinatario(),
          o.asunto(),
          o.entregables(),
          o.enRespuestaA(),
          o.anexos(),
          o.resultado(),
          o.notas(),
          null);
    }
    if (comando instanceof ComandoSesion s) {
      return new ComandoSesion(
          s.entidad(),
          s.proceso(),
          s.organo(),
          s.tipo(),
          s.numero(),
          s.fecha(),
          s.ordenDelDia(),
          s.resultados(),
          null);
    }
    if (comando instanceof ComandoEntregable e) {
      return new ComandoEntregable(
          e.entidad(),
          e.proceso(),
          e.entregable(),
          e.periodo(),
          e.fechaLimite(),
          e.estado(),
          e.fechaEnvio(),
          e.oficioEnvio(),
          e.oficioRespuesta(),
          e.observaciones(),
          null);
    }
    ComandoIntegrante i = (ComandoIntegrante) comando;
    return new ComandoIntegrante(
        i.entidad(), i.proceso(), i.nombre(), i.institucion(), i.cargo(), i.acuerdo(), null);
  }
}
