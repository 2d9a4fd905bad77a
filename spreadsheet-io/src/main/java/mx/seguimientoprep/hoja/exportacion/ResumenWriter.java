package mx.seguimientoprep.hoja.exportacion;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import mx.seguimientoprep.domain.Ficha;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.EstadoCotaprep;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.hoja.Hoja;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/**
 * La hoja {@code Resumen}: una fila por entidad y proceso con su estado calculado (días para la
 * jornada, COTAPREP, sesiones, entregables por estado, vencidos, el próximo, el último oficio) y,
 * debajo, una gráfica de entregables por estado de cada entidad.
 *
 * <p>La gráfica compara entidades, así que toma un proceso por entidad (el actual, que el contenido
 * trae marcado) y sus datos son una tabla propia bajo la principal: si la persona ordena o filtra
 * la tabla principal, la gráfica sigue diciendo lo mismo. La gráfica se dibuja en la hoja XSSF que
 * SXSSF usa de plantilla, que conserva el dibujo al escribir.
 */
final class ResumenWriter {

  /** Un estado de los entregables en la gráfica: su columna, su conteo y su color. */
  private record Serie(String encabezado, ToIntFunction<EstadoPrep> conteo, int rgb) {}

  private static final List<Serie> SERIES =
      List.of(
          new Serie("Vencidos", e -> e.conteo().vencidos(), 0xC00000),
          new Serie("Pendientes en plazo", e -> e.conteo().pendientes(), 0xFFC000),
          serie(EstadoEntregable.ENVIADO, 0x5B9BD5),
          serie(EstadoEntregable.CON_OBSERVACIONES, 0xED7D31),
          serie(EstadoEntregable.OBSERVACIONES_ATENDIDAS, 0xA9D18E),
          serie(EstadoEntregable.SIN_OBSERVACIONES, 0x548235),
          serie(EstadoEntregable.NO_APLICA, 0xA5A5A5),
          new Serie("Sin registro", e -> e.conteo().sinRegistro(), 0xD9D9D9));

  static final ColumnasDeHoja<EstadoPrep> COLUMNAS = columnas();

  private static final String TITULO_DE_LA_GRAFICA = "Entregables por estado";
  private static final int FILAS_DE_LA_GRAFICA = 22;

  /** El ancho de la gráfica, en caracteres de las columnas que cubre (unos 20 cm). */
  private static final int ANCHO_DE_LA_GRAFICA = 110;

  private static final int COLUMNAS_FIJAS = 2;

  private ResumenWriter() {}

  private static ColumnasDeHoja<EstadoPrep> columnas() {
    ColumnasDeHoja.Constructor<EstadoPrep> columnas =
        ColumnasDeHoja.<EstadoPrep>libres(Hoja.RESUMEN)
            .texto("Entidad", EstadoPrep::nombreEntidad)
            .texto("Proceso", EstadoPrep::proceso)
            .fecha("Jornada electoral", EstadoPrep::jornada)
            .entero("Días para la jornada", e -> e.diasParaJornada().orElse(null))
            .texto("Semáforo", e -> mayuscula(e.semaforo().etiqueta()))
            .texto("COTAPREP", e -> situacion(e.cotaprep()))
            .texto("Acuerdo del COTAPREP", e -> e.cotaprep().acuerdo().orElse(null))
            .entero("Integrantes del COTAPREP", e -> e.cotaprep().numeroIntegrantes())
            .fecha("Instalación del COTAPREP", e -> e.cotaprep().instalacion().orElse(null))
            .entero("Sesiones del COTAPREP", e -> e.cotaprep().sesionesCelebradas())
            .entero("Reuniones del COTAPREP", e -> e.cotaprep().reunionesCelebradas());
    for (Serie serie : SERIES) {
      columnas.entero(serie.encabezado(), e -> serie.conteo().applyAsInt(e));
    }
    return columnas
        .entero("Total de entregables", e -> e.conteo().total())
        .texto("Periodo de seguimiento", e -> e.sinRegistro().orElse(null))
        .parrafo("Entregables vencidos", ResumenWriter::vencidos)
        .texto("Próximo entregable", e -> e.proximo().map(ResumenWriter::nombre).orElse(null))
        .fecha(
            "Fecha límite del próximo",
            e -> e.proximo().map(EntregableEsperado::fechaLimite).orElse(null))
        .texto("Último oficio", e -> e.ultimoOficio().map(o -> o.numero().valor()).orElse(null))
        .fecha("Fecha del último oficio", e -> e.ultimoOficio().map(o -> o.fecha()).orElse(null))
        .fecha("Última actividad", e -> e.ultimaActividad().orElse(null))
        .terminar();
  }

