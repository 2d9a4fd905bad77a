package mx.seguimientoprep.web.importacion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.seguimientoprep.informe.LecturaDelInforme;
import mx.seguimientoprep.informe.Portada;
import mx.seguimientoprep.informe.Propuesta;

/**
 * La respuesta de {@code POST /api/informes} (http.md): el informe de la importación del libro, con
 * los mismos campos, más la portada leída y las propuestas con su hoja, fila, clave, campos, fuente
 * y certeza.
 */
public record LecturaJson(
    String estado,
    String archivo,
    String sha256,
    Map<String, InformeImportacion.ConteoHoja> hojas,
    List<InformeImportacion.Hallazgo> errores,
    List<InformeImportacion.Hallazgo> advertencias,
    int totalErrores,
    int totalAdvertencias,
    String aviso,
    PortadaJson portada,
    List<PropuestaJson> propuestas) {

  /** Una propuesta; {@code fila} es su fila en el libro de propuestas (la primera es la 2). */
  public record PropuestaJson(
      String hoja,
      int fila,
      String clave,
      Map<String, String> campos,
      String fuente,
      String certeza) {}

  /** De quién y de cuándo es el informe, leído o dado; {@code mes} como {@code aaaa-mm}. */
  public record PortadaJson(String entidad, String proceso, String mes) {}

  static LecturaJson de(InformeImportacion i, LecturaDelInforme lectura, List<Integer> filas) {
    List<PropuestaJson> propuestas = new ArrayList<>();
    for (int k = 0; k < lectura.propuestas().size(); k++) {
      Propuesta p = lectura.propuestas().get(k);
      propuestas.add(
          new PropuestaJson(
              p.hoja(), filas.get(k), p.clave(), p.campos(), p.fuente(), p.certeza().etiqueta()));
    }
    Portada leida = lectura.portada();
    return new LecturaJson(
        i.estado(),
        i.archivo(),
        i.sha256(),
        i.hojas(),
        i.errores(),
        i.advertencias(),
        i.totalErrores(),
        i.totalAdvertencias(),
        i.aviso(),
        new PortadaJson(
            leida.entidad(), leida.proceso(), leida.mes() == null ? null : leida.mes().toString()),
        propuestas);
  }

  public boolean rechazada() {
    return "rechazada".equals(estado);
  }
}
