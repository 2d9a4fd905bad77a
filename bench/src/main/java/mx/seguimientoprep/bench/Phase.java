package mx.seguimientoprep.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.xml.parsers.ParserConfigurationException;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.estado.LecturaDelEstado;
import mx.seguimientoprep.domain.estado.RegistrosEnMemoria;
import mx.seguimientoprep.domain.informe.InformeMensual;
import mx.seguimientoprep.domain.informe.RedaccionDelInforme;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.sesion.Organo;
import mx.seguimientoprep.domain.sesion.Sesion;
import mx.seguimientoprep.domain.sesion.TipoSesion;
import mx.seguimientoprep.hoja.Fila;
import mx.seguimientoprep.hoja.Hallazgo;
import mx.seguimientoprep.hoja.RowHandler;
import mx.seguimientoprep.hoja.WorkbookReader;
import mx.seguimientoprep.hoja.comando.LecturaLibro;
import mx.seguimientoprep.hoja.comando.WorkbookTranslator;
import mx.seguimientoprep.hoja.exportacion.Alcance;
import mx.seguimientoprep.hoja.exportacion.ContenidoExportacion;
import mx.seguimientoprep.hoja.exportacion.WorkbookWriter;
import mx.seguimientoprep.informe.InformeWriter;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Lo que se mide, una cosa por fase: tres formas de leer el libro además del lector del proyecto, y
 * dos formas de escribir los oficios. Cada fase devuelve lo que su resultado conserva en memoria
 * (para medir lo que queda vivo) y una línea que dice qué hizo.
 */
enum Phase {

  /** El piso de la lectura: POI recorre cada celda y no se hace nada con ella. */
  SAX_FLOOR("SAX desnudo de POI (piso)") {
    @Override
    Outcome run(Path archivo, int filas, ReferenceData referencia) throws Exception {
      ContadorDeCeldas contador = new ContadorDeCeldas();
      try (OPCPackage paquete = OPCPackage.open(archivo.toFile(), PackageAccess.READ)) {
        recorrer(paquete, contador);
      }
      return new Outcome(null, "%,d celdas".formatted(contador.celdas));
    }
  },

  /** El lector del proyecto hasta las filas: encabezados, sinónimos, celdas tipadas. */
  PROJECT_ROWS("WorkbookReader: filas, sin traducir") {
    @Override
    Outcome run(Path archivo, int filas, ReferenceData referencia) {
      ContadorDeFilas contador = new ContadorDeFilas();
      new WorkbookReader().leer(archivo, contador);
      return new Outcome(
          null,
          "%,d filas, %d errores, %d advertencias"
              .formatted(contador.filas, contador.errores, contador.advertencias));
    }
  },

  /**
   * El lector del proyecto como lo usa la importación: cada fila traducida y validada a un comando
   * del dominio; los comandos se conservan, porque la importación los aplica todos juntos.
   */
  PROJECT_COMMANDS("WorkbookReader + traducción a comandos") {
    @Override
    Outcome run(Path archivo, int filas, ReferenceData referencia) {
      LecturaLibro lectura = new WorkbookTranslator(referencia.resolutor()).leerXlsx(archivo);
      String detalle =
          "%,d comandos, %d errores, %d avisos"
              .formatted(
                  lectura.comandos().size(), lectura.errores().size(), lectura.avisos().size());
      if (lectura.conErrores()) {
        detalle += "; primer error: " + lectura.errores().get(0);
      }
      return new Outcome(lectura, detalle);
    }
  },

