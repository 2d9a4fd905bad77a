package mx.seguimientoprep.domain.entidad;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.seguimientoprep.domain.TextoComparable;

/**
 * Las palabras de una pregunta o de una referencia que no nombran una entidad (`estado`, `cómo`,
 * `va`, `dame`…): no cuentan para decidir si una clave o un alias que también es palabra común
 * (`son`, `ver`, `sin`) está solo en la frase, ni se les buscan parecidos. Es la única lista: la
 * usan el bot, la API y la hoja a través de {@link ResolutorEntidad#enFrase}.
 *
 * <p>No incluye las palabras con que una persona pide algo al bot (`oficios`, `pendientes`,
 * `vence`, `ayuda`, `registrar`…): el bot las agrega él mismo, desde las frases de sus comandos,
 * con {@link ResolutorEntidad#enFrase(String, java.util.Set)}.
 */
final class PalabrasVacias {

  /** Ya en su forma comparable ({@link TextoComparable}). */
  static final Set<String> DE_UNA_PREGUNTA =
      Stream.of(
              // De qué se pregunta y cómo.
              "estado",
              "estatus",
              "status",
              "situacion",
              "avance",
              "avances",
              "resumen",
              "reporte",
              "informe",
              "informacion",
              "info",
              "prep",
              "programa",
              "como",
              "va",
              "van",
              "anda",
              "andan",
              "lleva",
              "llevan",
              "esta",
              "estan",
              "que",
              "cual",
              "cuales",
              "cuantos",
              "cuantas",
              "hay",
              "tiene",
              "tienen",
              "me",
              "dime",
              "dame",
              "muestra",
              "muestrame",
              "quiero",
              "saber",
              "ver",
              "son",
              "sin",
              "del",
              "de",
              "la",
              "las",
              "el",
              "los",
              "en",
              "al",
              "a",
              "y",
              "o",
              "un",
              "una",
              "por",
              "para",
              "favor",
              "porfa",
              "sobre",
              "acerca",
              "proceso",
              "actual",
              "ultimo",
              "ultimos",
              "recientes",
              "proximos",
              "dias",
              "mes",
              "semana",
              "gracias",
              "opl",
              "instituto")
          .map(TextoComparable::de)
          .collect(Collectors.toUnmodifiableSet());

  private PalabrasVacias() {}
}
