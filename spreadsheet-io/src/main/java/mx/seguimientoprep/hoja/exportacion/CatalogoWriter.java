package mx.seguimientoprep.hoja.exportacion;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.Plazo;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.VersionLineamientos;
import mx.seguimientoprep.hoja.Hoja;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * La hoja {@code Catálogo}: cada entregable con su código, su nombre, su regla de plazo explicada,
 * su punto del numeral 33 en cada versión de los Lineamientos y la fecha en que vence en cada
 * proceso exportado según esa regla (sin las fechas límite que un entregable registrado fije por su
 * cuenta; esas están en la hoja {@code Entregables}).
 */
final class CatalogoWriter {

  private static final String MENSUAL = "Mensual";
  private static final String NO_EXISTE = "No existía";

  private static final Pattern TERMINO = Pattern.compile("([+-])(\\d+)([MD])");
  private static final Pattern ANIOS = Pattern.compile("\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?");
  private static final int COLUMNAS_FIJAS = 2;

  private CatalogoWriter() {}

  static void escribir(SXSSFWorkbook libro, Estilos estilos, ContenidoExportacion contenido) {
    SheetWriter hoja = new SheetWriter(libro, Hoja.CATALOGO.nombre(), estilos);
    hoja.tabla(columnas(contenido.procesos()), contenido.catalogo());
    hoja.terminar(COLUMNAS_FIJAS);
  }

  static ColumnasDeHoja<DefinicionEntregable> columnas(List<ProcesoElectoral> procesos) {
    ColumnasDeHoja.Constructor<DefinicionEntregable> columnas =
        ColumnasDeHoja.<DefinicionEntregable>libres(Hoja.CATALOGO)
            .texto("Código", DefinicionEntregable::getCodigo)
            .parrafo("Nombre", DefinicionEntregable::getNombre)
            .texto("Regla del plazo", d -> regla(d.getPlazo()))
            .valor("Punto (Lineamientos 2022)", d -> punto(d, VersionLineamientos.V2022))
            .valor("Punto (Lineamientos anteriores)", d -> punto(d, VersionLineamientos.ANTERIOR));
    Set<String> usados = new HashSet<>();
    for (ProcesoElectoral proceso : procesos) {
      String encabezado = encabezado(proceso);
      if (!usados.add(encabezado)) {
        encabezado = proceso.getEntidad().getNombre() + " " + proceso.getNombre();
      }
      columnas.valor(encabezado, d -> vencimiento(d, proceso));
    }
    return columnas.terminar();
  }

  /**
   * {@code Coahuila 2021}: la entidad y los años del proceso; si otro proceso de la entidad tiene
   * los mismos años, la columna lleva el nombre completo.
   */
  static String encabezado(ProcesoElectoral proceso) {
    Matcher anios = ANIOS.matcher(proceso.getNombre());
    String ultimos = null;
    while (anios.find()) {
      ultimos = anios.group();
    }
    return proceso.getEntidad().getNombre()
        + " "
        + (ultimos == null ? proceso.getNombre() : ultimos.replaceAll("\\s", ""));
  }

  /** El punto del numeral 33 en esa versión; {@code No existía} si no existía en ella. */
  private static Object punto(DefinicionEntregable definicion, VersionLineamientos version) {
    if (!definicion.existeEn(version)) {
      return NO_EXISTE;
    }
    return definicion.punto(version).orElse(null);
  }

  /**
   * La fecha de la regla en ese proceso (si su jornada cambió, la que conserva el plazo que ya
   * había corrido); un mensual vence cada mes; sin jornada no se sabe; un entregable que no existe
   * en la versión de los Lineamientos del proceso no se le pide.
   */
  private static Object vencimiento(DefinicionEntregable definicion, ProcesoElectoral proceso) {
    if (!definicion.existeEn(proceso.versionDeLineamientos())) {
      return NO_EXISTE;
    }
    if (definicion.mensual()) {
      return MENSUAL;
    }
    return definicion.vencimientoEn(proceso, null).orElse(null);
  }

  /** {@code J-9M+5D: jornada − 9 meses + 5 días}. */
  static String regla(Plazo plazo) {
    if (plazo.sinRegla()) {
      return "Sin plazo fijo";
    }
    String texto = plazo.texto();
    if (plazo.mensual()) {
      return texto
          + ": día "
          + texto.substring(texto.indexOf(':') + 1)
          + " del mes siguiente al que informa";
    }
    StringBuilder explicacion = new StringBuilder(texto).append(": jornada");
    Matcher termino = TERMINO.matcher(texto);
    boolean alguno = false;
    while (termino.find()) {
      alguno = true;
      int cantidad = Integer.parseInt(termino.group(2));
      boolean meses = "M".equals(termino.group(3));
      explicacion
          .append("-".equals(termino.group(1)) ? " − " : " + ")
          .append(cantidad)
          .append(meses ? (cantidad == 1 ? " mes" : " meses") : (cantidad == 1 ? " día" : " días"));
    }
    return alguno ? explicacion.toString() : texto + ": el día de la jornada";
  }
}
