package mx.seguimientoprep.informe;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.ClaveDocumento;

/**
 * La clave de un documento dentro de un enunciado: {@code IEC/SE/1766/2020}, {@code INE / UNICOM /
 * 4547 / 2021}, {@code IEPC/UTC/21/104}, {@code IEPC/CG139/2021}, {@code CG-A-43/23}, {@code
 * INE/CG825/2022}; ya normalizada como la guarda el dominio. Es de un acuerdo cuando uno de sus
 * segmentos es del Consejo General ({@code CG}); si no, de un oficio.
 */
record ClaveEnTexto(String clave, int inicio, int fin, boolean acuerdo) {

  private static final Pattern CLAVE =
      Pattern.compile(
          "(?<![\\p{L}\\d/-])[A-Z]{2,}[A-Z0-9]*(?:-[A-Z0-9]+)*(?:[ ]?/[ ]?[A-Z0-9]+(?:-[A-Z0-9]+)*){1,5}(?![\\p{L}\\d/])");
  private static final Pattern SEGMENTO_CG = Pattern.compile("^A?CG(?:\\d+|-.*)?$");

  static List<ClaveEnTexto> en(String texto) {
    List<ClaveEnTexto> claves = new ArrayList<>();
    Matcher m = CLAVE.matcher(texto);
    while (m.find()) {
      String encontrada = m.group();
      String normal = ClaveDocumento.normalizar("Clave", encontrada);
      String[] segmentos = normal.split("/");
      boolean conCifra = normal.chars().anyMatch(Character::isDigit);
      boolean forma = segmentos.length >= 3 || (segmentos.length == 2 && normal.contains("-"));
      if (!conCifra || !forma) {
        continue;
      }
      boolean acuerdo = false;
      for (String segmento : segmentos) {
        acuerdo |= SEGMENTO_CG.matcher(segmento).matches();
      }
      claves.add(new ClaveEnTexto(normal, m.start(), m.end(), acuerdo));
    }
    return claves;
  }

  String segmento(int i) {
    String[] segmentos = clave.split("/");
    return i < segmentos.length ? segmentos[i] : "";
  }

  boolean delIne() {
    return clave.startsWith("INE/");
  }
}
