package mx.seguimientoprep.hoja.comando;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.registro.AvisoDeRegistro;
import mx.seguimientoprep.domain.registro.Comando;
import mx.seguimientoprep.domain.registro.ErrorDeRegistro;
import mx.seguimientoprep.hoja.Fila;
import mx.seguimientoprep.hoja.Hallazgo;
import mx.seguimientoprep.hoja.Limites;
import mx.seguimientoprep.hoja.RowHandler;
import mx.seguimientoprep.hoja.TsvWorkbookReader;
import mx.seguimientoprep.hoja.WorkbookReader;

/**
 * Lee un libro de seguimiento ({@code .xlsx}, o los TSV de la demostración) y lo traduce a comandos
 * del dominio, con todos los errores de todas las filas. Las filas se traducen conforme se leen; se
 * conservan los comandos, nunca las filas.
 */
public final class WorkbookTranslator {

  private final FilaTranslator filas;
  private final Limites limites;

  public WorkbookTranslator(ResolutorEntidad entidades) {
    this(entidades, Limites.PREDETERMINADOS);
  }

  public WorkbookTranslator(ResolutorEntidad entidades, Limites limites) {
    this.filas = new FilaTranslator(Objects.requireNonNull(entidades, "entidades"));
    this.limites = limites;
  }

  /** Un libro {@code .xlsx}; cualquier otro archivo da un error de lectura, nunca una excepción. */
  public LecturaLibro leerXlsx(Path archivo) {
    Acumulador acumulador = new Acumulador();
    new WorkbookReader(limites).leer(archivo, acumulador);
    return acumulador.lectura();
  }

  /**
   * Como {@link #leerXlsx(Path)}, pero cada comando va a {@code destino} en cuanto se traduce y no
   * se conserva (la lectura devuelta no trae comandos): la memoria no crece con las filas. La
   * importación no la usa, porque aplica todos los comandos juntos en una transacción.
   */
  public LecturaLibro leerXlsx(Path archivo, Consumer<Comando> destino) {
    Acumulador acumulador = new Acumulador(Objects.requireNonNull(destino, "destino"));
    new WorkbookReader(limites).leer(archivo, acumulador);
    return acumulador.lectura();
  }

  /** Un directorio con un {@code <Hoja>.tsv} por hoja. */
  public LecturaLibro leerTsv(Path directorio) {
    Acumulador acumulador = new Acumulador();
    new TsvWorkbookReader(limites).leerDirectorio(directorio, acumulador);
    return acumulador.lectura();
  }

  /** Las hojas {@code <carpeta>/<Hoja>.tsv} del classpath, como los datos de demostración. */
  public LecturaLibro leerRecursos(ClassLoader cargador, String carpeta) {
    Acumulador acumulador = new Acumulador();
    new TsvWorkbookReader(limites).leerRecursos(cargador, carpeta, acumulador);
    return acumulador.lectura();
  }

  /**
   * Filas que no salieron de un archivo sino de otro lector (las propuestas de un informe
   * narrativo), traducidas con las mismas reglas que las de un libro: los mismos comandos y los
   * mismos errores ubicados por hoja, fila y columna.
   */
  public LecturaLibro leerFilas(Iterable<Fila> filas) {
    Acumulador acumulador = new Acumulador();
    for (Fila fila : filas) {
      acumulador.fila(fila);
    }
    return acumulador.lectura();
  }

  /** Traduce cada fila al llegar y junta comandos, errores y avisos de una lectura. */
  private final class Acumulador implements RowHandler {

    private final List<Comando> comandos = new ArrayList<>();
    private final List<ErrorDeRegistro> errores = new ArrayList<>();
    private final List<AvisoDeRegistro> avisos = new ArrayList<>();
    private final Consumer<Comando> destino;

    Acumulador() {
      this.destino = comandos::add;
    }

    Acumulador(Consumer<Comando> destino) {
      this.destino = destino;
    }

    @Override
    public void fila(Fila fila) {
      CamposDeFila campos = new CamposDeFila(fila);
      filas.traducir(campos).ifPresent(destino);
      errores.addAll(campos.errores());
      avisos.addAll(campos.avisos());
    }

    @Override
    public void error(Hallazgo error) {
      errores.add(
          new ErrorDeRegistro(
              texto(error.hoja()),
              error.fila(),
              texto(error.columna()),
              texto(error.valor()),
              error.mensaje()));
    }

    @Override
    public void advertencia(Hallazgo advertencia) {
      avisos.add(
          new AvisoDeRegistro(
              texto(advertencia.hoja()),
              advertencia.fila(),
              texto(advertencia.columna()),
              texto(advertencia.valor()),
              advertencia.mensaje()));
    }

    LecturaLibro lectura() {
      return new LecturaLibro(comandos, errores, avisos);
    }

    /** Los errores del dominio usan texto vacío, no {@code null}, para lo que no aplica. */
    private static String texto(String valor) {
      return valor == null ? "" : valor;
    }
  }
}
