package mx.seguimientoprep.informe;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Los entregables del numeral 33 que un enunciado cita: por el nombre con que los informes se
 * refieren a ellos («Planes de Seguridad y Continuidad», «integración del Comité Técnico Asesor»,
 * «informe del mes de octubre»…) y, si el enunciado no nombra ninguno, por el punto que cita
 * («punto 3, del numeral 33»). Los informes anteriores a la reforma INE/CG825/2022 numeran los
 * puntos uno menos que el catálogo ({@code docs/catalogo-entregables.tsv}).
 */
final class EntregablesCitados {

  /** Las formas de nombrar cada entregable en el registro de los informes, sin acentos. */
  private static final Map<String, Pattern> NOMBRES = new LinkedHashMap<>();

  static {
    nombre("E01", "instalacion de la comision (?:temporal )?(?:del|que da seguimiento)");
    nombre(
        "E02",
        "(?:ratifica|designa)(?: y (?:ratifica|designa))? a la instancia interna"
            + "|(?:designacion|ratificacion) de la instancia interna");
    nombre(
        "E03",
        "informe (?:mensual|(?:del mes|correspondiente al mes|de avance del mes) de"
            + "|de (?=(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
            + "|noviembre|diciembre)\\b))");
    nombre(
        "E04",
        "integracion del (?:comite tecnico asesor|cotaprep)|integra el (?:cotaprep|comite tecnico)");
    nombre("E05", "plan de trabajo(?:,| y)? (?:el )?calendario de sesiones");
    nombre("E06", "plan de trabajo para la implementacion");
    nombre("E07", "unicamente por el|con (?:el )?apoyo de un tercero");
    nombre("E08", "proceso tecnico operativo");
    nombre("E09", "propuestas? de entes? auditor");
    nombre("E10", "contrato (?:celebrado )?con el tercero");
    nombre("E11", "prototipo navegable");
    nombre("E12", "ubicacion de los catd");
    nombre("E13", "supervision de los catd");
    nombre("E14", "(?:designacion|aceptacion) del ente auditor");
    nombre("E15", "contrato de prestacion de servicios[^.]{0,200}ente auditor");
    nombre("E16", "planes de seguridad y (?:de )?continuidad|plan de seguridad");
    nombre("E17", "fecha y hora de inicio de la publicacion");
    nombre("E18", "actualizaciones por hora de los datos");
    nombre("E19", "actualizaciones por hora de las bases de datos");
    nombre("E20", "ultima actualizacion");
    nombre("E21", "fecha, hora y lugar (?:para|de) (?:la|las) pruebas? funcional");
    nombre("E23", "(?:informe|evaluacion) de (?:la )?prueba funcional");
    nombre("E27", "desempeno (?:de|en) los simulacros");
    nombre("E28", "acta circunstanciada del cierre");
    nombre("E31", "informe final del (?:prep|programa)");
    nombre("E32", "informe final del (?:cotaprep|comite)");
  }

  private static final Pattern PUNTOS =
      Pattern.compile(
          "puntos? ((?:\\d{1,2}(?:\\s*,\\s*|\\s+y\\s+))*\\d{1,2}),?\\s+del\\s+numeral\\s+33");

  private EntregablesCitados() {}

  private static void nombre(String codigo, String forma) {
    NOMBRES.put(codigo, Pattern.compile(forma));
  }

  /** Los códigos nombrados en el texto ya simplificado ({@link Texto#simple}). */
  static Set<String> porNombre(String simple) {
    Set<String> codigos = new TreeSet<>();
    NOMBRES.forEach(
        (codigo, forma) -> {
          if (forma.matcher(simple).find()) {
            codigos.add(codigo);
          }
        });
    return codigos;
  }

  /** Los códigos de los puntos del numeral 33 citados; {@code desplazamiento} 1 antes de 2023. */
  static Set<String> porPunto(String simple, int desplazamiento) {
    Set<String> codigos = new TreeSet<>();
    Matcher m = PUNTOS.matcher(simple);
    while (m.find()) {
      for (String punto : m.group(1).split("\\s*,\\s*|\\s+y\\s+")) {
        int codigo = Integer.parseInt(punto.strip()) + desplazamiento;
        if (codigo >= 1 && codigo <= 32) {
          codigos.add(String.format("E%02d", codigo));
        }
      }
    }
    return codigos;
  }

  /** Los puntos citados como los escribe el informe («15, 16, 17, 18 y 19»), o {@code null}. */
  static String puntosCitados(String simple) {
    Matcher m = PUNTOS.matcher(simple);
    return m.find() ? m.group(1) : null;
  }

  /** Por nombre; si no nombra ninguno, por punto. */
  static Set<String> en(String simple, int desplazamiento) {
    Set<String> codigos = porNombre(simple);
    return codigos.isEmpty() ? porPunto(simple, desplazamiento) : codigos;
  }
}
