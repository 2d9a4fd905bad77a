package mx.seguimientoprep.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import mx.seguimientoprep.informe.FactRecognizer;
import mx.seguimientoprep.informe.LecturaDelInforme;
import mx.seguimientoprep.informe.ReportReader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Cuánto cuesta leer un informe narrativo y proponer sus hechos (issue 15): un informe en el
 * registro de los reales, generado aquí, de 10, 40 y 160 páginas (unos 3 000 caracteres por página:
 * oficios enviados con su punto del numeral 33, sus respuestas con observaciones o sin ellas,
 * sesiones con orden del día), como {@code .txt} y como {@code .docx} hecho con POI. Imprime la
 * mediana de leer + reconocer, las propuestas y el pico de heap vivo; no falla por un tiempo.
 */
public final class BancoInforme {

  private static final int VUELTAS = 5;
  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");
  private static final String[] MESES = {
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre"
  };
  private static final String[] DIAS = {
    "uno (01)",
    "cuatro (04)",
    "nueve (09)",
    "doce (12)",
    "quince (15)",
    "dieciocho (18)",
    "veintidós (22)",
    "veintiséis (26)"
  };

  private BancoInforme() {}

  public static void main(String[] args) throws IOException {
    FactRecognizer reconocedor = new FactRecognizer(ReferenceData.cargar().todas());
    Path carpeta = Files.createTempDirectory("prep-bench-informe-");
    System.out.println(
        "== Leer un informe narrativo y proponer sus hechos (" + VUELTAS + " vueltas) ==");
    try {
      for (int paginas : new int[] {10, 40, 160}) {
        String texto = informe(paginas);
        Path txt = carpeta.resolve("informe-" + paginas + ".txt");
        Files.writeString(txt, texto, StandardCharsets.UTF_8);
        Path docx = carpeta.resolve("informe-" + paginas + ".docx");
        comoDocx(texto, docx);
        medir(reconocedor, txt, paginas, texto.length());
        medir(reconocedor, docx, paginas, texto.length());
      }
    } finally {
      try (var archivos = Files.list(carpeta)) {
        for (Path archivo : archivos.toList()) {
          Files.deleteIfExists(archivo);
        }
      }
      Files.deleteIfExists(carpeta);
    }
  }

  private static void medir(FactRecognizer reconocedor, Path archivo, int paginas, int caracteres)
      throws IOException {
    for (int i = 0; i < 2; i++) {
      reconocedor.reconocer(new ReportReader().leer(archivo, archivo.toString()), null);
    }
    System.gc();
    long[] tiempos = new long[VUELTAS];
    LecturaDelInforme lectura = null;
    long picoVivo;
    try (HeapMonitor heap = new HeapMonitor()) {
      for (int v = 0; v < VUELTAS; v++) {
        long inicio = System.nanoTime();
        lectura = reconocedor.reconocer(new ReportReader().leer(archivo, archivo.toString()), null);
        tiempos[v] = System.nanoTime() - inicio;
      }
      picoVivo = heap.picoVivo();
    }
    Arrays.sort(tiempos);
    double mediana = tiempos[VUELTAS / 2] / 1e9;
    System.out.println(
        String.format(
            ES_MX,
            "%3d páginas %-5s %,9d caracteres, %,6d KB: mediana %6.3f s, %,5d propuestas, pico de"
                + " heap vivo %,5d MB%s",
            paginas,
            archivo.getFileName().toString().replaceAll(".*\\.", "."),
            caracteres,
            Files.size(archivo) / 1024,
            mediana,
            lectura.propuestas().size(),
            picoVivo / (1024 * 1024),
            paginas == 40
                ? (mediana < 2 ? "  (objetivo < 2 s: cumplido)" : "  (objetivo < 2 s: NO cumplido)")
                : ""));
  }

  /** Un informe de Coahuila en el registro de los reales, con claves y fechas distintas. */
  static String informe(int paginas) {
    StringBuilder texto = new StringBuilder();
    texto.append(
        "Informe del mes de diciembre sobre el\navance en la implementación y operación\ndel"
            + " Programa de Resultados Electorales\nPreliminares en el estado de Coahuila\n\n"
            + "Proceso Electoral Ordinario 2021\n\n");
    int n = 0;
    while (texto.length() < paginas * 3_000) {
      n++;
      String mes = MESES[n % 12];
      String dia = DIAS[n % DIAS.length];
      String respuesta = DIAS[(n + 3) % DIAS.length];
      int punto = 2 + n % 18;
      texto
          .append("En fecha ")
          .append(dia)
          .append(" de ")
          .append(mes)
          .append(" de dos mil veinte (2020), de conformidad con lo dispuesto por el punto ")
          .append(punto)
          .append(
              " del numeral 33, de los Lineamientos del Programa de Resultados Electorales"
                  + " Preliminares, contenidos en el Anexo 13 del Reglamento de Elecciones, la"
                  + " Secretaría Ejecutiva de este órgano electoral, a través del Oficio No. IEC/SE/")
          .append(1000 + n)
          .append("/2020, remitió al Instituto Nacional Electoral la siguiente documentación:\n\n")
          .append(
              "- Proyecto de Acuerdo por el que se determina la fecha y hora de inicio de la"
                  + " publicación de los datos e imágenes de los resultados electorales preliminares.\n")
          .append(
              "- Proyectos de Planes de Seguridad y Continuidad del Programa de Resultados"
                  + " Electorales Preliminares, para el Proceso Electoral Local Ordinario 2021.\n\n")
          .append("En atención a lo anterior, en fecha ")
          .append(respuesta)
          .append(" de ")
          .append(mes)
          .append(" de dos mil veinte (2020), fue recibido el Oficio INE/UNICOM/")
          .append(3000 + n)
          .append(
              "/2020, suscrito por el Ing. Jorge Humberto Torres Antuñano, en su carácter de"
                  + " Coordinador General de la Unidad Técnica de Servicios de Informática, mediante"
                  + " el cual ")
          .append(n % 2 == 0 ? "emitió observaciones" : "informó no contar con observaciones")
          .append(" a los documentos remitidos.\n\n")
          .append("En fecha ")
          .append(dia)
          .append(" de ")
          .append(mes)
          .append(
              " de dos mil veinte (2020), fue llevada a cabo la Cuarta Sesión Ordinaria del"
                  + " COTAPREP, la cual contó con el siguiente orden del día:\n\n")
          .append(
              "1. Lista de asistencia.\n2. Lectura y, en su caso, aprobación del orden del"
                  + " día.\n3. Presentación de los avances del Programa de Resultados Electorales"
                  + " Preliminares.\n4. Asuntos generales.\n5. Clausura.\n\n");
    }
    return texto.toString();
  }

  private static void comoDocx(String texto, Path destino) throws IOException {
    try (XWPFDocument documento = new XWPFDocument()) {
      for (String renglon : texto.split("\\R")) {
        if (!renglon.isBlank()) {
          documento.createParagraph().createRun().setText(renglon);
        }
      }
      try (OutputStream salida = Files.newOutputStream(destino)) {
        documento.write(salida);
      }
    }
  }
}
