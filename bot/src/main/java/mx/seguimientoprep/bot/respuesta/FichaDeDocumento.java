package mx.seguimientoprep.bot.respuesta;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.ExpedienteConEstado;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;

/**
 * Un documento por su número (`oficio INE/UNICOM/3320/2020`, `/documento CG-A-43/23`): de un
 * oficio, su entidad y proceso, fecha, sentido, asunto, entregables y su conversación (a qué
 * contesta y quién lo contestó, con los días, y el resultado de la revisión del INE); de un
 * acuerdo, su fecha, órgano, entregable, descripción y los integrantes del COTAPREP que nombra.
 */
public final class FichaDeDocumento {

  private static final Comparator<Oficio> POR_FECHA =
      Comparator.comparing(Oficio::getFecha, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(o -> o.getNumero().valor());

  private FichaDeDocumento() {}

  /** El documento de esa clave en los expedientes, o que no se encontró. */
  public static Respuesta de(String clave, List<ExpedienteConEstado> expedientes) {
    for (ExpedienteConEstado expediente : expedientes) {
      for (Oficio oficio : expediente.registros().oficios()) {
        if (oficio.getNumero().valor().equals(clave)) {
          return oficio(oficio, expediente);
        }
      }
    }
    for (ExpedienteConEstado expediente : expedientes) {
      for (Acuerdo acuerdo : expediente.registros().acuerdos()) {
        if (acuerdo.getClave().valor().equals(clave)) {
          return acuerdo(acuerdo, expediente);
        }
      }
    }
    return Respuesta.de(
        "No encontré ningún oficio ni acuerdo con el número "
            + clave
            + ". Revisa cómo se escribe, o pregunta por los oficios de la entidad: oficios de"
            + " Coahuila.");
  }

  private static Respuesta oficio(Oficio oficio, ExpedienteConEstado expediente) {
    List<String> lineas = new ArrayList<>();
    lineas.add("Oficio " + oficio.getNumero().valor());
    lineas.add(Titulo.de(expediente.registros()));
    lineas.add(
        "Fecha: "
            + fecha(oficio)
            + " · "
            + Redaccion.sentido(oficio.getSentido())
            + remitentes(oficio));
    if (oficio.getAsunto() != null && !oficio.getAsunto().isBlank()) {
      lineas.add("Asunto: " + Redaccion.renglon(oficio.getAsunto(), Redaccion.LARGO_DE_UN_RENGLON));
    }
    if (!oficio.getEntregables().isEmpty()) {
      lineas.add("Entregables: " + entregables(oficio.getEntregables(), expediente));
    }
    if (oficio.getResultado() != null) {
      lineas.add(
          (oficio.getSentido() == Sentido.RECIBIDO_DEL_INE ? "Resultado del INE: " : "Resultado: ")
              + Redaccion.enMinuscula(oficio.getResultado().etiqueta()));
    }
    List<Oficio> oficios = expediente.registros().oficios();
    for (NumeroOficio numero : oficio.getEnRespuestaA()) {
      Optional<Oficio> citado =
          oficios.stream().filter(o -> o.getNumero().equals(numero)).findFirst();
      lineas.add(
          "Contesta a "
              + numero.valor()
              + citado
                  .map(
                      c ->
                          " ("
                              + Redaccion.sentido(c.getSentido())
                              + ", "
                              + fecha(c)
                              + ")"
                              + dias(c.getFecha(), oficio.getFecha(), " después"))
                  .orElse(" (no registrado)"));
    }
    List<Oficio> respuestas =
        oficios.stream()
            .filter(o -> o != oficio && o.respondeA(oficio.getNumero()))
            .sorted(POR_FECHA)
            .toList();
    if (respuestas.isEmpty()) {
      lineas.add("Nadie lo ha contestado todavía.");
    } else {
      lineas.add("Lo contestó:");
      for (Oficio r : respuestas) {
        lineas.add(
            "• "
                + r.getNumero().valor()
                + " ("
                + Redaccion.sentido(r.getSentido())
                + ", "
                + fecha(r)
                + ")"
                + dias(oficio.getFecha(), r.getFecha(), " después")
                + (r.getResultado() == null
                    ? ""
                    : ": " + Redaccion.enMinuscula(r.getResultado().etiqueta())));
      }
    }
    return Respuesta.de(String.join("\n", lineas));
  }

  private static Respuesta acuerdo(Acuerdo acuerdo, ExpedienteConEstado expediente) {
    List<String> lineas = new ArrayList<>();
    lineas.add("Acuerdo " + acuerdo.getClave().valor());
    lineas.add(Titulo.de(expediente.registros()));
    StringBuilder fecha = new StringBuilder("Fecha: ").append(fecha(acuerdo.getFecha()));
    if (acuerdo.getOrgano() != null) {
      fecha.append(" · ").append(acuerdo.getOrgano().etiqueta());
    }
    if (acuerdo.getSesion() != null && !acuerdo.getSesion().isBlank()) {
      fecha.append(" · ").append(acuerdo.getSesion());
    }
    lineas.add(fecha.toString());
    if (acuerdo.getEntregable() != null && !acuerdo.getEntregable().isBlank()) {
      lineas.add("Entregable: " + entregables(List.of(acuerdo.getEntregable()), expediente));
    }
    if (acuerdo.getDescripcion() != null && !acuerdo.getDescripcion().isBlank()) {
      lineas.add(Redaccion.renglon(acuerdo.getDescripcion(), Redaccion.LARGO_DE_UN_RENGLON));
    }
    List<IntegranteCotaprep> nombrados =
        expediente.integrantes().stream()
            .filter(i -> acuerdo.getClave().equals(i.getAcuerdo()))
            .toList();
    if (!nombrados.isEmpty()) {
      lineas.add(
          "Integra el COTAPREP con "
              + Redaccion.cuenta(nombrados.size(), "persona", "personas")
              + ": "
              + String.join(", ", nombrados.stream().map(IntegranteCotaprep::getNombre).toList())
              + ".");
    }
    return Respuesta.de(String.join("\n", lineas));
  }

  private static String remitentes(Oficio oficio) {
    if (oficio.getRemitente() == null && oficio.getDestinatario() == null) {
      return "";
    }
    return " ("
        + (oficio.getRemitente() == null ? "?" : oficio.getRemitente())
        + " → "
        + (oficio.getDestinatario() == null ? "?" : oficio.getDestinatario())
        + ")";
  }

  /** `E05 Plan de trabajo…`, con el nombre del catálogo si el proceso lo espera. */
  static String entregables(List<String> codigos, ExpedienteConEstado expediente) {
    List<String> nombrados = new ArrayList<>();
    for (String codigo : codigos) {
      String nombre =
          expediente.estado().entregables().stream()
              .filter(e -> e.codigo().equals(codigo))
              .map(EntregableEsperado::nombre)
              .findFirst()
              .orElse("");
      nombrados.add(nombre.isBlank() ? codigo : codigo + " " + nombre);
    }
    return String.join("; ", nombrados);
  }

  /** `17/11/2020`, `noviembre de 2020` si el informe solo da el mes, `sin fecha`. */
  static String fecha(Oficio oficio) {
    return oficio.getFechaOMes() == null ? "sin fecha" : oficio.getFechaOMes().texto();
  }

  static String fecha(LocalDate fecha) {
    return fecha == null ? "sin fecha" : Redaccion.fecha(fecha);
  }

  /** `, 8 días después`; nada si falta alguna fecha. */
  static String dias(LocalDate desde, LocalDate hasta, String sufijo) {
    if (desde == null || hasta == null) {
      return "";
    }
    long dias = ChronoUnit.DAYS.between(desde, hasta);
    return ", " + Redaccion.cuenta(dias, "día", "días") + sufijo;
  }
}
