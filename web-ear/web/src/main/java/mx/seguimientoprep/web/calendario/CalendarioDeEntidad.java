package mx.seguimientoprep.web.calendario;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import mx.seguimientoprep.domain.TextoComparable;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.estado.ExpedienteConEstado;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Un proceso como calendario: un evento de día completo por cada entregable esperado con fecha
 * límite (el informe mensual, uno por periodo), con su estado a la fecha en la descripción, y la
 * jornada como evento propio. El {@code UID} de cada evento sale de la entidad, el proceso, el
 * entregable y el periodo, y no de la fecha: si un plazo cambia, el calendario actualiza el mismo
 * evento. Los eventos son fechas sin hora, así que no llevan zona horaria (iCal4j no consulta
 * ninguna en la red: ver {@code ical4j.properties}).
 */
public final class CalendarioDeEntidad {

  /** El tipo de contenido del feed. */
  public static final String TIPO = "text/calendar; charset=utf-8";

  private static final String DOMINIO = "seguimiento-prep";

  private static final DateTimeFormatter DIA =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  private static final String[] MESES = {
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"
  };

  private CalendarioDeEntidad() {}

  /** {@code prep-durango.ics}: el nombre con que se descarga el calendario de la entidad. */
  public static String nombreDeArchivo(Entidad entidad) {
    return "prep-" + TextoComparable.de(entidad.getNombre()).replace(' ', '-') + ".ics";
  }

  /** El calendario del proceso, escrito como lo pide RFC 5545 (líneas CRLF de 75 octetos). */
  public static String ics(ExpedienteConEstado expediente, Instant generado) {
    ProcesoElectoral proceso = expediente.proceso();
    String entidad = proceso.getEntidad().getNombre();
    Calendar calendario = new Calendar();
    calendario.add(new ProdId("-//Seguimiento PREP//Plazos del PREP//ES"));
    calendario.add(ImmutableVersion.VERSION_2_0);
    calendario.add(ImmutableCalScale.GREGORIAN);
    // Sin METHOD: el feed es un calendario de RFC 5545 al que se suscribe, no un mensaje de iTIP
    // (RFC 5546). Con METHOD:PUBLISH, iTIP exige un ORGANIZER en cada evento y iCal4j escribía un
    // WARN en el registro en cada descarga.
    calendario.add(new XProperty("X-WR-CALNAME", "PREP " + entidad + " · " + proceso.getNombre()));
    if (proceso.getJornada() != null) {
      calendario.add(
          evento(
              proceso.getJornada(),
              "Jornada electoral · " + entidad,
              proceso.getNombre(),
              uid(proceso, "jornada"),
              generado));
    }
    LocalDate referencia = expediente.estado().fechaReferencia();
    for (EntregableEsperado esperado : expediente.estado().entregables()) {
      if (esperado.fechaLimite() == null) {
        continue;
      }
      calendario.add(
          evento(
              esperado.fechaLimite(),
              entidad + " · " + esperado.codigo() + " " + nombre(esperado),
              descripcion(esperado, expediente.registrado(esperado), referencia, proceso),
              uid(proceso, esperado.codigo() + periodo(esperado.periodo())),
              generado));
    }
    StringWriter texto = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendario, texto);
    } catch (IOException | ValidationException e) {
      throw new IllegalStateException("No se pudo escribir el calendario de " + entidad, e);
    }
    return texto.toString();
  }

  private static VEvent evento(
      LocalDate dia, String resumen, String descripcion, String uid, Instant generado) {
    VEvent evento = new VEvent(dia, dia.plusDays(1), resumen);
    evento.replace(new DtStamp(generado));
    evento.add(new Uid(uid));
    evento.add(new Description(descripcion));
    evento.add(ImmutableTransp.TRANSPARENT);
    return evento;
  }

  /**
   * {@code e03-2021-10.proceso-electoral-local-ordinario-2021-2022.10@seguimiento-prep}: el
   * entregable y su periodo, el proceso (por su nombre, que no cambia al importar de nuevo), la
   * entidad.
   */
  static String uid(ProcesoElectoral proceso, String asunto) {
    return asunto.toLowerCase(Locale.ROOT)
        + "."
        + TextoComparable.de(proceso.getNombre()).replace(' ', '-')
        + "."
        + proceso.getEntidad().getClave().valor()
        + "@"
        + DOMINIO;
  }

  private static String periodo(YearMonth periodo) {
    return periodo == null ? "" : "-" + periodo;
  }

  private static String nombre(EntregableEsperado esperado) {
    String nombre = esperado.nombre();
    return esperado.periodo() == null
        ? nombre
        : nombre
            + " ("
            + MESES[esperado.periodo().getMonthValue() - 1]
            + " de "
            + esperado.periodo().getYear()
            + ")";
  }

  private static String descripcion(
      EntregableEsperado esperado,
      Optional<Entregable> registrado,
      LocalDate referencia,
      ProcesoElectoral proceso) {
    StringBuilder texto =
        new StringBuilder("Estado al ")
            .append(DIA.format(referencia))
            .append(": ")
            .append(esperado.estado().etiqueta());
    if (esperado.vencido()) {
      texto.append(" (vencido)");
    }
    if (esperado.sinRegistro()) {
      texto.append(" (sin registro: vence fuera del periodo de seguimiento)");
    }
    registrado
        .map(Entregable::getFechaEnvio)
        .ifPresent(envio -> texto.append(". Enviado el ").append(DIA.format(envio)));
    texto.append(". Fecha límite: ").append(DIA.format(esperado.fechaLimite()));
    texto.append(". ").append(proceso.getNombre()).append('.');
    return texto.toString();
  }
}
