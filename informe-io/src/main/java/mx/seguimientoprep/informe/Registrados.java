package mx.seguimientoprep.informe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Los registros que ya existen de la entidad del informe, como filas del libro (columna → texto,
 * tal como los escribe la exportación), para que una propuesta no borre ni reescriba lo que el
 * personal ya capturó: una columna que el informe no da conserva el valor registrado, y los textos
 * libres ({@link #LIBRES}: el asunto, las notas, la descripción…) de un registro que ya existe se
 * quedan como están, vacíos o no, porque el lector copia el enunciado y no lo resume: el texto del
 * informe solo se usa en los registros nuevos. Lo que el informe sí afirma (fechas, sentido,
 * entregables, resultado, estado, respuestas) se propone tal cual y, si difiere, la importación lo
 * cuenta como actualizado.
 */
public final class Registrados {

  /** Las columnas de texto libre, que una propuesta solo escribe en un registro nuevo. */
  public static final Set<String> LIBRES =
      Set.of(
          "Asunto",
          "Notas",
          "Descripción",
          "Resultados",
          "Observaciones",
          "Orden del día",
          "Remitente",
          "Destinatario",
          "Institución");

  private static final Pattern ANOS = Pattern.compile("\\d{4}");

  private final Map<String, List<Map<String, String>>> porClave = new HashMap<>();

  /** Una fila registrada de una hoja (por ejemplo, leída del libro exportado). */
  public void agregar(String hoja, Map<String, String> fila) {
    porClave
        .computeIfAbsent(clave(hoja, fila), k -> new ArrayList<>())
        .add(new LinkedHashMap<>(fila));
  }

  /** La propuesta completada con su registro, si lo hay y es uno solo. */
  public Propuesta completar(Propuesta propuesta) {
    List<Map<String, String>> candidatos =
        porClave.getOrDefault(clave(propuesta.hoja(), propuesta.campos()), List.of());
    if (candidatos.size() != 1) {
      return propuesta;
    }
    Map<String, String> registrado = candidatos.get(0);
    Map<String, String> campos = new LinkedHashMap<>(propuesta.campos());
    for (String libre : LIBRES) {
      campos.remove(libre);
    }
    registrado.forEach(
        (columna, valor) -> {
          if (valor == null || valor.isBlank()) {
            return;
          }
          if (!campos.containsKey(columna)
              || LIBRES.contains(columna)
              || columna.equals("Proceso")) {
            campos.put(columna, valor);
          }
        });
    return new Propuesta(
        propuesta.hoja(), propuesta.clave(), campos, propuesta.fuente(), propuesta.certeza());
  }

  /** La clave natural de una fila dentro de una entidad; el proceso, por sus años. */
  static String clave(String hoja, Map<String, String> fila) {
    String proceso = anos(fila.get("Proceso"));
    return hoja
        + "|"
        + switch (hoja) {
          case "Acuerdos" -> fila.get("Clave");
          case "Oficios" -> fila.get("Número");
          case "Sesiones" ->
              proceso + "|" + fila.get("Órgano") + "|" + fila.get("Tipo") + "|" + fila.get("Fecha");
          case "Entregables" ->
              proceso
                  + "|"
                  + fila.get("Entregable")
                  + "|"
                  + (fila.get("Periodo") == null ? "" : fila.get("Periodo"));
          case "COTAPREP" -> proceso + "|" + fila.get("Nombre");
          default -> String.valueOf(fila);
        };
  }

  private static String anos(String proceso) {
    if (proceso == null) {
      return "";
    }
    StringBuilder anos = new StringBuilder();
    Matcher m = ANOS.matcher(proceso);
    while (m.find()) {
      anos.append(m.group()).append(' ');
    }
    return anos.toString().strip();
  }
}
