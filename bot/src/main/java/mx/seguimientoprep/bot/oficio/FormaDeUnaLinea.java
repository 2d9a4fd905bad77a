package mx.seguimientoprep.bot.oficio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.fecha.FechaInvalida;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Sentido;

/**
 * Lo que trae `/oficio IEC/SE/1766/2020 03/11/2020 enviado Remite acuerdo IEC/CG/145/2020`: en este
 * orden, una entidad opcional (`/oficio durango …`), el número (la primera palabra con cifras), la
 * fecha (en cualquiera de sus formas, aun de varias palabras), el sentido y, lo que queda, el
 * asunto. Lo que falta o no se entiende queda vacío y se pregunta después. Cada valor lo lee {@link
 * CamposDeCaptura}; aquí solo se decide qué palabras son de qué campo.
 *
 * @param avisos por qué se descartó algo de lo escrito (una fecha imposible), para decírselo a la
 *     persona
 */
record FormaDeUnaLinea(
    Optional<Entidad> entidad,
    Optional<NumeroOficio> numero,
    Optional<LocalDate> fecha,
    Optional<Sentido> sentido,
    Optional<String> asunto,
    List<String> avisos) {

  private static final int PALABRAS_DE_UNA_ENTIDAD = 4;
  private static final int PALABRAS_DE_UNA_FECHA = 10;
  private static final int PALABRAS_DE_UN_SENTIDO = 3;

  static FormaDeUnaLinea leer(String texto, LocalDate hoy, CamposDeCaptura campos) {
    List<String> palabras =
        texto == null || texto.isBlank() ? List.of() : Arrays.asList(texto.strip().split("\\s+"));
    List<String> avisos = new ArrayList<>();
    int i = 0;

    Optional<Entidad> entidad = Optional.empty();
    if (!palabras.isEmpty() && !tieneCifras(palabras.get(0))) {
      for (int largo = Math.min(PALABRAS_DE_UNA_ENTIDAD, palabras.size()); largo > 0; largo--) {
        if (campos.entidadExacta(unir(palabras, 0, largo))
            instanceof Resolucion.Encontrada encontrada) {
          entidad = Optional.of(encontrada.entidad());
          i = largo;
          break;
        }
      }
    }

    Optional<NumeroOficio> numero = Optional.empty();
    if (i < palabras.size() && tieneCifras(palabras.get(i))) {
      try {
        numero = campos.numero(palabras.get(i));
      } catch (DatoInvalido e) {
        avisos.add(e.getMessage());
      }
      i++;
    }
    if (numero.isEmpty() && i < palabras.size()) {
      avisos.add(
          "No entendí «"
              + unir(palabras, i, palabras.size())
              + "»: en una línea va primero el número del oficio, luego la fecha, el sentido y el"
              + " asunto.");
      return new FormaDeUnaLinea(
          entidad, numero, Optional.empty(), Optional.empty(), Optional.empty(), avisos);
    }

    Optional<LocalDate> fecha = Optional.empty();
    for (int largo = 1; largo <= PALABRAS_DE_UNA_FECHA && i + largo <= palabras.size(); largo++) {
      String ultima = palabras.get(i + largo - 1);
      String candidata = unir(palabras, i, i + largo);
      if (!tieneCifras(ultima) && !(largo == 1 && esHoyOAyer(candidata))) {
        continue;
      }
      try {
        fecha = Optional.of(campos.fecha(candidata, hoy));
        i += largo;
        break;
      } catch (FechaInvalida e) {
        if (e.pareceFecha()) {
          avisos.add(e.getMessage());
          i += largo;
          break;
        }
      }
    }

    Optional<Sentido> sentido = Optional.empty();
    for (int largo = Math.min(PALABRAS_DE_UN_SENTIDO, palabras.size() - i); largo > 0; largo--) {
      Optional<Sentido> leido = campos.sentido(unir(palabras, i, i + largo));
      if (leido.isPresent()) {
        sentido = leido;
        i += largo;
        break;
      }
    }

    String resto = unir(palabras, i, palabras.size());
    Optional<String> asunto = Optional.empty();
    if (!resto.isBlank()) {
      // El asunto se valida (su largo) antes de guardarse en la conversación, como el de la
      // pregunta guiada: uno demasiado largo se avisa y se vuelve a preguntar.
      try {
        asunto = Optional.of(campos.asunto(resto));
      } catch (DatoInvalido e) {
        avisos.add(e.getMessage());
      }
    }
    return new FormaDeUnaLinea(entidad, numero, fecha, sentido, asunto, avisos);
  }

  private static boolean tieneCifras(String palabra) {
    return palabra.chars().anyMatch(Character::isDigit);
  }

  private static boolean esHoyOAyer(String palabra) {
    return palabra.equalsIgnoreCase("hoy") || palabra.equalsIgnoreCase("ayer");
  }

  private static String unir(List<String> palabras, int desde, int hasta) {
    return String.join(" ", palabras.subList(desde, Math.max(desde, hasta)));
  }
}
