package mx.seguimientoprep.domain.registro;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.Etiquetado;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.fecha.FechaEscrita;
import mx.seguimientoprep.domain.fecha.FechaInvalida;
import mx.seguimientoprep.domain.fecha.FechaOMes;
import mx.seguimientoprep.domain.fecha.MesEscrito;
import mx.seguimientoprep.domain.oficio.NumeroOficio;

/**
 * La lectura de un valor que una persona escribe en un campo: una celda de la hoja, un campo JSON
 * de la API, una respuesta al bot. Devuelve el valor, o lanza un {@link DatoInvalido} con el nombre
 * del campo, el valor tal como llegó y el mensaje en español; el adaptador ubica el error (la hoja
 * con hoja, fila y columna; la API con el campo JSON). Un texto en blanco es un valor ausente
 * ({@code null}, o la lista vacía); si el campo es obligatorio lo dice quien lo lee ({@link
 * #falta}), como {@link LecturaDeOficio} para los campos de un oficio.
 *
 * <p>La hoja lee así cada celda de sus filas (100 000 en la medición): un valor correcto no pasa
 * por expresiones regulares ni {@code String.format} aquí, salvo las que ya usan las formas
 * escritas de fechas, meses y claves de documentos.
 */
public final class LecturaDeCampo {

  /** El nombre del campo que nombra la entidad, en todas las hojas y en la API. */
  public static final String ENTIDAD = "Entidad";

  private LecturaDeCampo() {}

  /** Un texto libre sin espacios en los extremos; {@code null} si está en blanco. */
  public static String texto(String texto) {
    return enBlanco(texto) ? null : texto.strip();
  }

  /** El error de un campo obligatorio que llegó vacío. */
  public static DatoInvalido falta(String campo) {
    return new DatoInvalido(campo, "", "Falta «" + campo + "»: es un dato obligatorio.");
  }

  /**
   * La entidad que nombra el campo {@code Entidad}: su nombre, un alias, las siglas de su OPL o su
   * clave, aun dentro de una frase ({@link ResolutorEntidad#enCampo}).
   *
   * @throws EntidadNoReconocida si no nombra exactamente una, con las candidatas si las hay
   */
  public static ClaveEntidad entidad(ResolutorEntidad entidades, String texto) {
    if (enBlanco(texto)) {
      return null;
    }
    Resolucion resolucion = entidades.enCampo(texto);
    if (resolucion instanceof Resolucion.Encontrada encontrada) {
      return encontrada.entidad().getClave();
    }
    throw noReconocida(texto, resolucion);
  }

  private static EntidadNoReconocida noReconocida(String texto, Resolucion resolucion) {
    String escrito = texto.strip();
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
    return new EntidadNoReconocida(texto, mensaje, resolucion);
  }

  /**
   * Una fecha en cualquiera de las formas que lee {@link FechaEscrita} ({@code 03/11/2020}, {@code
   * 3 de noviembre de 2020}, {@code tres (03) de noviembre de dos mil veinte (2020)}…).
   */
  public static LocalDate fecha(String campo, String texto) {
    return escrita(campo, texto, FechaEscrita::leer);
  }

  /**
   * Una fecha o, si el informe solo da el mes, un mes ({@code marzo de 2020}, {@code 2020-03}),
   * guardado como mes: nunca se convierte en un día.
   */
  public static FechaOMes fechaOMes(String campo, String texto) {
    if (enBlanco(texto)) {
      return null;
    }
    try {
      return FechaOMes.delDia(FechaEscrita.leer(texto));
    } catch (FechaInvalida comoDia) {
      try {
        return FechaOMes.delMes(MesEscrito.leer(texto));
      } catch (FechaInvalida comoMes) {
        throw new DatoInvalido(campo, texto, comoDia.getMessage());
      }
    }
  }

  /** Una fecha de Excel que llegó como número sin formato de fecha ({@code 44138}). */
  public static LocalDate fechaDeExcel(String campo, double serie, String comoSeVe) {
    try {
      return FechaEscrita.deExcel(serie, comoSeVe);
    } catch (FechaInvalida e) {
      throw new DatoInvalido(campo, comoSeVe, e.getMessage());
    }
  }

  /** Un mes ({@code 2020-10}, {@code octubre 2020}): el periodo de un entregable mensual. */
  public static YearMonth mes(String campo, String texto) {
    return escrita(campo, texto, MesEscrito::leer);
  }

  /**
   * Lo que {@code lectura} lee del texto ({@code null} si está en blanco), con su {@link
   * FechaInvalida} como error del campo.
   */
  private static <T> T escrita(String campo, String texto, Function<String, T> lectura) {
    if (enBlanco(texto)) {
      return null;
    }
    try {
      return lectura.apply(texto);
    } catch (FechaInvalida e) {
      throw new DatoInvalido(campo, texto, e.getMessage());
    }
  }

  /** El error de un valor que no puede ser un mes, como un número suelto. */
  public static DatoInvalido noEsMes(String campo, String comoSeVe) {
    return new DatoInvalido(campo, comoSeVe, MesEscrito.noEsMes(comoSeVe.strip()).getMessage());
  }