  /**
   * El mismo lector y la misma traducción y validación, con cada comando entregado a quien lo pide
   * sin conservarlo: lo que cuesta el lector por sí mismo, sin la lista de comandos que la
   * importación guarda para aplicarlos juntos.
   */
  PROJECT_COMMANDS_STREAMED("WorkbookReader + traducción, sin conservar") {
    @Override
    Outcome run(Path archivo, int filas, ReferenceData referencia) {
      long[] comandos = {0};
      LecturaLibro lectura =
          new WorkbookTranslator(referencia.resolutor()).leerXlsx(archivo, c -> comandos[0]++);
      String detalle =
          "%,d comandos, %d errores, %d avisos"
              .formatted(comandos[0], lectura.errores().size(), lectura.avisos().size());
      return new Outcome(null, detalle);
    }
  },

  /** Lo que hace casi todo el código: cargar el libro entero y recorrer sus celdas. */
  XSSF_WORKBOOK("XSSFWorkbook (carga completa)") {
    @Override
    Outcome run(Path archivo, int filas, ReferenceData referencia) throws Exception {
      DataFormatter formato = new DataFormatter();
      long celdas = 0;
      try (OPCPackage paquete = OPCPackage.open(archivo.toFile(), PackageAccess.READ);
          XSSFWorkbook libro = new XSSFWorkbook(paquete)) {
        for (Sheet hoja : libro) {
          for (Row fila : hoja) {
            for (Cell celda : fila) {
              if (formato.formatCellValue(celda) != null) {
                celdas++;
              }
            }
          }
        }
      }
      return new Outcome(null, "%,d celdas".formatted(celdas));
    }
  },

  /** El piso de la escritura: las mismas celdas de los oficios con SXSSF, sin estilo alguno. */
  SXSSF_FLOOR("SXSSF desnudo (piso)") {
    @Override
    Outcome run(Path archivo, int filas, ReferenceData referencia) throws IOException {
      try (SXSSFWorkbook libro = new SXSSFWorkbook(null, WorkbookWriter.VENTANA, false, false);
          OutputStream salida = Files.newOutputStream(archivo)) {
        Sheet hoja = libro.createSheet("Oficios");
        Row encabezado = hoja.createRow(0);
        for (int i = 0; i < ENCABEZADOS_OFICIOS.size(); i++) {
          encabezado.createCell(i).setCellValue(ENCABEZADOS_OFICIOS.get(i));
        }
        int numero = 1;
        for (Oficio o : oficios(referencia, filas)) {
          Row fila = hoja.createRow(numero++);
          texto(fila, 0, o.getEntidad().getNombre());
          texto(fila, 1, o.getProceso().getNombre());
          texto(fila, 2, o.getNumero().toString());
          fila.createCell(3).setCellValue(o.getFecha());
          texto(fila, 4, o.getSentido().etiqueta());
          texto(fila, 5, o.getRemitente());
          texto(fila, 6, o.getDestinatario());
          texto(fila, 7, o.getAsunto());
          texto(fila, 8, String.join(",", o.getEntregables()));
          texto(
              fila,
              9,
              o.getEnRespuestaA().isEmpty()
                  ? null
                  : String.join(", ", o.getEnRespuestaA().stream().map(n -> n.valor()).toList()));
          texto(fila, 10, o.getResultado() == null ? null : o.getResultado().etiqueta());
          texto(fila, 11, o.getNotas());
        }
        libro.write(salida);
      }
      return new Outcome(null, "%,d filas, %s".formatted(filas, tamano(archivo)));
    }
  },

  /**
   * La exportación del proyecto con los mismos oficios: además, {@code Resumen} de los 32 procesos,
   * {@code Procesos}, {@code Catálogo}, estilos, anchos, filtro y listas desplegables.
   */
  WORKBOOK_WRITER("WorkbookWriter del proyecto") {
    @Override
    Outcome run(Path archivo, int filas, ReferenceData referencia) throws IOException {
      List<ProcesoElectoral> procesos = procesos(referencia);
      // Los 32 procesos, sin registros: su estado, por el caso de uso de lectura del dominio.
      List<EstadoPrep> estados =
          new LecturaDelEstado(
                  new RegistrosEnMemoria(
                      procesos.stream()
                          .map(
                              p ->
                                  new Expediente(
                                      p, List.of(), List.of(), List.of(), List.of(), List.of()))
                          .toList(),
                      referencia.catalogo()))
              .estadosActuales(REFERENCIA);
      ContenidoExportacion contenido =
          new ContenidoExportacion(
              REFERENCIA,
              Alcance.TODO,
              estados,
              estados,
              procesos,
              List.of(),
              oficios(referencia, filas),
              List.of(),
              List.of(),
              List.of(),
              referencia.catalogo());
      try (OutputStream salida = Files.newOutputStream(archivo)) {
        new WorkbookWriter().escribir(contenido, salida);
      }
      return new Outcome(null, "%,d filas, %s".formatted(filas, tamano(archivo)));
    }
  },

