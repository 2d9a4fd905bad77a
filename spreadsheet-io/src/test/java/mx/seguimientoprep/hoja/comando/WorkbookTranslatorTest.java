package mx.seguimientoprep.hoja.comando;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.OplTsv;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.Cargo;
import mx.seguimientoprep.domain.registro.AvisoDeRegistro;
import mx.seguimientoprep.domain.registro.Comando;
import mx.seguimientoprep.domain.registro.ComandoAcuerdo;
import mx.seguimientoprep.domain.registro.ComandoEntregable;
import mx.seguimientoprep.domain.registro.ComandoIntegrante;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import mx.seguimientoprep.domain.registro.ComandoSesion;
import mx.seguimientoprep.domain.registro.ErrorDeRegistro;
import mx.seguimientoprep.domain.registro.TipoDeRegistro;
import mx.seguimientoprep.domain.registro.Ubicacion;
import mx.seguimientoprep.domain.sesion.Organo;
import mx.seguimientoprep.domain.sesion.TipoSesion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTranslatorTest {

  private static final Path DEMO = Path.of("../demo");

  private final WorkbookTranslator traductor =
      new WorkbookTranslator(new ResolutorEntidad(OplTsv.entidades()));

  @TempDir Path carpeta;

  private static long filasDeDatos(TipoDeRegistro hoja) throws IOException {
    return Files.readAllLines(DEMO.resolve(hoja.etiqueta() + ".tsv")).stream()
            .filter(linea -> !linea.startsWith("#"))
            .count()
        - 1;
  }

  private static String comoTexto(List<ErrorDeRegistro> errores) {
    return errores.stream()
        .map(
            e ->
                e.hoja() + "|" + e.fila() + "|" + e.columna() + "|" + e.valor() + "|" + e.mensaje())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void laDemostracionEnteraSeTraduceSinErrores() throws IOException {
    LecturaLibro lectura = traductor.leerTsv(DEMO);

    assertEquals("", comoTexto(lectura.errores()));
    for (TipoDeRegistro hoja : TipoDeRegistro.values()) {
      assertEquals(filasDeDatos(hoja), lectura.comandosDe(hoja).size(), hoja.etiqueta());
    }
    assertEquals(
        List.of(),
        lectura.avisos().stream().map(AvisoDeRegistro::fila).toList(),
        "Los cinco acuerdos de marzo de 2020 tienen su mes: el informe solo da el mes");
    assertEquals(
        List.of(
            "IEC/CG/048/2020 marzo de 2020",
            "IEC/CG/049/2020 marzo de 2020",
            "IEC/CG/050/2020 marzo de 2020",
            "IEC/CG/051/2020 marzo de 2020",
            "IEC/CG/052/2020 marzo de 2020"),
        lectura.comandosDe(TipoDeRegistro.ACUERDOS).stream()
            .map(c -> (ComandoAcuerdo) c)
            .filter(c -> c.fecha() != null && c.fecha().soloMes())
            .map(c -> c.clave() + " " + c.fecha().texto())
            .toList());
  }

  @Test
  void cadaComandoLlevaSusValoresTipadosYSuOrigen() {
    LecturaLibro lectura = traductor.leerTsv(DEMO);

    ComandoOficio respuesta =
        (ComandoOficio)
            lectura.comandosDe(TipoDeRegistro.OFICIOS).stream()
                .filter(c -> ((ComandoOficio) c).numero().valor().equals("INE/UNICOM/0914/2020"))
                .findFirst()
                .orElseThrow();
    assertEquals(
        new ComandoOficio(
            new ClaveEntidad("05"),
            "Proceso Electoral Local Ordinario 2020",
            new NumeroOficio("INE/UNICOM/0914/2020"),
            LocalDate.of(2020, 3, 18),
            Sentido.RECIBIDO_DEL_INE,
            "UNICOM",
            "IEC",
            "Informa no contar con observaciones adicionales a los documentos remitidos.",
            List.of("E15", "E17", "E18", "E19", "E20"),
            new NumeroOficio("IEC/SE/0602/2020"),
            ResultadoRevision.SIN_OBSERVACIONES,
            respuesta.notas(),
            new Ubicacion("Oficios", 6)),
        respuesta);

    ComandoEntregable informe =
        (ComandoEntregable) lectura.comandosDe(TipoDeRegistro.ENTREGABLES).get(7);
    assertEquals(YearMonth.of(2020, 10), informe.periodo());
    assertEquals(EstadoEntregable.SIN_OBSERVACIONES, informe.estado());

    List<Comando> sesiones = lectura.comandosDe(TipoDeRegistro.SESIONES);
    ComandoSesion cotspel = (ComandoSesion) sesiones.get(sesiones.size() - 1);
    assertEquals(new ClaveEntidad("00"), cotspel.entidad());
    assertEquals(Organo.GRUPO_TRABAJO_COTSPEL, cotspel.organo());
    assertEquals(TipoSesion.PROGRAMADA, cotspel.tipo());
    assertEquals(10, cotspel.numero());

    ComandoIntegrante secretario =
        (ComandoIntegrante) lectura.comandosDe(TipoDeRegistro.COTAPREP).get(5);
    assertEquals(Cargo.SECRETARIO_TECNICO, secretario.cargo());
    assertEquals(null, secretario.acuerdo());
    assertEquals(
        new NumeroAcuerdo("CG-A-43/23"),
        ((ComandoIntegrante) lectura.comandosDe(TipoDeRegistro.COTAPREP).get(0)).acuerdo());
  }

  /**
   * El mismo libro en .xlsx, con fechas reales de Excel y números de verdad, da los mismos comandos
   * que los TSV; solo cambian las filas de origen, porque el .xlsx no tiene comentarios.
   */
  @Test
  void laDemostracionEnXlsxDaLosMismosComandos() throws IOException {
    Path libro = demostracionComoXlsx();

    LecturaLibro xlsx = traductor.leerXlsx(libro);
    LecturaLibro tsv = traductor.leerTsv(DEMO);

    assertEquals("", comoTexto(xlsx.errores()));
    assertEquals(sinOrigen(tsv.comandos()), sinOrigen(xlsx.comandos()));
  }

  /**
   * El libro que la aplicación trae y carga en modo demostración ({@code
   * demo/seguimiento-demo.xlsx}, una exportación de la demostración) dice exactamente lo que dicen
   * los TSV: los mismos comandos, en el orden en que los haya escrito la exportación.
   */
  @Test
  void elLibroDeDemostracionQueSeDistribuyeDiceLoMismoQueLosTsv() {
    LecturaLibro xlsx = traductor.leerXlsx(DEMO.resolve("seguimiento-demo.xlsx"));
    LecturaLibro tsv = traductor.leerTsv(DEMO);

    assertEquals("", comoTexto(xlsx.errores()));
    assertEquals(
        sinOrigen(tsv.comandos()).stream().sorted().toList(),
        sinOrigen(xlsx.comandos()).stream().sorted().toList());
  }

  /**
   * La lectura por streaming entrega los mismos comandos, en el mismo orden, y no guarda ninguno.
   */
  @Test
  void laLecturaEntregadaComandoPorComandoDaLosMismosYNoLosConserva() {
    Path libro = DEMO.resolve("seguimiento-demo.xlsx");
    List<Comando> entregados = new java.util.ArrayList<>();

    LecturaLibro entregada = traductor.leerXlsx(libro, entregados::add);
    LecturaLibro conservada = traductor.leerXlsx(libro);

    assertEquals("", comoTexto(entregada.errores()));
    assertTrue(entregada.comandos().isEmpty(), "la lectura entregada no conserva comandos");
    assertEquals(conservada.comandos(), entregados);
  }

  private static List<String> sinOrigen(List<Comando> comandos) {
    return comandos.stream()
        .map(comando -> comando.toString().replaceAll("origen=Ubicacion\\[[^\\]]*\\]", ""))
        .toList();
  }

  private Path demostracionComoXlsx() throws IOException {
    Set<String> columnasDeFecha =
        Set.of(
            "Fecha",
            "Jornada electoral",
            "Fecha de envío",
            "Fecha límite",
            "Seguimiento desde",
            "Seguimiento hasta",
            "Jornada original",
            "Cambio de jornada");
    try (XSSFWorkbook libro = new XSSFWorkbook()) {
      CellStyle fecha = libro.createCellStyle();
      fecha.setDataFormat(libro.createDataFormat().getFormat("dd/mm/yyyy"));
      for (TipoDeRegistro hoja : TipoDeRegistro.values()) {
        Sheet pestana = libro.createSheet(hoja.etiqueta());
        List<String[]> lineas =
            Files.readAllLines(DEMO.resolve(hoja.etiqueta() + ".tsv")).stream()
                .filter(linea -> !linea.startsWith("#"))
                .map(linea -> linea.split("\t", -1))
                .toList();
        String[] encabezado = lineas.get(0);
        for (int r = 0; r < lineas.size(); r++) {
          Row renglon = pestana.createRow(r);
          String[] valores = lineas.get(r);
          for (int c = 0; c < valores.length; c++) {
            String valor = valores[c].replace("\\n", "\n");
            if (valor.isEmpty()) {
              continue;
            }
            Cell celda = renglon.createCell(c);
            if (r > 0 && columnasDeFecha.contains(encabezado[c]) && valor.contains("/")) {
              String[] dma = valor.split("/");
              celda.setCellValue(
                  LocalDate.of(
                      Integer.parseInt(dma[2]),
                      Integer.parseInt(dma[1]),
                      Integer.parseInt(dma[0])));
              celda.setCellStyle(fecha);
            } else if (r > 0 && encabezado[c].equals("Número") && hoja == TipoDeRegistro.SESIONES) {
              celda.setCellValue(Integer.parseInt(valor));
            } else {
              celda.setCellValue(valor);
            }
          }
        }
      }
      Path archivo = carpeta.resolve("demo.xlsx");
      try (OutputStream salida = Files.newOutputStream(archivo)) {
        libro.write(salida);
      }
      return archivo;
    }
  }

  @Test
  void cadaErrorDeCadaFilaSeUbica() throws IOException {
    Path archivo = carpeta.resolve("errores.xlsx");
    try (XSSFWorkbook libro = new XSSFWorkbook()) {
      Sheet oficios = libro.createSheet("Oficios");
      escribir(oficios, 0, "Seguimiento de oficios");
      escribir(oficios, 1, "Entidad", "Número", "Fecha", "Sentido", "Asunto", "En respuesta a");
      escribir(oficios, 2, "Durnago", "IEPC/1", "31/02/2021", "Enviado a INE", "Remite", null);
      escribir(oficios, 3, "IEE", null, "4 de noviembre de 2021", "Interno", null, null);
      escribir(oficios, 4, "Narnia", "IEPC/2", "04/11/2021", "Interno", "Remite", "x".repeat(81));
      escribir(oficios, 5, "Durango", "IEPC/3", "04/11/2021", "Enviado", "Remite", null);
      Sheet sesiones = libro.createSheet("Sesiones");
      escribir(sesiones, 0, "Entidad", "Órgano", "Tipo", "Número", "Fecha");
      escribir(sesiones, 1, "Ags.", "COTAPREP", "Ordinaria", "3a", "mañana");
      Sheet entregables = libro.createSheet("Entregables");
      escribir(entregables, 0, "Entidad", "Entregable", "Periodo", "Estado");
      escribir(entregables, 1, "05", "E03", "2020-13", "Terminado");
      try (OutputStream salida = Files.newOutputStream(archivo)) {
        libro.write(salida);
      }
    }

    LecturaLibro lectura = traductor.leerXlsx(archivo);

    assertEquals(
        String.join(
            "\n",
            "Oficios|3|Entidad|Durnago|'Durnago' no es una entidad conocida; ¿quisiste decir"
                + " Durango?",
            "Oficios|3|Fecha|31/02/2021|31/02/2021 no es una fecha válida: febrero de 2021 tiene"
                + " 28 días.",
            "Oficios|3|Sentido|Enviado a INE|'Enviado a INE' no es un valor de «Sentido»; usa"
                + " Enviado al INE, Recibido del INE o Interno.",
            "Oficios|4|Entidad|IEE|'IEE' nombra a varias entidades: Aguascalientes (IEE), Colima"
                + " (IEE Colima), Chihuahua (IEE Chihuahua), Puebla (IEE Puebla), Sonora (IEE"
                + " Sonora); escribe el nombre del estado o las siglas completas de su OPL.",
            "Oficios|4|Número||Falta «Número»: es un dato obligatorio.",
            "Oficios|4|Asunto||Falta «Asunto»: es un dato obligatorio.",
            "Oficios|5|Entidad|Narnia|'Narnia' no es una entidad conocida; escribe el nombre del"
                + " estado, las siglas de su OPL o su clave de dos dígitos (por ejemplo, 05 para"
                + " Coahuila).",
            "Oficios|5|En respuesta a|"
                + "x".repeat(81)
                + "|El campo «Número» admite a lo más 80 caracteres; «"
                + "X".repeat(81)
                + "» tiene 81.",
            "Sesiones|2|Número|3a|3a no es un número entero.",
            "Sesiones|2|Fecha|mañana|mañana no es una fecha válida; escríbela como dd/mm/aaaa"
                + " (por ejemplo, 03/11/2020).",
            "Entregables|2|Periodo|2020-13|2020-13 no es un mes válido: no existe el mes 13.",
            "Entregables|2|Estado|Terminado|'Terminado' no es un valor de «Estado»; usa"
                + " Pendiente, Enviado, Con observaciones, Observaciones atendidas, Sin"
                + " observaciones o No aplica."),
        comoTexto(lectura.errores()));
    assertEquals(1, lectura.comandos().size(), "solo la fila 6 de Oficios no tiene errores");
    assertEquals(new Ubicacion("Oficios", 6), lectura.comandos().get(0).origen());
  }

  @Test
  void losErroresDeLecturaLleganComoErroresDeRegistro() throws IOException {
    Path texto = Files.writeString(carpeta.resolve("oficios.xlsx"), "Número,Fecha\n");

    LecturaLibro lectura = traductor.leerXlsx(texto);

    assertTrue(lectura.conErrores());
    assertEquals(
        "|0|||El archivo no es un libro de Excel (.xlsx). Ábrelo en Excel y guárdalo como"
            + " «Libro de Excel (.xlsx)».",
        comoTexto(lectura.errores()));
    assertEquals(List.of(), lectura.comandos());
  }

  @Test
  void laEntidadSeReconocePorNombreAliasSiglasOClave() throws IOException {
    Path archivo = carpeta.resolve("entidades.xlsx");
    try (XSSFWorkbook libro = new XSSFWorkbook()) {
      Sheet cotaprep = libro.createSheet("COTAPREP");
      escribir(cotaprep, 0, "Entidad", "Nombre");
      List<String> formas =
          List.of("Coahuila", "Coahuila de Zaragoza", "Coah.", "IEC", "05", "IEPC Durango", "IEEM");
      for (int i = 0; i < formas.size(); i++) {
        escribir(cotaprep, i + 1, formas.get(i), "Persona " + i);
      }
      Row conNumero = cotaprep.createRow(formas.size() + 1);
      conNumero.createCell(0).setCellValue(5);
      conNumero.createCell(1).setCellValue("Persona con clave numérica");
      try (OutputStream salida = Files.newOutputStream(archivo)) {
        libro.write(salida);
      }
    }

    LecturaLibro lectura = traductor.leerXlsx(archivo);

    assertEquals("", comoTexto(lectura.errores()));
    assertEquals(
        Map.of("05", 6L, "10", 1L, "15", 1L),
        lectura.comandos().stream()
            .collect(Collectors.groupingBy(c -> c.entidad().valor(), Collectors.counting())));
  }

  private static void escribir(Sheet hoja, int indice, String... valores) {
    Row renglon = hoja.createRow(indice);
    for (int i = 0; i < valores.length; i++) {
      if (valores[i] != null) {
        renglon.createCell(i).setCellValue(valores[i]);
      }
    }
  }
}
