package mx.seguimientoprep.hoja.exportacion;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lo que se pidió exportar, como lo lee una persona en el título del resumen. Filtrar es cosa de
 * quien reúne el contenido; aquí solo se dice qué se filtró.
 *
 * @param entidad el nombre de la entidad, o {@code null} para todas
 * @param proceso el proceso como se pidió ({@code 2021-2022}), o {@code null} para todos
 * @param mes el mes de los registros, o {@code null} para todos
 */
public record Alcance(String entidad, String proceso, YearMonth mes) {

  /** Sin filtros: todas las entidades, todos los procesos, todos los meses. */
  public static final Alcance TODO = new Alcance(null, null, null);

  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");

  public Alcance {
    entidad = enBlancoEsNulo(entidad);
    proceso = enBlancoEsNulo(proceso);
  }

  /** {@code Coahuila · proceso 2021 · noviembre de 2020}, o {@code todas las entidades}. */
  public String descripcion() {
    List<String> partes = new ArrayList<>();
    partes.add(entidad == null ? "todas las entidades" : entidad);
    if (proceso != null) {
      partes.add("proceso " + proceso);
    }
    if (mes != null) {
      partes.add(
          "registros de "
              + mes.getMonth().getDisplayName(TextStyle.FULL, ES_MX)
              + " de "
              + mes.getYear());
    }
    return String.join(" · ", partes);
  }

  private static String enBlancoEsNulo(String texto) {
    return texto == null || texto.isBlank() ? null : texto.strip();
  }
}