  /**
   * El informe mensual de un mes cargado: un proceso con {@value #OFICIOS_DEL_INFORME} oficios (la
   * mitad envíos al INE, la otra mitad sus respuestas) y {@value #SESIONES_DEL_INFORME} sesiones
   * con su orden del día, todo en el mismo mes; la redacción del dominio y el documento de Word en
   * la plantilla predeterminada. {@code filas} no se usa: el mes es siempre el mismo.
   */
  INFORME_MENSUAL("Informe mensual: redacción + .docx") {
    @Override
    Outcome run(Path archivo, int filas, ReferenceData referencia) throws IOException {
      ProcesoElectoral proceso = procesos(referencia).get(0);
      YearMonth mes = YearMonth.of(2024, 3);
      List<Oficio> oficios = new ArrayList<>();
      for (int i = 0; i < OFICIOS_DEL_INFORME / 2; i++) {
        LocalDate fecha = mes.atDay(1 + i % 25);
        NumeroOficio envio = new NumeroOficio("OPL/SE/%04d/2024".formatted(i + 1));
        oficios.add(
            new Oficio(
                proceso,
                envio,
                fecha,
                Sentido.ENVIADO_AL_INE,
                "Secretaría Ejecutiva",
                "UNICOM",
                "Remite el entregable del folio " + (i + 1) + " con sus anexos.",
                List.of(i % 2 == 0 ? "E05" : "E16"),
                null,
                null,
                null));
        oficios.add(
            new Oficio(
                proceso,
                new NumeroOficio("INE/UNICOM/%04d/2024".formatted(i + 1)),
                fecha.plusDays(3),
                Sentido.RECIBIDO_DEL_INE,
                "UNICOM",
                "Secretaría Ejecutiva",
                "Da respuesta al oficio " + envio.valor() + ".",
                List.of(i % 2 == 0 ? "E05" : "E16"),
                envio,
                i % 4 == 0
                    ? ResultadoRevision.CON_OBSERVACIONES
                    : ResultadoRevision.SIN_OBSERVACIONES,
                null));
      }
      List<Sesion> sesiones = new ArrayList<>();
      for (int i = 0; i < SESIONES_DEL_INFORME; i++) {
        sesiones.add(
            new Sesion(
                proceso,
                i % 2 == 0 ? Organo.COTAPREP : Organo.COMISION_PREP,
                TipoSesion.ORDINARIA,
                i + 1,
                mes.atDay(1 + i % 28),
                "1. Lista de asistencia.\n2. Lectura y, en su caso, aprobación del orden del día.\n"
                    + "3. Presentación del avance del PREP.\n4. Asuntos generales.\n5. Clausura.",
                "Se aprobó el orden del día y se presentó el avance."));
      }
      Expediente expediente =
          new Expediente(proceso, List.of(), List.of(), oficios, sesiones, List.of());
      InformeMensual informe =
          RedaccionDelInforme.redactar(expediente, referencia.catalogo(), mes, mes.atEndOfMonth());
      try (OutputStream salida = Files.newOutputStream(archivo)) {
        new InformeWriter().escribir(informe, Optional.empty(), salida);
      }
      int parrafos = informe.apartados().stream().mapToInt(a -> a.bloques().size()).sum();
      return new Outcome(
          null,
          "%,d oficios y %d sesiones, %,d bloques, %s"
              .formatted(
                  OFICIOS_DEL_INFORME,
                  SESIONES_DEL_INFORME,
                  parrafos,
                  "%.0f KB".formatted(Files.size(archivo) / 1024.0)));
    }
  };

