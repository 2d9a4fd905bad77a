package mx.seguimientoprep.bot;

import java.util.Objects;
import mx.seguimientoprep.bot.acceso.Invitaciones;
import mx.seguimientoprep.bot.aviso.Suscripciones;
import mx.seguimientoprep.bot.oficio.Conversaciones;
import mx.seguimientoprep.bot.oficio.OficiosRegistrados;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.entregable.DefinicionEntregableRepository;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.proceso.ProcesoRepository;
import mx.seguimientoprep.domain.registro.RegistrarOficio;

/**
 * Lo que la aplicación le da al bot: los casos de uso y repositorios del dominio, y los puertos del
 * bot que implementa con su base de datos.
 *
 * @param entidades el resolutor de las entidades de la base (datos de referencia)
 * @param estados el estado, el expediente y la lista de entidades con proceso
 * @param procesos los procesos, para las entidades a las que se registran oficios y el proceso de
 *     un oficio
 * @param catalogo el catálogo de entregables, para los botones de un oficio
 * @param informes el informe del mes como documento, para /informe
 * @param suscripciones las suscripciones a los avisos de una entidad
 * @param noEntendidos la cuenta de los mensajes que el bot no entendió
 * @param preguntasRecientes la última pregunta de cada chat, para la que sigue
 */
public record Puertos(
    ResolutorEntidad entidades,
    ConsultarEstado estados,
    RegistrarOficio registrarOficio,
    OficiosRegistrados oficiosRegistrados,
    ProcesoRepository procesos,
    DefinicionEntregableRepository catalogo,
    Conversaciones conversaciones,
    Invitaciones invitaciones,
    InformesDelMes informes,
    Suscripciones suscripciones,
    NoEntendidos noEntendidos,
    PreguntasRecientes preguntasRecientes) {

  public Puertos {
    Objects.requireNonNull(entidades, "entidades");
    Objects.requireNonNull(estados, "estados");
    Objects.requireNonNull(registrarOficio, "registrarOficio");
    Objects.requireNonNull(oficiosRegistrados, "oficiosRegistrados");
    Objects.requireNonNull(procesos, "procesos");
    Objects.requireNonNull(catalogo, "catalogo");
    Objects.requireNonNull(conversaciones, "conversaciones");
    Objects.requireNonNull(invitaciones, "invitaciones");
    Objects.requireNonNull(informes, "informes");
    Objects.requireNonNull(suscripciones, "suscripciones");
    Objects.requireNonNull(noEntendidos, "noEntendidos");
    Objects.requireNonNull(preguntasRecientes, "preguntasRecientes");
  }
}
