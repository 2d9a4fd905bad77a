package mx.seguimientoprep.hoja.comando;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.Etiquetado;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.registro.AvisoDeRegistro;
import mx.seguimientoprep.domain.registro.ErrorDeRegistro;
import mx.seguimientoprep.domain.registro.Ubicacion;
import mx.seguimientoprep.hoja.Celda;
import mx.seguimientoprep.hoja.Fila;
import mx.seguimientoprep.hoja.Hoja;
import mx.seguimientoprep.hoja.valor.EnteroParser;
import mx.seguimientoprep.hoja.valor.FechaParser;
import mx.seguimientoprep.hoja.valor.ListaParser;
import mx.seguimientoprep.hoja.valor.PeriodoParser;
import mx.seguimientoprep.hoja.valor.ValorInvalido;

/**
 * Los valores de una fila, ya interpretados, columna por columna. Un valor que no se puede leer
 * deja su error ubicado y se sigue con los demás, para que la persona vea todos los errores de la
 * fila a la vez.
 */
final class CamposDeFila {

  private static final int VALOR_CITADO = 200;

  private final Fila fila;
  private final List<ErrorDeRegistro> errores = new ArrayList<>();
  private final List<AvisoDeRegistro> avisos = new ArrayList<>();

  CamposDeFila(Fila fila) {
    this.fila = fila;
  }

  Hoja hoja() {
    return fila.hoja();
  }

  Ubicacion origen() {
    return new Ubicacion(fila.hoja().nombre(), fila.numero());
  }

  List<ErrorDeRegistro> errores() {
    return errores;
  }

  List<AvisoDeRegistro> avisos() {
    return avisos;
  }

  boolean sinErrores() {
    return errores.isEmpty();
  }

  /** Un texto libre, sin espacios en los extremos; {@code null} si la celda está vacía. */
  String texto(String columna) {
    return fila.celda(columna).map(Celda::texto).map(String::strip).orElse(null);
  }

  String textoObligatorio(String columna) {
    String texto = texto(columna);
    if (texto == null) {
      falta(columna);
    }
    return texto;
  }

  ClaveEntidad entidad(ResolutorEntidad entidades) {
    String escrito = texto("Entidad");
    if (escrito == null) {
      falta("Entidad");
      return null;
    }
    Resolucion resolucion = entidades.resolver(escrito);
    if (resolucion instanceof Resolucion.Encontrada encontrada) {
      return encontrada.entidad().getClave();
    }
    String mensaje;
    if (resolucion instanceof Resolucion.Ambigua ambigua) {
      mensaje =
          "'"
              + escrito
              + "' nombra a varias entidades: "
              + ambigua.candidatas().stream()
                  .map(e -> e.getNombre() + " (" + e.getSiglas() + ")")
                  .collect(Collectors.joining(", "))
              + "; escribe el nombre del estado o las siglas completas de su OPL.";
    } else if (resolucion instanceof Resolucion.Sugerencias sugerencias) {
      mensaje =
          "'"
              + escrito
              + "' no es una entidad conocida; ¿quisiste decir "
              + enumeracion(sugerencias.candidatas().stream().map(Entidad::getNombre).toList())
              + "?";
    } else {
      mensaje =
          "'"
              + escrito
              + "' no es una entidad conocida; escribe el nombre del estado, las siglas de su OPL"
              + " o su clave de dos dígitos (por ejemplo, 05 para Coahuila).";
    }
    error("Entidad", escrito, mensaje);
    return null;
  }

  LocalDate fecha(String columna, boolean obligatoria) {
    return leer(columna, obligatoria, FechaParser::leer);
  }

  YearMonth periodo(String columna) {
    return leer(columna, false, PeriodoParser::leer);
  }

  Integer entero(String columna) {
    return leer(columna, false, EnteroParser::leer);
  }

  List<String> lista(String columna) {
    List<String> lista = leer(columna, false, ListaParser::leer);
    return lista == null ? List.of() : lista;
  }

  NumeroOficio numeroOficio(String columna, boolean obligatorio) {
    return leer(columna, obligatorio, celda -> new NumeroOficio(celda.texto()));
  }

  NumeroAcuerdo numeroAcuerdo(String columna, boolean obligatorio) {
    return leer(columna, obligatorio, celda -> new NumeroAcuerdo(celda.texto()));
  }

  /** Un valor de una lista fija ({@code Sentido}, {@code Estado}), por su etiqueta. */
  <E extends Enum<E> & Etiquetado> E valorFijo(String columna, boolean obligatorio, Class<E> tipo) {
    return leer(
        columna,
        obligatorio,
        celda -> {
          Optional<E> valor = Etiquetado.buscar(tipo, celda.texto());
          if (valor.isEmpty()) {
            throw new ValorInvalido(
                "'"
                    + celda.texto().strip()
                    + "' no es un valor de «"
                    + columna
                    + "»; usa "
                    + enumeracion(
                        Arrays.stream(tipo.getEnumConstants()).map(Etiquetado::etiqueta).toList())
                    + ".");
          }
          return valor.get();
        });
  }

  void aviso(String columna, String mensaje) {
    avisos.add(
        new AvisoDeRegistro(
            fila.hoja().nombre(), fila.numero(), columna, valorDe(columna), mensaje));
  }

  /** El dominio rechazó un valor al armar el comando. */
  void rechazado(DatoInvalido dato) {
    error(dato.campo().orElse(""), dato.valor().orElse(""), dato.getMessage());
  }

  private <T> T leer(String columna, boolean obligatorio, Function<Celda, T> lector) {
    Optional<Celda> celda = fila.celda(columna).filter(c -> !c.enBlanco());
    if (celda.isEmpty()) {
      if (obligatorio) {
        falta(columna);
      }
      return null;
    }
    try {
      return lector.apply(celda.get());
    } catch (ValorInvalido | DatoInvalido invalido) {
      error(columna, celda.get().texto(), invalido.getMessage());
      return null;
    }
  }

  private void falta(String columna) {
    error(columna, "", "Falta «" + columna + "»: es un dato obligatorio.");
  }

  private void error(String columna, String valor, String mensaje) {
    errores.add(
        new ErrorDeRegistro(fila.hoja().nombre(), fila.numero(), columna, citado(valor), mensaje));
  }

  /** Una celda puede traer 32 767 caracteres; para ubicar el error bastan los primeros. */
  private static String citado(String valor) {
    return valor.length() > VALOR_CITADO ? valor.substring(0, VALOR_CITADO) + "…" : valor;
  }

  private String valorDe(String columna) {
    return fila.celda(columna).map(Celda::texto).orElse("");
  }

  /** {@code A}, {@code A o B}, {@code A, B o C}. */
  private static String enumeracion(List<String> elementos) {
    if (elementos.size() <= 1) {
      return String.join("", elementos);
    }
    return String.join(", ", elementos.subList(0, elementos.size() - 1))
        + " o "
        + elementos.get(elementos.size() - 1);
  }
}