  static void escribir(SXSSFWorkbook libro, Estilos estilos, ContenidoExportacion contenido) {
    SheetWriter hoja = new SheetWriter(libro, Hoja.RESUMEN.nombre(), estilos);
    hoja.titulo(
        "Seguimiento PREP · estado al "
            + Ficha.fecha(contenido.fechaReferencia())
            + " · "
            + contenido.alcance().descripcion());
    hoja.nota(
        "Los entregables que se esperan y nadie ha registrado cuentan como pendientes; lo"
            + " registrado está en las demás hojas.");
    List<EstadoPrep> estados = ordenados(contenido.estados());
    hoja.tabla(COLUMNAS, estados);
    if (!estados.isEmpty()) {
      List<EstadoPrep> porEntidad = ordenados(contenido.actuales());
      hoja.saltar(1);
      hoja.titulo(TITULO_DE_LA_GRAFICA + " del proceso actual de cada entidad");
      int filaDeEncabezados = hoja.siguienteFila();
      int primera = escribirDatosDeLaGrafica(hoja, porEntidad);
      graficar(libro, hoja, filaDeEncabezados, primera, porEntidad);
    }
    hoja.terminar(COLUMNAS_FIJAS);
  }

  /** Los datos de la gráfica, en las mismas columnas que la tabla principal; da su primera fila. */
  private static int escribirDatosDeLaGrafica(SheetWriter hoja, List<EstadoPrep> porEntidad) {
    Object[] encabezados = new Object[COLUMNAS.columnas().size()];
    encabezados[0] = "Entidad";
    encabezados[1] = "Proceso";
    for (Serie serie : SERIES) {
      encabezados[COLUMNAS.indiceDe(serie.encabezado())] = serie.encabezado();
    }
    hoja.encabezado(encabezados);
    int primera = hoja.siguienteFila();
    for (EstadoPrep estado : porEntidad) {
      Object[] valores = new Object[encabezados.length];
      valores[0] = estado.nombreEntidad();
      valores[1] = estado.proceso();
      for (Serie serie : SERIES) {
        valores[COLUMNAS.indiceDe(serie.encabezado())] = serie.conteo().applyAsInt(estado);
      }
      hoja.fila(valores);
    }
    return primera;
  }