  static final int OFICIOS_DEL_INFORME = 1_000;
  static final int SESIONES_DEL_INFORME = 100;

  /**
   * Los encabezados de la hoja Oficios (workbook.md), en su orden: el libro sintético y el piso.
   */
  static final List<String> ENCABEZADOS_OFICIOS =
      List.of(
          "Entidad",
          "Proceso",
          "Número",
          "Fecha",
          "Sentido",
          "Remitente",
          "Destinatario",
          "Asunto",
          "Entregables",
          "En respuesta a",
          "Resultado",
          "Notas");

  private static final LocalDate REFERENCIA = LocalDate.of(2024, 3, 31);

  private final String descripcion;

  Phase(String descripcion) {
    this.descripcion = descripcion;
  }

  String descripcion() {
    return descripcion;
  }

  /** Corre la fase sobre {@code archivo}: el libro que se lee, o el que se escribe. */
  abstract Outcome run(Path archivo, int filas, ReferenceData referencia) throws Exception;

  /** Lo que conserva el resultado de una fase, y qué hizo. */
  record Outcome(Object conservado, String detalle) {}

  private static List<ProcesoElectoral> procesos(ReferenceData referencia) {
    return new SyntheticWorkbook(referencia.estados()).procesos();
  }

  /** Los oficios del libro generado, creados uno por uno al recorrerlos, como de un cursor. */
  private static Iterable<Oficio> oficios(ReferenceData referencia, int filas) {
    List<Entidad> estados = referencia.estados();
    List<ProcesoElectoral> procesos = procesos(referencia);
    return () -> {
      Iterator<Oficio> oficios =
          IntStream.range(0, filas)
              .mapToObj(i -> SyntheticOficio.de(i, estados).oficio(procesos))
              .iterator();
      return oficios;
    };
  }

  private static void texto(Row fila, int columna, String valor) {
    if (valor != null && !valor.isEmpty()) {
      fila.createCell(columna).setCellValue(valor);
    }
  }

  private static String tamano(Path archivo) throws IOException {
    return "%.1f MB".formatted(Files.size(archivo) / (1024.0 * 1024.0));
  }

  private static void recorrer(OPCPackage paquete, SheetContentsHandler destino)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    XSSFReader lector = new XSSFReader(paquete);
    ReadOnlySharedStringsTable textos = new ReadOnlySharedStringsTable(paquete);
    StylesTable estilos = lector.getStylesTable();
    DataFormatter formato = new DataFormatter();
    Iterator<InputStream> hojas = lector.getSheetsData();
    while (hojas.hasNext()) {
      try (InputStream xml = hojas.next()) {
        var parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(estilos, null, textos, destino, formato, false));
        parser.parse(new InputSource(xml));
      }
    }
  }

  /** Un {@link SheetContentsHandler} que solo cuenta: lo mínimo que puede hacer un lector. */
  private static final class ContadorDeCeldas implements SheetContentsHandler {
    long celdas;

    @Override
    public void startRow(int fila) {}

    @Override
    public void endRow(int fila) {}

    @Override
    public void cell(String referencia, String valor, XSSFComment comentario) {
      celdas++;
    }
  }

  private static final class ContadorDeFilas implements RowHandler {
    long filas;
    long errores;
    long advertencias;

    @Override
    public void fila(Fila fila) {
      filas++;
    }

    @Override
    public void error(Hallazgo error) {
      errores++;
    }

    @Override
    public void advertencia(Hallazgo advertencia) {
      advertencias++;
    }
  }
}
