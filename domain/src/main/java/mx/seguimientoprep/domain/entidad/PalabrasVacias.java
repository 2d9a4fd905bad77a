package mx.seguimientoprep.domain.entidad;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.seguimientoprep.domain.TextoComparable;

/**
 * Las palabras de una pregunta o de una referencia que no nombran una entidad (`estado`, `cómo`,
 * `va`, `oficios`…): no cuentan para decidir si una clave o un alias que también es palabra común
 * (`son`, `ver`, `sin`) está solo en la frase, ni se les buscan parecidos. Es la única lista: la
 * usan el bot, la API y la hoja a través de {@link ResolutorEntidad#enFrase}.
 *
 * <p>Incluye las palabras con que una persona pide algo al bot (`oficios`, `pendientes`, `vence`,
 * `ayuda`, `registrar`…): una palabra nueva de una orden del bot se agrega aquí, o podría tomarse
 * por el alias de una entidad.
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
              "instituto",
              // Lo que se pide: oficios, registrar uno, acuerdos, sesiones, pendientes,
              // vencimientos, ayuda, saludos y cancelar.
              "oficio",
              "oficios",
              "registrar",
              "registra",
              "capturar",
              "captura",
              "nuevo",
              "agregar",
              "agrega",
              "alta",
              "acuerdo",
              "acuerdos",
              "sesion",
              "sesiones",
              "reunion",
              "reuniones",
              "pendiente",
              "pendientes",
              "entregable",
              "entregables",
              "vencido",
              "vencidos",
              "atrasado",
              "atrasados",
              "vencimiento",
              "vencimientos",
              "vence",
              "vencen",
              "vencera",
              "venceran",
              "ayuda",
              "help",
              "comandos",
              "instrucciones",
              "hola",
              "buenas",
              "buenos",
              "saludos",
              "inicio",
              "menu",
              "start",
              "cancelar",
              "cancela")
          .map(TextoComparable::de)
          .collect(Collectors.toUnmodifiableSet());

  private PalabrasVacias() {}
}