  private static void graficar(
      SXSSFWorkbook libro,
      SheetWriter hoja,
      int filaDeEncabezados,
      int primera,
      List<EstadoPrep> porEntidad) {
    int ultima = primera + porEntidad.size() - 1;
    XSSFSheet plantilla = libro.getXSSFWorkbook().getSheet(Hoja.RESUMEN.nombre());
    XSSFDrawing dibujo = plantilla.createDrawingPatriarch();
    int hastaColumna = 0;
    for (int ancho = 0; ancho < ANCHO_DE_LA_GRAFICA; hastaColumna++) {
      ancho += hoja.ancho(hastaColumna);
    }
    int desde = ultima + 2;
    XSSFChart grafica =
        dibujo.createChart(
            dibujo.createAnchor(
                0,
                0,
                0,
                0,
                0,
                desde,
                hastaColumna,
                desde + Math.max(FILAS_DE_LA_GRAFICA, porEntidad.size() + 10)));
    grafica.setTitleText(TITULO_DE_LA_GRAFICA);
    grafica.setTitleOverlay(false);
    grafica.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

    XDDFCategoryAxis entidades = grafica.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis cuantos = grafica.createValueAxis(AxisPosition.LEFT);
    cuantos.setCrosses(AxisCrosses.AUTO_ZERO);
    cuantos.setCrossBetween(AxisCrossBetween.BETWEEN);

    XDDFBarChartData barras =
        (XDDFBarChartData) grafica.createData(ChartTypes.BAR, entidades, cuantos);
    barras.setBarDirection(BarDirection.COL);
    barras.setBarGrouping(BarGrouping.STACKED);
    apilar(grafica);
    barras.setVaryColors(false);

    XDDFCategoryDataSource categorias =
        XDDFDataSourcesFactory.fromArray(
            porEntidad.stream().map(EstadoPrep::nombreEntidad).toArray(String[]::new),
            rango(0, primera, ultima),
            0);
    for (Serie serie : SERIES) {
      int columna = COLUMNAS.indiceDe(serie.encabezado());
      Integer[] valores =
          porEntidad.stream().map(e -> serie.conteo().applyAsInt(e)).toArray(Integer[]::new);
      XDDFChartData.Series datos =
          barras.addSeries(
              categorias,
              XDDFDataSourcesFactory.fromArray(valores, rango(columna, primera, ultima), columna));
      datos.setTitle(
          serie.encabezado(),
          new CellReference(Hoja.RESUMEN.nombre(), filaDeEncabezados, columna, true, true));
      datos.setFillProperties(
          new XDDFSolidFillProperties(
              XDDFColor.from(
                  new byte[] {
                    (byte) (serie.rgb() >> 16), (byte) (serie.rgb() >> 8), (byte) serie.rgb()
                  })));
    }
    grafica.plot(barras);
  }

  /**
   * Excel apila las barras solo con {@code <c:overlap val="100"/>}. El setter de POI necesita un
   * tipo de esquema que {@code poi-ooxml-lite} no trae; el atributo se escribe directamente.
   */
  private static void apilar(XSSFChart grafica) {
    CTBarChart barras = grafica.getCTChart().getPlotArea().getBarChartArray(0);
    try (XmlCursor cursor = barras.addNewOverlap().newCursor()) {
      cursor.setAttributeText(new QName("val"), "100");
    }
  }

  /** {@code 'Resumen'!$L$30:$L$33}. */
  private static String rango(int columna, int primera, int ultima) {
    return new CellRangeAddress(primera, ultima, columna, columna)
        .formatAsString(Hoja.RESUMEN.nombre(), true);
  }

  /** Por clave de entidad y, dentro de una entidad, por jornada. */
  private static List<EstadoPrep> ordenados(List<EstadoPrep> estados) {
    return estados.stream()
        .sorted(
            Comparator.comparing((EstadoPrep e) -> e.claveEntidad().valor())
                .thenComparing(EstadoPrep::jornada, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EstadoPrep::proceso))
        .toList();
  }

  private static String situacion(EstadoCotaprep cotaprep) {
    if (cotaprep.instalacion().isPresent()) {
      return "Instalado";
    }
    return cotaprep.integrado() ? "Integrado, sin instalar" : "Sin integrar";
  }

  /** {@code E03 (2023-10), E05}. */
  private static String vencidos(EstadoPrep estado) {
    return estado.vencidos().stream()
        .map(e -> e.codigo() + (e.periodo() == null ? "" : " (" + e.periodo() + ")"))
        .collect(Collectors.joining(", "));
  }

  /** {@code E03 Informe mensual… (2023-10)}. */
  private static String nombre(EntregableEsperado entregable) {
    String nombre = entregable.nombre() == null ? "" : " " + entregable.nombre();
    return entregable.codigo()
        + nombre
        + (entregable.periodo() == null ? "" : " (" + entregable.periodo() + ")");
  }

  private static Serie serie(EstadoEntregable estado, int rgb) {
    return new Serie(estado.etiqueta(), e -> e.conteo().de(estado), rgb);
  }

  private static String mayuscula(String texto) {
    return texto.isEmpty()
        ? texto
        : texto.substring(0, 1).toUpperCase(Locale.ROOT) + texto.substring(1);
  }
}
