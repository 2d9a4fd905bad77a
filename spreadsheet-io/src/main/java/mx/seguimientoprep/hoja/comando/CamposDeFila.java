package mx.seguimientoprep.hoja.comando;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.Etiquetado;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.fecha.FechaOMes;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.registro.AvisoDeRegistro;
import mx.seguimientoprep.domain.registro.CamposEscritos;
import mx.seguimientoprep.domain.registro.ErrorDeRegistro;
import mx.seguimientoprep.domain.registro.LecturaDeCampo;
import mx.seguimientoprep.domain.registro.Ubicacion;
import mx.seguimientoprep.hoja.Celda;
import mx.seguimientoprep.hoja.Fila;
import mx.seguimientoprep.hoja.Hoja;

/**
 * Los valores de una fila, ya interpretados, columna por columna. El texto de cada celda lo lee el
 * dominio ({@link LecturaDeCampo}, y {@link mx.seguimientoprep.domain.registro.LecturaDeOficio}
 * para la hoja {@code Oficios}), igual que lee un campo de la API o una respuesta al bot; aquí solo
 * se decide qué hacer con lo que es propio de una celda (una fecha real de Excel, un número) y se
 * ubica cada error con hoja, fila y columna. Un valor que no se puede leer deja su error y se sigue
 * con los demás, para que la persona vea todos los errores de la fila a la vez.
 */
final class CamposDeFila implements CamposEscritos {

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

  @Override
  public boolean sinErrores() {
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

  /**
   * El valor que el dominio lee del texto de la celda ({@code null} si está vacía): la lectura
   * decide si falta, y su error queda ubicado en la columna.
   */
  @Override
  public <T> T leido(String columna, Function<String, T> lectura) {
    Optional<Celda> celda = conValor(columna);
    try {
      return lectura.apply(celda.map(Celda::texto).orElse(null));
    } catch (DatoInvalido invalido) {
      error(columna, celda.map(Celda::texto).orElse(""), invalido.getMessage());
      return null;
    }
  }

  ClaveEntidad entidad(ResolutorEntidad entidades) {
    return leer(
        LecturaDeCampo.ENTIDAD, true, celda -> LecturaDeCampo.entidad(entidades, celda.texto()));
  }

  LocalDate fecha(String columna, boolean obligatoria) {
    return fecha(
        columna,
        texto -> {
          if (obligatoria && texto == null) {
            throw LecturaDeCampo.falta(columna);
          }
          return LecturaDeCampo.fecha(columna, texto);
        });
  }

  /**
   * Una fecha: la real de Excel tal cual, un número como fecha de Excel, y el texto (o la celda
   * vacía) como lo lee {@code lectura}.
   */
  @Override
  public LocalDate fecha(String columna, Function<String, LocalDate> lectura) {
    Optional<Celda> celda = conValor(columna);
    if (celda.isPresent() && celda.get() instanceof Celda.Fecha fecha) {
      return fecha.valor();
    }
    if (celda.isPresent() && celda.get() instanceof Celda.Numero numero) {
      return leer(
          columna, true, c -> LecturaDeCampo.fechaDeExcel(columna, numero.valor(), c.texto()));
    }
    return leido(columna, lectura);
  }

  /**
   * Una fecha o un mes: la real de Excel (y un número como fecha de Excel) es un día; el texto (o
   * la celda vacía) como lo lee {@code lectura}.
   */
  @Override
  public FechaOMes fechaOMes(String columna, Function<String, FechaOMes> lectura) {
    Optional<Celda> celda = conValor(columna);
    if (celda.isPresent()
        && (celda.get() instanceof Celda.Fecha || celda.get() instanceof Celda.Numero)) {
      LocalDate dia = fecha(columna, texto -> null);
      return dia == null ? null : FechaOMes.delDia(dia);
    }
    return leido(columna, lectura);
  }

  /** El mes de un entregable: de una fecha real de Excel cuenta su mes; un número no es un mes. */
  YearMonth periodo(String columna) {
    return leer(
        columna,
        false,
        celda -> {
          if (celda instanceof Celda.Fecha fecha) {
            return YearMonth.from(fecha.valor());
          }
          if (celda instanceof Celda.Numero) {
            throw LecturaDeCampo.noEsMes(columna, celda.texto());
          }
          return LecturaDeCampo.mes(columna, celda.texto());
        });
  }

  Integer entero(String columna) {
    return leer(
        columna,
        false,
        celda ->
            celda instanceof Celda.Numero numero
                ? LecturaDeCampo.entero(columna, numero.valor(), numero.texto())
                : LecturaDeCampo.entero(columna, celda.texto()));
  }

  NumeroOficio numeroOficio(String columna, boolean obligatorio) {
    return leer(columna, obligatorio, celda -> LecturaDeCampo.numeroOficio(columna, celda.texto()));
  }

  NumeroAcuerdo numeroAcuerdo(String columna, boolean obligatorio) {
    return leer(
        columna, obligatorio, celda -> LecturaDeCampo.numeroAcuerdo(columna, celda.texto()));
  }

  /** Un valor de una lista fija ({@code Realización}, {@code Estado}), por su etiqueta. */
  <E extends Enum<E> & Etiquetado> E valorFijo(String columna, boolean obligatorio, Class<E> tipo) {
    return leer(
        columna, obligatorio, celda -> LecturaDeCampo.valorFijo(columna, celda.texto(), tipo));
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
    Optional<Celda> celda = conValor(columna);
    if (celda.isEmpty()) {
      if (obligatorio) {
        falta(columna);
      }
      return null;
    }
    try {
      return lector.apply(celda.get());
    } catch (DatoInvalido invalido) {
      error(columna, celda.get().texto(), invalido.getMessage());
      return null;
    }
  }

  private Optional<Celda> conValor(String columna) {
    return fila.celda(columna).filter(c -> !c.enBlanco());
  }

  private void falta(String columna) {
    error(columna, "", LecturaDeCampo.falta(columna).getMessage());
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
}
