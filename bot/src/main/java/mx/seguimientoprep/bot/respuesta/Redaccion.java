package mx.seguimientoprep.bot.respuesta;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import mx.seguimientoprep.domain.Ficha;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.oficio.Sentido;

/** Las piezas de texto que comparten la tarjeta y las listas. */
final class Redaccion {

  private static final String[] MESES = {
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"
  };

  /** El largo al que se recortan asuntos, descripciones y resultados en las listas. */
  static final int LARGO_DE_UN_RENGLON = 200;

  private Redaccion() {}

  /** `dd/mm/aaaa`. */
  static String fecha(LocalDate fecha) {
    return Ficha.fecha(fecha);
  }

  /** `faltan 217 días`, `falta 1 día`, `hoy`, `hace 3 días`. */
  static String dias(long dias) {
    if (dias == 0) {
      return "hoy";
    }
    if (dias > 0) {
      return (dias == 1 ? "falta " : "faltan ") + cuenta(dias, "día", "días");
    }
    return "hace " + cuenta(-dias, "día", "días");
  }

  /** `1 sesión`, `2 sesiones`, `0 sesiones`. */
  static String cuenta(long cuantos, String singular, String plural) {
    return cuantos + " " + (cuantos == 1 ? singular : plural);
  }

  static String periodo(YearMonth periodo) {
    return MESES[periodo.getMonthValue() - 1] + " de " + periodo.getYear();
  }

  /** `E03 Informe mensual de avance…, octubre de 2021`. */
  static String entregable(EntregableEsperado entregable) {
    StringBuilder texto = new StringBuilder(entregable.codigo());
    if (!entregable.nombre().isBlank()) {
      texto.append(' ').append(entregable.nombre());
    }
    if (entregable.periodo() != null) {
      texto.append(", ").append(periodo(entregable.periodo()));
    }
    return texto.toString();
  }

  /** El entregable y su fecha límite entre paréntesis: `E01 … (10/09/2021)`. */
  static String entregableConFecha(EntregableEsperado entregable) {
    return entregable(entregable)
        + (entregable.fechaLimite() == null
            ? " (sin fecha límite)"
            : " (" + fecha(entregable.fechaLimite()) + ")");
  }

  /** `enviado al INE`, `recibido del INE`, `interno`. */
  static String sentido(Sentido sentido) {
    return enMinuscula(sentido.etiqueta());
  }

  /** La primera letra en minúscula, salvo que la palabra sea una sigla (`INE`). */
  /** La primera letra en mayúscula: {@code Sin registro antes del 01/10/2021}. */
  static String enMayuscula(String texto) {
    return texto.isEmpty()
        ? texto
        : texto.substring(0, 1).toUpperCase(Locale.ROOT) + texto.substring(1);
  }

  static String enMinuscula(String texto) {
    if (texto.length() > 1 && Character.isUpperCase(texto.charAt(1))) {
      return texto;
    }
    return texto.isEmpty() ? texto : Character.toLowerCase(texto.charAt(0)) + texto.substring(1);
  }

  /** El texto en un renglón, recortado entre palabras con `…` si excede el largo. */
  static String renglon(String texto, int largo) {
    String unRenglon = texto.strip().replaceAll("\\s+", " ");
    if (unRenglon.length() <= largo) {
      return unRenglon;
    }
    int corte = unRenglon.lastIndexOf(' ', largo - 1);
    return unRenglon.substring(0, corte > 0 ? corte : largo - 1).stripTrailing() + "…";
  }
}
