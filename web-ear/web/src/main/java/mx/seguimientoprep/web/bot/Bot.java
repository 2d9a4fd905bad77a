package mx.seguimientoprep.web.bot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.bot.BotUpdateDispatcher;
import mx.seguimientoprep.bot.ConfiguracionBot;
import mx.seguimientoprep.bot.MensajeEntrante;
import mx.seguimientoprep.bot.Puertos;
import mx.seguimientoprep.bot.UpdateDispatcher;
import mx.seguimientoprep.bot.acceso.Vinculo;
import mx.seguimientoprep.bot.comando.Menu;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.entidad.EntidadRepository;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.entregable.DefinicionEntregableRepository;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.proceso.ProcesoRepository;
import mx.seguimientoprep.domain.registro.RegistrarOficio;
import mx.seguimientoprep.web.Configuracion;

/**
 * El despachador del bot, uno para Telegram y para la consola de la web, armado con los casos de
 * uso de la aplicación y sus puertos. Se arma cuando se sabe el nombre de usuario del bot (lo dice
 * getMe al arrancar); la consola, sin Telegram, usa un nombre provisional. «Hoy» para el bot es la
 * fecha en {@code PREP_ZONA_HORARIA} (la Ciudad de México por omisión).
 */
@ApplicationScoped
public class Bot {

  /** El nombre con que la consola arma el bot cuando Telegram está apagado o aún no contesta. */
  static final String NOMBRE_SIN_TELEGRAM = "SeguimientoPrepBot";

  @Inject Configuracion configuracion;
  @Inject EntidadRepository entidades;
  @Inject ConsultarEstado consultarEstado;
  @Inject RegistrarOficio registrarOficio;
  @Inject OficiosRegistradosEnBase oficiosRegistrados;
  @Inject ProcesoRepository procesos;
  @Inject DefinicionEntregableRepository catalogo;
  @Inject ConversacionesEnBase conversaciones;
  @Inject InvitacionesEnBase invitaciones;
  @Inject InformesEnDocumento informes;
  @Inject PreguntasRecientesEnBase preguntasRecientes;
  @Inject SuscripcionesEnBase suscripciones;
  @Inject NoEntendidosEnBase noEntendidos;

  private volatile UpdateDispatcher despachador;
  private volatile String nombre;

  /** Arma el despachador con el nombre de usuario que Telegram dio al bot. */
  public synchronized void nombrar(String nombreDelBot) {
    despachador = armar(nombreDelBot);
    nombre = nombreDelBot;
  }

  /** El nombre de usuario del bot en Telegram, si ya se conoce. */
  public Optional<String> nombre() {
    return Optional.ofNullable(nombre);
  }

  public List<Respuesta> atender(MensajeEntrante mensaje) {
    return despachador().atender(mensaje);
  }

  /** El menú de comandos que se registra en Telegram, hecho de los comandos del bot. */
  public Menu menu() {
    return despachador().menu();
  }

  /** El vínculo vigente del usuario de Telegram, leído en cada mensaje. */
  public Optional<Vinculo> vinculoDe(long usuarioTelegram) {
    return invitaciones.vinculoDe(usuarioTelegram);
  }

  private UpdateDispatcher despachador() {
    UpdateDispatcher actual = despachador;
    if (actual == null) {
      synchronized (this) {
        if (despachador == null) {
          despachador = armar(NOMBRE_SIN_TELEGRAM);
        }
        actual = despachador;
      }
    }
    return actual;
  }

  private UpdateDispatcher armar(String nombreDelBot) {
    ConfiguracionBot configuracionBot =
        new ConfiguracionBot(
            nombreDelBot,
            configuracion.reglasDeAvisos().zona(),
            configuracion.fechaReferenciaFija());
    Puertos puertos =
        new Puertos(
            new ResolutorEntidad(entidades.todas()),
            consultarEstado,
            registrarOficio,
            oficiosRegistrados,
            procesos,
            catalogo,
            conversaciones,
            invitaciones,
            informes,
            suscripciones,
            noEntendidos,
            preguntasRecientes);
    return new BotUpdateDispatcher(configuracionBot, puertos);
  }
}
