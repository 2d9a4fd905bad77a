package mx.seguimientoprep.hoja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReaderTest {

  @TempDir Path carpeta;

  private Recolector leer(Path archivo) {
    return leer(archivo, Limites.PREDETERMINADOS);
  }

  private static Recolector leer(Path archivo, Limites limites) {
    Recolector recolector = new Recolector();
    new WorkbookReader(limites).leer(archivo, recolector);
    return recolector;
  }

  private Path guardar(Workbook libro, String nombre) throws IOException {
    Path archivo = carpeta.resolve(nombre);
    try (OutputStream salida = Files.newOutputStream(archivo)) {
      libro.write(salida);
    }
    libro.close();
    return archivo;
  }

  /** Escribe un renglón de textos, fechas y números; {@code null} deja la celda sin crear. */
  private static Row renglon(Sheet hoja, int indice, CellStyle estiloFecha, Object... valores) {
    Row renglon = hoja.createRow(indice);
    for (int i = 0; i < valores.length; i++) {
      Object valor = valores[i];
      if (valor == null) {
        continue;
      }
      Cell celda = renglon.createCell(i);
      if (valor instanceof LocalDate fecha) {
        celda.setCellValue(fecha);
        celda.setCellStyle(estiloFecha);
      } else if (valor instanceof Number numero) {
        celda.setCellValue(numero.doubleValue());
      } else {
        celda.setCellValue(valor.toString());
      }
    }
    return renglon;
  }

  private static CellStyle estiloFecha(Workbook libro) {
    CellStyle estilo = libro.createCellStyle();
    estilo.setDataFormat(libro.createDataFormat().getFormat("dd/mm/yyyy"));
    return estilo;
  }

  /**
   * Un libro como lo llena el personal: título combinado, un renglón en blanco, encabezados en otro
   * orden y con sinónimos, una columna propia, fechas reales y escritas, y un renglón en blanco
   * entre los datos.
   */
  private Path libroDeOficios(Workbook libro, String nombre) throws IOException {
    CellStyle fecha = estiloFecha(libro);
    Sheet hoja = libro.createSheet("OFICIOS");
    renglon(hoja, 0, fecha, "Oficios de noviembre de 2020 del Instituto Electoral de Coahuila");
    hoja.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
    renglon(
        hoja,
        2,
        fecha,
        "No. de oficio",
        "ENTIDAD",
        "fecha del oficio",
        "Sentido ",
        "Asunto",
        "Control interno",
        "En  respuesta  a");
    renglon(
        hoja,
        3,
        fecha,
        "IEC/SE/1766/2020",
        "Coahuila",
        LocalDate.of(2020, 11, 3),
        "Enviado al INE",
        "Remite el acuerdo de integración del COTAPREP",
        "CI-7",
        null);
    renglon(
        hoja,
        5,
        fecha,
        "INE/UNICOM/3231/2020",
        "Coahuila",
        "10/11/2020",
        "Recibido del INE",
        "Informa que no hay observaciones",
        null,
        "IEC/SE/1792/2020");
    return guardar(libro, nombre);
  }

  private static void assertOficiosLeidos(Recolector leido) {
    assertEquals("", Recolector.comoTexto(leido.errores));
    assertEquals(
        "Hoja «Oficios», fila 3, columna «Control interno»: La columna «Control interno» (F) no es"
            + " una columna de la hoja «Oficios»; se ignora.",
        Recolector.comoTexto(leido.advertencias));
    assertEquals(List.of(4, 6), leido.filas.stream().map(Fila::numero).toList());
    Fila primera = leido.fila(Hoja.OFICIOS, 4);
    assertEquals("IEC/SE/1766/2020", primera.texto("Número"));
    assertEquals(new Celda.Fecha(LocalDate.of(2020, 11, 3)), primera.celda("Fecha").orElseThrow());
    assertEquals("03/11/2020", primera.texto("Fecha"));
    assertFalse(primera.tiene("En respuesta a"));
    Fila segunda = leido.fila(Hoja.OFICIOS, 6);
    assertEquals(new Celda.Texto("10/11/2020"), segunda.celda("Fecha").orElseThrow());
    assertEquals("IEC/SE/1792/2020", segunda.texto("En respuesta a"));
    assertEquals(
        List.of("Número", "Entidad", "Fecha", "Sentido", "Asunto"),
        List.copyOf(primera.valores().keySet()));
  }

  @Test
  void unLibroConTituloEncabezadosEnDesordenYSinonimosConTextosCompartidos() throws IOException {
    assertOficiosLeidos(leer(libroDeOficios(new XSSFWorkbook(), "compartidos.xlsx")));
  }

  @Test
  void unLibroConTextosEnLinea() throws IOException {
    Path archivo = libroDeOficios(new SXSSFWorkbook(), "en-linea.xlsx");
    try (var zip = new java.util.zip.ZipFile(archivo.toFile())) {
      String xml =
          new String(
              zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertTrue(xml.contains("t=\"inlineStr\""), "SXSSF escribe textos en línea");
    }

    assertOficiosLeidos(leer(archivo));
  }

  @Test
  void lasFormulasSeLeenPorSuValorGuardado() throws IOException {
    XSSFWorkbook libro = new XSSFWorkbook();
    CellStyle fecha = estiloFecha(libro);
    Sheet hoja = libro.createSheet("Sesiones");
    renglon(hoja, 0, fecha, "Entidad", "Órgano", "Tipo", "Número", "Fecha", "Resultados");
    Row renglon = renglon(hoja, 1, fecha, "Aguascalientes", "COTAPREP", "Ordinaria");
    renglon.createCell(3).setCellFormula("2+3");
    Cell dia = renglon.createCell(4);
    dia.setCellFormula("DATE(2023,11,27)");
    dia.setCellStyle(fecha);
    renglon.createCell(5).setCellFormula("CONCATENATE(\"Se aprobó \",\"el PTO\")");
    Row conError = renglon(hoja, 2, fecha, "Aguascalientes", "COTAPREP", "Ordinaria");
    conError.createCell(3).setCellFormula("1/0");
    libro.getCreationHelper().createFormulaEvaluator().evaluateAll();

    Recolector leido = leer(guardar(libro, "formulas.xlsx"));

    Fila fila = leido.fila(Hoja.SESIONES, 2);
    assertEquals(new Celda.Numero(5, "5"), fila.celda("Número").orElseThrow());
    assertEquals(new Celda.Fecha(LocalDate.of(2023, 11, 27)), fila.celda("Fecha").orElseThrow());
    assertEquals("Se aprobó el PTO", fila.texto("Resultados"));
    assertEquals(
        List.of(
            new Hallazgo(
                "Sesiones",
                3,
                "Número",
                "#DIV/0!",
                "La fórmula de esta celda da el"
                    + " error #DIV/0!; escribe el valor en su lugar.")),
        leido.errores);
  }

  @Test
  void losNumerosLleganComoLosMuestraExcel() throws IOException {
    XSSFWorkbook libro = new XSSFWorkbook();
    CellStyle dosCifras = libro.createCellStyle();
    dosCifras.setDataFormat(libro.createDataFormat().getFormat("00"));
    Sheet hoja = libro.createSheet("Procesos");
    renglon(hoja, 0, null, "Entidad", "Proceso");
    Row renglon = renglon(hoja, 1, null, 5, 2020);
    renglon.getCell(0).setCellStyle(dosCifras);

    Fila fila = leer(guardar(libro, "numeros.xlsx")).fila(Hoja.PROCESOS, 2);

    assertEquals(new Celda.Numero(5, "05"), fila.celda("Entidad").orElseThrow());
    assertEquals(new Celda.Numero(2020, "2020"), fila.celda("Proceso").orElseThrow());
  }

  @Test
  void lasFechasDelSistema1904() throws IOException {
    XSSFWorkbook libro = new XSSFWorkbook();
    libro.getCTWorkbook().getWorkbookPr().setDate1904(true);
    CellStyle fecha = estiloFecha(libro);
    Sheet hoja = libro.createSheet("Oficios");
    renglon(hoja, 0, fecha, "Entidad", "Número", "Fecha", "Sentido", "Asunto");
    renglon(hoja, 1, fecha, "05", "IEC/SE/1766/2020", LocalDate.of(2020, 11, 3), "Interno", "A");

    Fila fila = leer(guardar(libro, "1904.xlsx")).fila(Hoja.OFICIOS, 2);

    assertEquals(new Celda.Fecha(LocalDate.of(2020, 11, 3)), fila.celda("Fecha").orElseThrow());
  }

  @Test
  void losTextosQueEmpiezanConSignosSonSoloTexto() throws IOException {
    XSSFWorkbook libro = new XSSFWorkbook();
    Sheet hoja = libro.createSheet("Oficios");
    renglon(
        hoja,
        0,
        null,
        "Número",
        "Asunto",
        "Remitente",
        "Destinatario",
        "Notas",
        "Entidad",
        "Fecha",
        "Sentido");
    renglon(
        hoja, 1, null, "-IEC/1", "=HYPERLINK(\"http://x\")", "+52 55 1234", "@unicom", "\tnota");

    Fila fila = leer(guardar(libro, "signos.xlsx")).fila(Hoja.OFICIOS, 2);

    assertEquals(new Celda.Texto("-IEC/1"), fila.celda("Número").orElseThrow());
    assertEquals(new Celda.Texto("=HYPERLINK(\"http://x\")"), fila.celda("Asunto").orElseThrow());
    assertEquals(new Celda.Texto("+52 55 1234"), fila.celda("Remitente").orElseThrow());
    assertEquals(new Celda.Texto("@unicom"), fila.celda("Destinatario").orElseThrow());
    assertEquals(new Celda.Texto("\tnota"), fila.celda("Notas").orElseThrow());
  }

  @Test
  void lasHojasQueNoSeImportanSeAvisan() throws IOException {
    XSSFWorkbook libro = new XSSFWorkbook();
    for (String pestana : List.of("Resumen", "Procesos", "Ofcios", "Notas", "Catalogo")) {
      renglon(libro.createSheet(pestana), 0, null, "Entidad", "Proceso");
    }

    Recolector leido = leer(guardar(libro, "hojas.xlsx"));

    assertEquals(
        String.join(
            "\n",
            "Hoja «Resumen»: La hoja «Resumen» solo se exporta; al importar se ignora.",
            "Hoja «Ofcios»: La hoja «Ofcios» no es una hoja del libro de seguimiento; se ignora."
                + " ¿Quisiste decir «Oficios»?",
            "Hoja «Notas»: La hoja «Notas» no es una hoja del libro de seguimiento; se ignora.",
            "Hoja «Catálogo»: La hoja «Catalogo» solo se exporta; al importar se ignora."),
        Recolector.comoTexto(leido.advertencias));
    assertEquals("", Recolector.comoTexto(leido.errores));
  }

  @Test
  void losProblemasDeEncabezadoSeUbican() throws IOException {
    XSSFWorkbook libro = new XSSFWorkbook();
    Sheet oficios = libro.createSheet("Oficios");
    renglon(oficios, 1, null, "Entidad", "Numero de ofico", "Fecha", "Asunto", null, "Fecha");
    renglon(oficios, 2, null, "Coahuila", "IEC/1", "03/11/2020", "A", "dato suelto", "04/11/2020");
    Sheet sesiones = libro.createSheet("Sesiones");
    for (int i = 0; i < 11; i++) {
      renglon(sesiones, i, null, "Informe de sesiones, renglón " + (i + 1));
    }
    renglon(sesiones, 11, null, "Entidad", "Órgano", "Tipo", "Fecha");
    libro.createSheet("COTAPREP");

    Recolector leido = leer(guardar(libro, "encabezados.xlsx"));

    assertEquals(
        String.join(
            "\n",
            "Hoja «Oficios», fila 2, columna «Número»: Falta la columna obligatoria «Número» en la"
                + " hoja «Oficios»; sus filas no se leyeron.",
            "Hoja «Oficios», fila 2, columna «Sentido»: Falta la columna obligatoria «Sentido» en"
                + " la hoja «Oficios»; sus filas no se leyeron.",
            "Hoja «Sesiones»: No se encontró el renglón de encabezados de la hoja «Sesiones» en"
                + " sus primeras 10 filas: debe tener al menos dos de sus columnas (Entidad,"
                + " Proceso, Órgano, Tipo, Número, Fecha, Orden del día, Resultados)."),
        Recolector.comoTexto(leido.errores));
    assertEquals(
        String.join(
            "\n",
            "Hoja «Oficios», fila 2, columna «Numero de ofico»: La columna «Numero de ofico» (B)"
                + " no es una columna de la hoja «Oficios»; se ignora. ¿Quisiste decir «Número»?",
            "Hoja «Oficios», fila 2, columna «Fecha»: La columna «Fecha» (F) repite la columna"
                + " «Fecha» (C); se usa la primera.",
            "Hoja «COTAPREP»: La hoja «COTAPREP» está vacía."),
        Recolector.comoTexto(leido.advertencias));
    assertTrue(leido.filas.isEmpty());
  }

  @Test
  void unaColumnaConDatosSinEncabezadoSeAvisa() throws IOException {
    XSSFWorkbook libro = new XSSFWorkbook();
    Sheet hoja = libro.createSheet("COTAPREP");
    renglon(hoja, 0, null, "Entidad", "Nombre");
    renglon(hoja, 1, null, "Aguascalientes", "Gabriel Purón Cid", null, "dato suelto");

    Recolector leido = leer(guardar(libro, "sin-encabezado.xlsx"));

    assertEquals(
        "Hoja «COTAPREP», fila 1: La columna D tiene datos pero no tiene encabezado; sus valores"
            + " se ignoran.",
        Recolector.comoTexto(leido.advertencias));
    assertEquals(1, leido.filas.size());
  }

  @Test
  void unaFilaSoloConDatosEnColumnasDesconocidasNoSeProcesa() throws IOException {
    XSSFWorkbook libro = new XSSFWorkbook();
    Sheet hoja = libro.createSheet("COTAPREP");
    renglon(hoja, 0, null, "Entidad", "Nombre", "Teléfono");
    renglon(hoja, 1, null, "  ", null, "449 000 0000");
    renglon(hoja, 2, null, "Aguascalientes", "Alexis Reyes Gómez");

    Recolector leido = leer(guardar(libro, "desconocidas.xlsx"));

    assertEquals(List.of(3), leido.filas.stream().map(Fila::numero).toList());
  }

  @Test
  void demasiadasFilasDetienenLaLectura() throws IOException {
    XSSFWorkbook libro = new XSSFWorkbook();
    Sheet hoja = libro.createSheet("COTAPREP");
    renglon(hoja, 0, null, "Entidad", "Nombre");
    for (int i = 1; i <= 5; i++) {
      renglon(hoja, i, null, "Aguascalientes", "Integrante " + i);
    }

    Recolector leido = leer(guardar(libro, "filas.xlsx"), new Limites(3, 100));

    assertEquals(
        "Hoja «COTAPREP», fila 5: La hoja «COTAPREP» tiene más de 3 filas con datos, el máximo"
            + " que se acepta; divide el libro en varios.",
        Recolector.comoTexto(leido.errores));
    assertEquals(3, leido.filas.size());
  }

  @Test
  void unTextoDemasiadoLargoSeRechazaEnSuCelda() throws IOException {
    XSSFWorkbook libro = new XSSFWorkbook();
    Sheet hoja = libro.createSheet("COTAPREP");
    renglon(hoja, 0, null, "Entidad", "Nombre", "Institución");
    renglon(hoja, 1, null, "Aguascalientes", "Gabriel Purón Cid", "x".repeat(250));

    Recolector leido = leer(guardar(libro, "largo.xlsx"), new Limites(10, 200));

    Hallazgo error = leido.errores.get(0);
    assertEquals("COTAPREP", error.hoja());
    assertEquals(2, error.fila());
    assertEquals("Institución", error.columna());
    assertEquals("x".repeat(200) + "…", error.valor());
    assertEquals("El texto tiene 250 caracteres; una celda admite a lo más 200.", error.mensaje());
    assertFalse(leido.fila(Hoja.COTAPREP, 2).tiene("Institución"));
  }

  @Test
  void unLibroHechoAManoSinEstilosYConCeldasSinReferencia() throws IOException {
    Path archivo =
        LibroAMano.escribir(
            carpeta.resolve("a-mano.xlsx"),
            "Entregables",
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>Estado</t></is></c></row>"
                + "<row><c t=\"s\"><v>2</v></c><c t=\"inlineStr\"><is><r><t>E0</t></r>"
                + "<r><t>3</t></r></is></c><c t=\"inlineStr\"><is><t>Enviado</t></is></c>"
                + "<c r=\"E2\"><v>7</v></c></row>"
                + "<row r=\"4\"><c r=\"C4\" t=\"str\"><f>\"Pen\"&amp;\"diente\"</f>"
                + "<v>Pendiente</v></c><c r=\"A4\" t=\"e\"><v>#N/A</v></c></row>",
            "<si><t>Entidad</t></si><si><t>Entregable</t></si><si><t>Durango</t></si>");

    Recolector leido = leer(archivo);

    Fila fila = leido.fila(Hoja.ENTREGABLES, 2);
    assertEquals(
        Map.of("Entidad", "Durango", "Entregable", "E03", "Estado", "Enviado"),
        Map.of(
            "Entidad", fila.texto("Entidad"),
            "Entregable", fila.texto("Entregable"),
            "Estado", fila.texto("Estado")));
    assertEquals("Pendiente", leido.fila(Hoja.ENTREGABLES, 4).texto("Estado"));
    assertEquals(
        "Hoja «Entregables», fila 4, columna «Entidad»: La fórmula de esta celda da el error"
            + " #N/A; escribe el valor en su lugar.",
        Recolector.comoTexto(leido.errores));
    assertEquals(
        "Hoja «Entregables», fila 1: La columna E tiene datos pero no tiene encabezado; sus"
            + " valores se ignoran.",
        Recolector.comoTexto(leido.advertencias));
  }

  @Test
  void unXlsSePideGuardarComoXlsx() throws IOException {
    HSSFWorkbook libro = new HSSFWorkbook();
    renglon(libro.createSheet("Oficios"), 0, null, "Número", "Fecha");

    Recolector leido = leer(guardar(libro, "viejo.xlsx"));

    assertEquals(
        "Libro: El archivo es un libro de Excel 97-2003 (.xls). Ábrelo en Excel y guárdalo como"
            + " «Libro de Excel (.xlsx)» para importarlo.",
        Recolector.comoTexto(leido.errores));
  }

  @Test
  void unLibroConContrasenaPideQuitarla() throws Exception {
    XSSFWorkbook libro = new XSSFWorkbook();
    renglon(libro.createSheet("Oficios"), 0, null, "Número", "Fecha");
    Path claro = guardar(libro, "claro.xlsx");
    Path cifrado = carpeta.resolve("cifrado.xlsx");
    try (POIFSFileSystem contenedor = new POIFSFileSystem()) {
      Encryptor cifrador = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      cifrador.confirmPassword("secreto");
      try (OutputStream salida = cifrador.getDataStream(contenedor)) {
        Files.copy(claro, salida);
      }
      try (OutputStream salida = Files.newOutputStream(cifrado)) {
        contenedor.writeFilesystem(salida);
      }
    }

    assertEquals(List.of(WorkbookReader.CON_CONTRASENA), mensajes(leer(cifrado).errores));
  }

  @Test
  void unArchivoVacio() throws IOException {
    Path vacio = Files.createFile(carpeta.resolve("vacio.xlsx"));

    assertEquals("Libro: El archivo está vacío.", Recolector.comoTexto(leer(vacio).errores));
  }

  @Test
  void unArchivoQueNoEsUnLibro() throws IOException {
    Path basura = carpeta.resolve("basura.xlsx");
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    Files.write(basura, bytes);
    Path csv =
        Files.writeString(carpeta.resolve("oficios.xlsx"), "Número,Fecha\nIEC/1,03/11/2020\n");

    assertEquals(List.of(WorkbookReader.NO_ES_XLSX), mensajes(leer(basura).errores));
    assertEquals(List.of(WorkbookReader.NO_ES_XLSX), mensajes(leer(csv).errores));
  }

  @Test
  void unaHojaOpenDocumentPideGuardarComoXlsx() throws IOException {
    Path ods = carpeta.resolve("libreoffice.xlsx");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
      for (String parte : List.of("mimetype", "settings.xml", "content.xml")) {
        zip.putNextEntry(new java.util.zip.ZipEntry(parte));
        zip.write(
            (parte.equals("mimetype") ? "application/vnd.oasis.opendocument.spreadsheet" : "<x/>")
                .getBytes(StandardCharsets.UTF_8));
      }
    }

    assertEquals(List.of(WorkbookReader.ES_ODS), mensajes(leer(ods).errores));
  }

  @Test
  void unLibroDanado() throws IOException {
    XSSFWorkbook libro = new XSSFWorkbook();
    renglon(libro.createSheet("Oficios"), 0, null, "Número", "Fecha");
    byte[] completo = Files.readAllBytes(guardar(libro, "completo.xlsx"));
    Path truncado =
        Files.write(carpeta.resolve("truncado.xlsx"), Arrays.copyOf(completo, completo.length / 2));
    Path zipCualquiera = carpeta.resolve("otro.xlsx");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(zipCualquiera))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("foto.txt"));
      zip.write("no soy un libro".getBytes(StandardCharsets.UTF_8));
    }

    assertEquals(List.of(WorkbookReader.DANADO), mensajes(leer(truncado).errores));
    assertEquals(List.of(WorkbookReader.DANADO), mensajes(leer(zipCualquiera).errores));
  }

  /**
   * Los textos compartidos los lee la tabla propia del proyecto (no la de POI, basada en XmlBeans):
   * los tramos de un texto enriquecido se unen, una guía fonética no es parte del valor y los
   * caracteres que OOXML escapa como {@code _xHHHH_} vuelven a ser ellos mismos.
   */
  @Test
  void losTextosCompartidosConFormatoFoneticaYCaracteresEscapados() throws IOException {
    Path archivo =
        LibroAMano.escribir(
            carpeta.resolve("textos.xlsx"),
            "COTAPREP",
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\" t=\"s\"><v>4</v></c>"
                + "<c r=\"C2\" t=\"s\"><v>5</v></c></row>",
            "<si><t>Entidad</t></si><si><t>Institución</t></si><si><t>Nombre</t></si>"
                + "<si><r><rPr><b/></rPr><t>Dur</t></r><r><t>ango</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>ドゥランゴ</t></rPh></si>"
                + "<si><t xml:space=\"preserve\"> IEPC/SE/0001/2021 </t></si>"
                + "<si><t>Primera línea_x000D__x000A_segunda línea, 50_x0025_ sin _xZZZZ_</t></si>");

    Recolector leido = leer(archivo);

    Fila fila = leido.fila(Hoja.COTAPREP, 2);
    assertEquals("Durango", fila.texto("Entidad"));
    assertEquals(" IEPC/SE/0001/2021 ", fila.texto("Institución"));
    assertEquals("Primera línea\r\nsegunda línea, 50% sin _xZZZZ_", fila.texto("Nombre"));
  }

  @Test
  void unaBombaDeCompresionLaRechazaLaProteccionDePoi() throws IOException {
    Path bomba =
        LibroAMano.escribir(
            carpeta.resolve("bomba.xlsx"),
            "Oficios",
            salida -> {
              salida.write(LibroAMano.HOJA_XML_INICIO.getBytes(StandardCharsets.UTF_8));
              byte[] espacios = new byte[1 << 20];
              Arrays.fill(espacios, (byte) ' ');
              for (int i = 0; i < 50; i++) {
                salida.write(espacios);
              }
              salida.write(LibroAMano.HOJA_XML_FIN.getBytes(StandardCharsets.UTF_8));
            },
            null);
    assertTrue(Files.size(bomba) < 1_000_000, "50 MB comprimidos en menos de 1 MB");

    Recolector leido = leer(bomba);

    assertEquals(
        "Libro: El archivo se rechazó por seguridad: su contenido comprimido se expande de forma"
            + " desproporcionada (posible bomba de compresión).",
        Recolector.comoTexto(leido.errores));
    assertTrue(leido.filas.isEmpty());
  }

  /** Los límites predeterminados con los que la prueba cambia. */
  private static Limites limites(
      int celdasPorFila, long caracteresPorHoja, int textos, long caracteresCompartidos) {
    Limites base = Limites.PREDETERMINADOS;
    return new Limites(
        base.filasPorHoja(),
        base.caracteresPorCelda(),
        base.caracteresPorTexto(),
        celdasPorFila,
        caracteresPorHoja,
        textos,
        caracteresCompartidos,
        base.bytesPorParte());
  }

  /** Letras al azar (con semilla fija): se comprimen poco, como un texto de verdad. */
  private static void letras(OutputStream salida, long cuantas) throws IOException {
    Random azar = new Random(7);
    byte[] bloque = new byte[1 << 16];
    for (long escritas = 0; escritas < cuantas; escritas += bloque.length) {
      for (int i = 0; i < bloque.length; i++) {
        bloque[i] = (byte) ('a' + azar.nextInt(16));
      }
      salida.write(bloque, 0, (int) Math.min(bloque.length, cuantas - escritas));
    }
  }

  private static final String ENCABEZADO_CON_TEXTO =
      LibroAMano.HOJA_XML_INICIO
          + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
          + LibroAMano.HOJA_XML_FIN;

  @Test
  void unTextoCompartidoDescomunalDetieneLaLecturaSinGuardarlo() throws IOException {
    Path archivo =
        LibroAMano.escribirConTextos(
            carpeta.resolve("texto-enorme.xlsx"),
            "Oficios",
            salida -> salida.write(ENCABEZADO_CON_TEXTO.getBytes(StandardCharsets.UTF_8)),
            salida -> {
              salida.write("<si><t>".getBytes(StandardCharsets.UTF_8));
              letras(salida, 3_000_000);
              salida.write("</t></si>".getBytes(StandardCharsets.UTF_8));
            });

    Recolector leido = leer(archivo);

    assertEquals(
        "Libro: La tabla de textos compartidos del libro tiene un texto de más de 1,048,576"
            + " caracteres (una celda de Excel admite 32,767); no se leyó el libro.",
        Recolector.comoTexto(leido.errores));
    assertTrue(leido.filas.isEmpty());
  }

  @Test
  void losTextosCompartidosTienenLimiteDeCuantosYDeCaracteres() throws IOException {
    Path archivo =
        LibroAMano.escribir(
            carpeta.resolve("textos-de-mas.xlsx"),
            "COTAPREP",
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
            "<si><t>Entidad</t></si><si><t>Nombre</t></si><si><t>Institución</t></si>");

    assertEquals(
        "Libro: La tabla de textos compartidos del libro tiene más de 2 textos distintos; no se"
            + " leyó el libro.",
        Recolector.comoTexto(leer(archivo, limites(256, 1_000, 2, 1_000)).errores));
    assertEquals(
        "Libro: La tabla de textos compartidos del libro tiene más de 15 caracteres, el máximo"
            + " que se acepta; divide el libro en varios; no se leyó el libro.",
        Recolector.comoTexto(leer(archivo, limites(256, 1_000, 10, 15)).errores));
  }

  @Test
  void unaCeldaEnLineaDescomunalDetieneLaLectura() throws IOException {
    Path archivo =
        LibroAMano.escribir(
            carpeta.resolve("celda-enorme.xlsx"),
            "Oficios",
            salida -> {
              salida.write(
                  (LibroAMano.HOJA_XML_INICIO
                          + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Número</t></is></c>"
                          + "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>")
                      .getBytes(StandardCharsets.UTF_8));
              letras(salida, 3_000_000);
              salida.write(
                  ("</t></is></c></row>" + LibroAMano.HOJA_XML_FIN)
                      .getBytes(StandardCharsets.UTF_8));
            },
            null);

    assertEquals(
        "Hoja «Oficios», fila 2: Una celda tiene más de 1,048,576 caracteres (Excel admite"
            + " 32,767); no se leyó el libro.",
        Recolector.comoTexto(leer(archivo).errores));
  }

  @Test
  void unaFilaConDemasiadasCeldasYUnaHojaConDemasiadoTextoDetienenLaLectura() throws IOException {
    StringBuilder fila = new StringBuilder("<row r=\"3\">");
    for (int i = 0; i < 6; i++) {
      fila.append("<c t=\"inlineStr\"><is><t>celda ").append(i).append("</t></is></c>");
    }
    Path archivo =
        LibroAMano.escribir(
            carpeta.resolve("fila-ancha.xlsx"),
            "COTAPREP",
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Entidad</t></is></c></row>"
                + fila
                + "</row>",
            null);

    assertEquals(
        "Hoja «COTAPREP», fila 3: La fila tiene más de 5 celdas; la hoja «COTAPREP» tiene una"
            + " docena de columnas. Borra las celdas de más.",
        Recolector.comoTexto(leer(archivo, limites(5, 1_000, 10, 1_000)).errores));
    assertEquals(
        "Hoja «COTAPREP»: La hoja «COTAPREP» tiene más de 20 caracteres en sus celdas, el máximo"
            + " que se acepta; divide el libro en varios.",
        Recolector.comoTexto(leer(archivo, limites(256, 20, 10, 1_000)).errores));
  }

  @Test
  void unaEntidadExternaSeRechazaSinLeerNada() throws IOException {
    Path secreto = Files.writeString(carpeta.resolve("secreto.txt"), "contraseña-del-servidor");
    Path archivo =
        LibroAMano.escribir(
            carpeta.resolve("xxe.xlsx"),
            "Oficios",
            salida ->
                salida.write(
                    ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \""
                            + secreto.toUri()
                            + "\">]>"
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                            + "2006/main\"><sheetData><row r=\"1\">"
                            + "<c r=\"A1\" t=\"inlineStr\"><is><t>Número</t></is></c>"
                            + "<c r=\"B1\" t=\"inlineStr\"><is><t>Asunto</t></is></c></row>"
                            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>IEC/1</t></is></c>"
                            + "<c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                            + LibroAMano.HOJA_XML_FIN)
                        .getBytes(StandardCharsets.UTF_8)),
            null);

    Recolector leido = leer(archivo);

    assertEquals(List.of(WorkbookReader.XML_PELIGROSO), mensajes(leido.errores));
    assertFalse(
        leido.filas.stream()
            .flatMap(fila -> fila.valores().values().stream())
            .anyMatch(celda -> celda.texto().contains("contraseña")));
  }

  @Test
  void unaExpansionDeEntidadesSeRechaza() throws IOException {
    StringBuilder entidades = new StringBuilder("<!ENTITY a0 \"jajajajaja\">");
    for (int i = 1; i < 10; i++) {
      entidades.append("<!ENTITY a").append(i).append(" \"");
      entidades.append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    Path archivo =
        LibroAMano.escribir(
            carpeta.resolve("risas.xlsx"),
            "Oficios",
            salida ->
                salida.write(
                    ("<?xml version=\"1.0\"?><!DOCTYPE x ["
                            + entidades
                            + "]><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                            + "<c r=\"A1\" t=\"inlineStr\"><is><t>&a9;</t></is></c></row>"
                            + LibroAMano.HOJA_XML_FIN)
                        .getBytes(StandardCharsets.UTF_8)),
            null);

    assertEquals(List.of(WorkbookReader.XML_PELIGROSO), mensajes(leer(archivo).errores));
  }

  @Test
  void unaFallaDeQuienRecibeLasFilasNoSeDisfrazaDeArchivoDanado() throws IOException {
    Path archivo = libroDeOficios(new XSSFWorkbook(), "oficios.xlsx");
    IllegalStateException falla = new IllegalStateException("falla del receptor");
    RowHandler queFalla =
        new Recolector() {
          @Override
          public void fila(Fila fila) {
            throw falla;
          }
        };

    assertSame(
        falla,
        assertThrows(
            IllegalStateException.class, () -> new WorkbookReader().leer(archivo, queFalla)));
  }

  private static List<String> mensajes(List<Hallazgo> hallazgos) {
    return hallazgos.stream().map(Hallazgo::mensaje).toList();
  }
}
