package mx.seguimientoprep.bot;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import mx.seguimientoprep.bot.acceso.Vinculo;
import mx.seguimientoprep.bot.comando.Comando;
import mx.seguimientoprep.bot.comprension.Interpretacion;
import mx.seguimientoprep.bot.oficio.Avance;
import mx.seguimientoprep.bot.oficio.CapturaDeOficio;
import mx.seguimientoprep.bot.oficio.Conversacion;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.estado.ConsultarEstado;

/**
 * Lo que recibe el manejador de un comando (como el {@code MessageContext} de TelegramBots): el
 * mensaje, quién lo envía, lo que se entendió, la conversación de oficio en curso y con qué
 * contestar. Lo arma el despachador cuando ya revisó el rol y el chat.
 */
public final class Contexto {

  private final BotUpdateDispatcher bot;
  private final MensajeEntrante mensaje;
  private final Optional<Vinculo> vinculo;
  private final Interpretacion.Entendido<Contexto> pedido;
  private final Optional<Conversacion> conversacion;

  Contexto(
      BotUpdateDispatcher bot,
      MensajeEntrante mensaje,
      Optional<Vinculo> vinculo,
      Interpretacion.Entendido<Contexto> pedido,
      Optional<Conversacion> conversacion) {
    this.bot = bot;
    this.mensaje = mensaje;
    this.vinculo = vinculo;
    this.pedido = pedido;
    this.conversacion = conversacion;
  }

  MensajeEntrante mensaje() {
    return mensaje;
  }

  /** Vacío solo en un comando {@linkplain Comando#publico() público} de un desconocido. */
  Optional<Vinculo> vinculo() {
    return vinculo;
  }

  Comando<Contexto> comando() {
    return pedido.comando();
  }

  /** El texto tras el comando, tal como se escribió; vacío si no hay. */
  String argumento() {
    return pedido.argumento();
  }

  /** La conversación de oficio en curso en el chat, si quien escribe puede registrar oficios. */
  Optional<Conversacion> conversacion() {
    return conversacion;
  }

  /** La fecha a la que se calculan los estados: la que se preguntó o, si no, la de hoy. */
  LocalDate referencia() {
    return pedido
        .detalles()
        .fecha()
        .filter(f -> !pedido.comando().fechaPropia())
        .orElseGet(() -> bot.referencia(mensaje));
  }

  /** Lo que la pregunta dice además del comando y la entidad: fecha, entregable, documentos. */
  Interpretacion.Detalles detalles() {
    return pedido.detalles();
  }

  ConsultarEstado estados() {
    return bot.puertos().estados();
  }

  Puertos puertos() {
    return bot.puertos();
  }

  CapturaDeOficio captura() {
    return bot.captura();
  }

  /** Guarda o borra la conversación según el avance y registra el oficio si toca. */
  List<Respuesta> aplicar(Avance avance) {
    return bot.aplicar(mensaje, vinculo.orElseThrow(), avance);
  }

  /** /ayuda para ese vínculo. */
  Respuesta ayuda(Vinculo vinculo) {
    return bot.ayuda(vinculo);
  }

  /**
   * La respuesta de una pregunta sobre una entidad: la de la entidad reconocida; si es ambigua, si
   * tiene una errata o si falta, la pregunta de cuál, con botones que hacen la misma pregunta.
   *
   * @param respuesta la respuesta para la entidad; vacía si la entidad no tiene procesos
   */
  List<Respuesta> porEntidad(Function<Entidad, Optional<Respuesta>> respuesta) {
    return List.of(bot.porEntidad(comando(), pedido.entidad(), referencia(), respuesta));
  }
}