  /** Un número entero escrito con cifras ({@code 3}, {@code 03}, {@code -2}), de hasta 9. */
  public static Integer entero(String campo, String texto) {
    if (enBlanco(texto)) {
      return null;
    }
    String original = texto.strip();
    int inicio = original.charAt(0) == '+' || original.charAt(0) == '-' ? 1 : 0;
    int cifras = original.length() - inicio;
    if (cifras < 1 || cifras > 9) {
      throw noEsEntero(campo, texto, original);
    }
    for (int i = inicio; i < original.length(); i++) {
      char c = original.charAt(i);
      if (c < '0' || c > '9') {
        throw noEsEntero(campo, texto, original);
      }
    }
    return Integer.parseInt(original);
  }

  /** Un número entero que llegó como número (una celda numérica, un número JSON). */
  public static int entero(String campo, double numero, String comoSeVe) {
    if (numero == Math.rint(numero) && Math.abs(numero) < 1e9) {
      return (int) numero;
    }
    throw noEsEntero(campo, comoSeVe, comoSeVe.strip());
  }

  private static DatoInvalido noEsEntero(String campo, String texto, String original) {
    return new DatoInvalido(campo, texto, original + " no es un número entero.");
  }

  /**
   * Una lista de claves separadas por {@code ,} o {@code ;} (también por saltos de línea), sin
   * espacios en los extremos, sin vacíos ni repetidos, en el orden escrito.
   */
  public static List<String> lista(String texto) {
    if (enBlanco(texto)) {
      return List.of();
    }
    Set<String> claves = new LinkedHashSet<>();
    int inicio = 0;
    for (int i = 0; i <= texto.length(); i++) {
      if (i == texto.length() || esSeparador(texto.charAt(i))) {
        String clave = texto.substring(inicio, i).strip();
        if (!clave.isEmpty()) {
          claves.add(clave);
        }
        inicio = i + 1;
      }
    }
    return List.copyOf(claves);
  }

  /**
   * Los números de oficio de una lista separada por {@code ,}, {@code ;} o saltos de línea, cada
   * uno normalizado, sin repetir, en el orden escrito; vacía si el texto está en blanco.
   */
  public static List<NumeroOficio> numerosOficio(String campo, String texto) {
    return lista(texto).stream().map(numero -> numeroOficio(campo, numero)).distinct().toList();
  }

  /**
   * Los renglones de una lista de texto libre: uno por línea o separados por {@code ;} (una coma
   * puede ser parte del texto), sin espacios en los extremos ni vacíos ni repetidos.
   */
  public static List<String> renglones(String texto) {
    if (enBlanco(texto)) {
      return List.of();
    }
    return Arrays.stream(texto.split("[;\\r\\n]+"))
        .map(String::strip)
        .filter(r -> !r.isEmpty())
        .distinct()
        .toList();
  }

  private static boolean esSeparador(char c) {
    return c == ',' || c == ';' || c == '\r' || c == '\n';
  }

  /**
   * El número de un oficio, normalizado ({@code INE / UNICOM / 3320 / 2020} es {@code
   * INE/UNICOM/3320/2020}). Un texto sin ninguna cifra no es un número de oficio (`pendiente`, `el
   * de ayer`).
   */
  public static NumeroOficio numeroOficio(String campo, String texto) {
    if (enBlanco(texto)) {
      return null;
    }
    NumeroOficio numero;
    try {
      numero = new NumeroOficio(texto);
    } catch (DatoInvalido e) {
      throw new DatoInvalido(campo, texto, e.getMessage());
    }
    if (!tieneCifras(numero.valor())) {
      throw new DatoInvalido(
          campo,
          texto,
          "«"
              + texto.strip()
              + "» no parece un número de oficio: escribe algo como IEPC/SE/2119/2021.");
    }
    return numero;
  }

  /** La clave de un acuerdo, normalizada como la de un oficio. */
  public static NumeroAcuerdo numeroAcuerdo(String campo, String texto) {
    if (enBlanco(texto)) {
      return null;
    }
    try {
      return new NumeroAcuerdo(texto);
    } catch (DatoInvalido e) {
      throw new DatoInvalido(campo, texto, e.getMessage());
    }
  }

  /**
   * Un valor de una lista fija ({@code Sentido}, {@code Estado}, {@code Cargo}…) por su etiqueta,
   * su nombre u otra de sus formas, sin importar acentos ni mayúsculas.
   */
  public static <E extends Enum<E> & Etiquetado> E valorFijo(
      String campo, String texto, Class<E> tipo) {
    if (enBlanco(texto)) {
      return null;
    }
    Optional<E> valor = Etiquetado.buscar(tipo, texto);
    if (valor.isEmpty()) {
      throw new DatoInvalido(
          campo,
          texto,
          "'"
              + texto.strip()
              + "' no es un valor de «"
              + campo
              + "»; usa "
              + enumeracion(
                  Arrays.stream(tipo.getEnumConstants()).map(Etiquetado::etiqueta).toList())
              + ".");
    }
    return valor.get();
  }

  private static boolean enBlanco(String texto) {
    return texto == null || texto.isBlank();
  }

  private static boolean tieneCifras(String texto) {
    for (int i = 0; i < texto.length(); i++) {
      if (Character.isDigit(texto.charAt(i))) {
        return true;
      }
    }
    return false;
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
