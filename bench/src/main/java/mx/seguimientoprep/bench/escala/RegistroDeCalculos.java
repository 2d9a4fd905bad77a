package mx.seguimientoprep.bench.escala;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Los cálculos del estado que el servidor cuenta en su {@code server.log}, leídos por tramos: lo
 * que se escribió desde la última lectura. La línea es la FINE de {@code ConsultarEstadoJpa}:
 * «Estado de 32 procesos (1 leídos de la base) con 8 sentencias SQL en 2.345 ms (CPU 1.900 ms)».
 */
final class RegistroDeCalculos {

  /** «le\S{1,2}dos» acepta la í aunque el registro no se haya escrito en UTF-8. */
  static final Pattern CALCULO =
      Pattern.compile(
          "Estado de (\\d+) procesos? \\((\\d+) le\\S{1,2}dos? de la base\\) con (\\d+) sentencias"
              + " SQL(?: en ([0-9.]+) ms(?: \\(CPU ([0-9.]+) ms\\))?)?");

  /**
   * Un cálculo: cuántos procesos dio, cuántos tuvo que leer de la base, con cuántas sentencias y
   * cuánto tardó dentro del servidor, en reloj y en CPU de su hilo ({@code -1} si la línea no lo
   * dice, como en un servidor anterior).
   */
  record Calculo(int procesos, int leidos, int sentencias, long nanos, long cpu) {}

  private final Path archivo;
  private long leido;

  RegistroDeCalculos(Path archivo) {
    this.archivo = archivo;
  }

  /** Lo escrito hasta ahora no cuenta: la siguiente lectura empieza aquí. */
  void saltar() throws IOException {
    leido = tamano();
  }

  /** Los cálculos de las líneas completas escritas desde la lectura anterior. */
  List<Calculo> leer() throws IOException {
    long tamano = tamano();
    if (tamano < leido) {
      // El registro rotó (cambio de día): se lee el nuevo desde el principio.
      leido = 0;
    }
    List<Calculo> calculos = new ArrayList<>();
    if (tamano == leido) {
      return calculos;
    }
    ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(tamano - leido));
    try (FileChannel canal = FileChannel.open(archivo, StandardOpenOption.READ)) {
      while (bytes.hasRemaining() && canal.read(bytes, leido + bytes.position()) > 0) {
        // lee hasta llenar el tramo
      }
    }
    int completas = bytes.position();
    while (completas > 0 && bytes.get(completas - 1) != '\n') {
      completas--;
    }
    leido += completas;
    bytes.flip().limit(completas);
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer texto = utf8.decode(bytes);
    Matcher m = CALCULO.matcher(texto);
    while (m.find()) {
      calculos.add(
          new Calculo(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              nanos(m.group(4)),
              nanos(m.group(5))));
    }
    return calculos;
  }

  private static long nanos(String ms) {
    return ms == null ? -1 : Math.round(Double.parseDouble(ms) * 1e6);
  }

  private long tamano() throws IOException {
    return Files.exists(archivo) ? Files.size(archivo) : 0;
  }
}
