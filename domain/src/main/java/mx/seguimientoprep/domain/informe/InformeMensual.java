package mx.seguimientoprep.domain.informe;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Lo que dice el informe del mes de un proceso, ya redactado: la portada, el encabezado del avance,
 * los apartados que tienen hechos (o el párrafo que dice que el mes no los tuvo) y la firma.
 *
 * @param titulo el título de la portada: «Informe del mes de … en el estado de …»
 * @param presentacion la fecha de presentación de la portada
 * @param avance el encabezado del cuerpo: «Avance en la implementación del PREP durante el mes de
 *     …»
 * @param sinHechos el párrafo del informe de un mes sin acuerdos, sesiones ni oficios
 * @param titular quien firma: el titular de la instancia interna, si está registrado
 */
public record InformeMensual(
    String siglas,
    YearMonth mes,
    String titulo,
    String proceso,
    String instanciaInterna,
    LocalDate presentacion,
    String avance,
    List<Apartado> apartados,
    Optional<String> sinHechos,
    Optional<String> titular) {

  public InformeMensual {
    apartados = List.copyOf(apartados);
  }

  /**
   * El nombre del archivo, con las siglas del OPL: {@code informe-IEC-2020-11.docx}, {@code
   * informe-IEPC-Durango-2021-10.docx}.
   */
  public String nombreDeArchivo() {
    String sinAcentos =
        java.text.Normalizer.normalize(siglas, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    return "informe-"
        + sinAcentos.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "")
        + "-"
        + mes
        + ".docx";
  }
}
