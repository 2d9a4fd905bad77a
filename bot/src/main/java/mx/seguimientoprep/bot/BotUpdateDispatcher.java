package mx.seguimientoprep.bot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import mx.seguimientoprep.bot.acceso.Vinculo;
import mx.seguimientoprep.bot.comando.Comando;
import mx.seguimientoprep.bot.comando.Comandos;
import mx.seguimientoprep.bot.comando.Menu;
import mx.seguimientoprep.bot.comando.Seccion;
import mx.seguimientoprep.bot.comprension.EjemplosCercanos;
import mx.seguimientoprep.bot.comprension.Interpretacion;
import mx.seguimientoprep.bot.comprension.Interpretacion.Entendido;
import mx.seguimientoprep.bot.comprension.Interprete;
import mx.seguimientoprep.bot.oficio.Avance;
import mx.seguimientoprep.bot.oficio.CapturaDeOficio;
import mx.seguimientoprep.bot.oficio.Conversacion;
import mx.seguimientoprep.bot.oficio.OficioExistente;
import mx.seguimientoprep.bot.respuesta.Boton;
import mx.seguimientoprep.bot.respuesta.EleccionDeEntidad;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.Ficha;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.estado.ResumenEntidad;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.registro.ErrorDeCampo;
import mx.seguimientoprep.domain.registro.OficioYaRegistrado;
import mx.seguimientoprep.domain.registro.RegistroInvalido;

/**
 * El bot: decide qué contestar a cada mensaje según quién lo envía, dónde y qué pide, con los
 * {@linkplain ComandosDelBot comandos} del bot.
 *
 * <ul>
 *   <li>Un desconocido recibe una sola negativa que dice cómo obtener acceso, y nada más; solo un
 *       comando {@linkplain Comando#publico() público} (`/start <código>`, para canjear su
 *       invitación) se atiende.
 *   <li>En un grupo solo se atienden comandos y menciones.
 *   <li>Antes de atender un comando se revisan, con su descriptor, el rol de quien lo pide y el
 *       chat; si no puede usarlo ahí, se le dice por qué.
 *   <li>En privado, mientras hay un registro de oficio en curso, lo que no es comando es la
 *       respuesta a su pregunta; un comando se atiende sin perder el registro, y se le recuerda.
 * </ul>
 */
public final class BotUpdateDispatcher implements UpdateDispatcher {

  static final String NEGATIVA =
      "Hola. Solo atiendo a personas autorizadas. Para tener acceso, pide a un administrador de"
          + " Seguimiento PREP un código de invitación y envíamelo aquí así: /start <código>";

  /** El comando dueño de la conversación de un oficio: su rol es el de sus botones y respuestas. */
  private static final Comando<Contexto> REGISTRO = ComandosDelBot.OFICIO;

  private static final int ENTIDADES_POR_FILA = 3;

  private final ConfiguracionBot configuracion;
  private final Puertos puertos;
  private final Comandos<Contexto> comandos = ComandosDelBot.TODOS;
  private final Interprete<Contexto> interprete;
  private final CapturaDeOficio captura;
  private final EjemplosCercanos<Contexto> ejemplos;
  private final MemoriaDeChats memoria;

  /** Los ejemplos que se sugieren cuando no se entiende un mensaje. */
  private static final int EJEMPLOS_SUGERIDOS = 3;

  /** El largo máximo del comando desconocido que se cuenta. */
  private static final int LARGO_DEL_INTENTO = 40;

  public BotUpdateDispatcher(ConfiguracionBot configuracion, Puertos puertos) {
    this.configuracion = Objects.requireNonNull(configuracion, "configuracion");
    this.puertos = Objects.requireNonNull(puertos, "puertos");
    this.interprete = new Interprete<>(comandos, puertos.entidades(), configuracion.nombreDelBot());
    this.captura =
        new CapturaDeOficio(
            interprete,
            puertos.entidades(),
            puertos.procesos(),
            puertos.estados(),
            puertos.catalogo(),
            puertos.oficiosRegistrados(),
            configuracion.zona());
    this.ejemplos = new EjemplosCercanos<>(comandos);
    this.memoria = new MemoriaDeChats(puertos.preguntasRecientes(), comandos, puertos.entidades());
  }

  @Override
  public List<Respuesta> atender(MensajeEntrante mensaje) {
    return contestar(mensaje).stream().flatMap(r -> r.partes().stream()).toList();
  }

  @Override
  public Menu menu() {
    return comandos.menu();
  }

  private List<Respuesta> contestar(MensajeEntrante mensaje) {
    if (mensaje.esBoton()) {
      return alPulsar(mensaje);
    }
    Interpretacion<Contexto> interpretacion =
        interprete.interpretar(mensaje.texto(), mensaje.enGrupo(), referencia(mensaje));
    if (interpretacion instanceof Interpretacion.Ignorado) {
      return List.of();
    }
    if (mensaje.vinculo().isEmpty()) {
      if (interpretacion instanceof Entendido<Contexto> pedido && pedido.comando().publico()) {
        return atender(pedido, mensaje, Optional.empty(), Optional.empty());
      }
      return List.of(Respuesta.de(NEGATIVA));
    }
    Vinculo vinculo = mensaje.vinculo().get();
    List<Respuesta> respuestas = new ArrayList<>();
    Optional<Conversacion> conversacion =
        mensaje.enGrupo() ? Optional.empty() : conversacionVigente(mensaje, vinculo, respuestas);
    if (!mensaje.esComando()) {
      if (conversacion.isPresent()) {
        Avance avance = captura.responder(conversacion.get(), mensaje.texto(), mensaje.ahora());
        return aplicar(mensaje, vinculo, avance);
      }
      if (!respuestas.isEmpty()) {
        return respuestas;
      }
    }
    if (interpretacion instanceof Entendido<Contexto> entendido) {
      Entendido<Contexto> pedido = conLoRecordado(entendido, mensaje);
      Optional<Respuesta> negativa = negativa(pedido.comando(), mensaje, vinculo);
      if (negativa.isPresent()) {
        respuestas.add(negativa.get());
        return respuestas;
      }
      respuestas.addAll(atender(pedido, mensaje, Optional.of(vinculo), conversacion));
      if (pedido.comando().manejaLaConversacion()) {
        return respuestas;
      }
    } else if (interpretacion instanceof Interpretacion.Desconocido<Contexto> desconocido) {
      String intento = desconocido.comando().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
      puertos
          .noEntendidos()
          .contar(
              NoEntendidos.Clase.COMANDO,
              intento.length() > LARGO_DEL_INTENTO
                  ? intento.substring(0, LARGO_DEL_INTENTO)
                  : intento,
              mensaje.ahora());
      respuestas.add(
          Respuesta.de(
              "No conozco «"
                  + desconocido.comando()
                  + "». Escribe /ayuda para ver lo que entiendo."));
    } else if (interpretacion instanceof Interpretacion.NoEntendido<Contexto> noEntendido) {
      respuestas.add(noEntendido(noEntendido.texto(), mensaje, vinculo));
    }
    if (conversacion.isPresent()) {
      respuestas.add(
          Respuesta.de(
              "Sigues registrando un oficio: contesta su última pregunta o escribe /cancelar."));
    }
    return respuestas;
  }

  private List<Respuesta> atender(
      Entendido<Contexto> pedido,
      MensajeEntrante mensaje,
      Optional<Vinculo> vinculo,
      Optional<Conversacion> conversacion) {
    List<Respuesta> respuestas =
        pedido
            .comando()
            .manejador()
            .atender(new Contexto(this, mensaje, vinculo, pedido, conversacion));
    if (vinculo.isPresent() && memorable(pedido)) {
      memoria.recordar(mensaje.chat(), pedido, mensaje.ahora());
    }
    if (pedido.detalles().fecha().isPresent()
        && !pedido.comando().fechaPropia()
        && !respuestas.isEmpty()
        && respuestas.get(0).documento() == null) {
      List<Respuesta> conFecha = new ArrayList<>(respuestas);
      conFecha.set(
          0,
          respuestas
              .get(0)
              .precedidaDe(
                  "Al "
                      + Ficha.fecha(pedido.detalles().fecha().get())
                      + ", la fecha que pediste:"));
      return conFecha;
    }
    return respuestas;
  }

  /**
   * La pregunta completada con la anterior del chat (de los últimos 30 minutos): `otra vez` es la
   * anterior; `¿y Coahuila?`, la anterior por Coahuila; una pregunta por entidad que no nombra
   * ninguna, por la entidad de la anterior.
   */
  private Entendido<Contexto> conLoRecordado(Entendido<Contexto> pedido, MensajeEntrante mensaje) {
    if (mensaje.esComando() || !pideLoRecordado(pedido)) {
      return pedido;
    }
    Optional<Entendido<Contexto>> ultima = memoria.ultima(mensaje.chat(), mensaje.ahora());
    if (ultima.isEmpty()) {
      return pedido;
    }
    Entendido<Contexto> anterior = ultima.get();
    if (pedido.comando() == ComandosDelBot.OTRA_VEZ) {
      return anterior;
    }
    if (pedido.detalles().continuacion()
        && pedido.entidad() instanceof Resolucion.Encontrada
        && anterior.comando().porEntidad()) {
      Interpretacion.Detalles detalles =
          new Interpretacion.Detalles(
              pedido.detalles().fecha().or(() -> anterior.detalles().fecha()),
              pedido.detalles().entregable().or(() -> anterior.detalles().entregable()),
              List.of(),
              true,
              pedido.detalles().palabras());
      return new Entendido<>(anterior.comando(), pedido.entidad(), "", detalles);
    }
    if (pedido.comando().porEntidad()
        && pedido.entidad() instanceof Resolucion.NoEncontrada
        && anterior.entidad() instanceof Resolucion.Encontrada) {
      return pedido.con(anterior.entidad());
    }
    return pedido;
  }

  /**
   * Si la pregunta se completa con la anterior: `otra vez`, una que sigue a la anterior (`¿y
   * Coahuila?`) o una por entidad que no nombra ninguna. Las demás no leen la memoria: una pregunta
   * completa cuesta una sentencia menos.
   */
  private static boolean pideLoRecordado(Entendido<Contexto> pedido) {
    return pedido.comando() == ComandosDelBot.OTRA_VEZ
        || pedido.detalles().continuacion()
        || (pedido.comando().porEntidad() && pedido.entidad() instanceof Resolucion.NoEncontrada);
  }

  /**
   * Si se recuerda para la siguiente pregunta: una consulta, también la que preguntó de qué entidad
   * (para que su botón la complete).
   */
  private static boolean memorable(Entendido<Contexto> pedido) {
    Comando<Contexto> comando = pedido.comando();
    if (!comando.anunciado()
        || comando.seccion() == Seccion.REGISTRO
        || comando == ComandosDelBot.AYUDA) {
      return false;
    }
    return true;
  }

  /**
   * Lo que se contesta a una frase que no se entendió: que no se entendió, en una oración, y tres
   * ejemplos parecidos a lo que se escribió; se cuenta, sin guardar el texto.
   */
  private Respuesta noEntendido(String texto, MensajeEntrante mensaje, Vinculo vinculo) {
    List<EjemplosCercanos.Ejemplo<Contexto>> cercanos =
        ejemplos.para(
            texto,
            c -> c.permiteA(vinculo.rol()) && c.localidad().admite(mensaje.enGrupo()),
            EJEMPLOS_SUGERIDOS);
    puertos
        .noEntendidos()
        .contar(
            NoEntendidos.Clase.FRASE,
            cercanos.isEmpty() ? "-" : "/" + cercanos.get(0).comando().nombre(),
            mensaje.ahora());
    StringBuilder texto2 = new StringBuilder("No entendí tu mensaje; prueba a preguntarlo así:");
    cercanos.forEach(e -> texto2.append("\n• ").append(e.texto()));
    texto2.append("\nO escribe /ayuda para ver todo lo que entiendo.");
    return Respuesta.de(texto2.toString());
  }

  /** Por qué no se atiende el comando: el rol de quien lo pide, o el chat. */
  private static Optional<Respuesta> negativa(
      Comando<Contexto> comando, MensajeEntrante mensaje, Vinculo vinculo) {
    if (!comando.permiteA(vinculo.rol())) {
      return Optional.of(Respuesta.de(comando.negativaPorRol(vinculo.rol())));
    }
    if (!comando.localidad().admite(mensaje.enGrupo())) {
      return Optional.of(Respuesta.de(comando.negativaPorLugar()));
    }
    return Optional.empty();
  }

  private List<Respuesta> alPulsar(MensajeEntrante mensaje) {
    if (mensaje.vinculo().isEmpty()) {
      return List.of(Respuesta.de(NEGATIVA));
    }
    Vinculo vinculo = mensaje.vinculo().get();
    String datos = mensaje.datosDeBoton();
    if (CapturaDeOficio.esBoton(datos)) {
      if (!REGISTRO.permiteA(vinculo.rol())) {
        return List.of(Respuesta.de(REGISTRO.negativaPorRol(vinculo.rol())));
      }
      List<Respuesta> avisos = new ArrayList<>();
      Optional<Conversacion> conversacion = conversacionVigente(mensaje, vinculo, avisos);
      if (conversacion.isEmpty()) {
        return avisos.isEmpty()
            ? List.of(Respuesta.de("Ese registro ya terminó. Escribe /oficio para empezar otro."))
            : avisos;
      }
      return aplicar(mensaje, vinculo, captura.pulsar(conversacion.get(), datos, mensaje.ahora()));
    }
    Optional<Entendido<Contexto>> pregunta = interprete.interpretarBoton(datos);
    if (pregunta.isEmpty()) {
      return List.of();
    }
    Entendido<Contexto> pedido = conLaPreguntaPendiente(pregunta.get(), mensaje);
    return negativa(pedido.comando(), mensaje, vinculo)
        .map(List::of)
        .orElseGet(() -> atender(pedido, mensaje, Optional.of(vinculo), Optional.empty()));
  }

  /**
   * El botón de una entidad que contesta «¿De qué entidad?» (o «¿Quisiste decir…?») hace la
   * pregunta que la pidió, con su fecha y su entregable: «¿cuándo vence el PTO?» y luego
   * [Aguascalientes] es el PTO de Aguascalientes.
   */
  private Entendido<Contexto> conLaPreguntaPendiente(
      Entendido<Contexto> boton, MensajeEntrante mensaje) {
    return memoria
        .ultima(mensaje.chat(), mensaje.ahora())
        .filter(a -> a.comando() == boton.comando())
        .filter(a -> !(a.entidad() instanceof Resolucion.Encontrada))
        .map(a -> new Entendido<>(boton.comando(), boton.entidad(), "", a.detalles()))
        .orElse(boton);
  }

  // Lo que los manejadores piden por medio de su Contexto.

  Puertos puertos() {
    return puertos;
  }

  CapturaDeOficio captura() {
    return captura;
  }

  LocalDate referencia(MensajeEntrante mensaje) {
    return configuracion.referencia(mensaje.ahora());
  }

  Respuesta ayuda(Vinculo vinculo) {
    return comandos.ayuda(vinculo.rol(), configuracion.nombreDelBot());
  }

  /**
   * Guarda o borra la conversación según el avance y, si el avance pide registrar el oficio, lo
   * registra con el caso de uso del dominio y contesta según el resultado.
   */
  List<Respuesta> aplicar(MensajeEntrante mensaje, Vinculo vinculo, Avance avance) {
    Avance efectivo = avance;
    if (avance.guardar().isPresent()) {
      Conversacion conversacion = avance.conversacion().orElseThrow();
      Autoria autoria = new Autoria(vinculo.autor(mensaje.usuario()), Canal.BOT);
      try {
        Oficio oficio = puertos.registrarOficio().registrar(avance.guardar().get(), autoria);
        efectivo = captura.guardado(oficio);
      } catch (OficioYaRegistrado e) {
        efectivo =
            captura.yaRegistrado(conversacion, OficioExistente.de(e.existente()), mensaje.ahora());
      } catch (RegistroInvalido e) {
        efectivo =
            captura.rechazado(
                conversacion,
                e.errores().stream().map(ErrorDeCampo::mensaje).toList(),
                mensaje.ahora());
      } catch (DatoInvalido e) {
        efectivo = captura.rechazado(conversacion, List.of(e.getMessage()), mensaje.ahora());
      }
    }
    if (efectivo.conversacion().isPresent()) {
      puertos.conversaciones().guardar(mensaje.chat(), efectivo.conversacion().get());
    } else {
      puertos.conversaciones().borrar(mensaje.chat());
    }
    return efectivo.respuestas();
  }

  /**
   * La conversación en curso del chat, si quien escribe puede registrar oficios (a un consejero no
   * se le busca: ahorra una lectura por pregunta). Una que pasó 30 minutos en silencio se borra y
   * se avisa.
   */
  private Optional<Conversacion> conversacionVigente(
      MensajeEntrante mensaje, Vinculo vinculo, List<Respuesta> avisos) {
    if (!REGISTRO.permiteA(vinculo.rol())) {
      return Optional.empty();
    }
    Optional<Conversacion> conversacion = puertos.conversaciones().cargar(mensaje.chat());
    if (conversacion.isPresent() && conversacion.get().vencidaAl(mensaje.ahora())) {
      puertos.conversaciones().borrar(mensaje.chat());
      avisos.addAll(captura.vencida().respuestas());
      return Optional.empty();
    }
    return conversacion;
  }

  /**
   * La respuesta de una pregunta sobre una entidad; si la entidad es ambigua, tiene una errata o
   * falta, la pregunta de cuál, con botones que hacen la misma pregunta.
   */
  Respuesta porEntidad(
      Comando<Contexto> comando,
      Resolucion entidad,
      LocalDate referencia,
      Function<Entidad, Optional<Respuesta>> respuesta) {
    if (entidad instanceof Resolucion.Encontrada encontrada) {
      return respuesta
          .apply(encontrada.entidad())
          .orElseGet(
              () ->
                  elegirEntidad(
                      comando,
                      referencia,
                      encontrada.entidad().getNombre()
                          + " ("
                          + encontrada.entidad().getSiglas()
                          + ") no tiene procesos registrados. Estas entidades sí:"));
    }
    if (entidad instanceof Resolucion.Ambigua ambigua) {
      return EleccionDeEntidad.cual(
          "Hay varias entidades con ese nombre. ¿Cuál?",
          ambigua.candidatas(),
          e -> comando.datosDeBoton(e.getClave()));
    }
    if (entidad instanceof Resolucion.Sugerencias sugerencias) {
      return EleccionDeEntidad.quisisteDecir(
          sugerencias.candidatas(), e -> comando.datosDeBoton(e.getClave()));
    }
    return elegirEntidad(comando, referencia, "¿De qué entidad? Tócala o escribe su nombre.");
  }

  private Respuesta elegirEntidad(
      Comando<Contexto> comando, LocalDate referencia, String pregunta) {
    List<ResumenEntidad> conProceso = puertos.estados().entidadesConProceso(referencia);
    if (conProceso.isEmpty()) {
      return Respuesta.de("Todavía no hay procesos registrados.");
    }
    List<Boton> botones =
        conProceso.stream()
            .map(r -> new Boton(r.nombre(), comando.datosDeBoton(r.clave())))
            .toList();
    return Respuesta.de(pregunta, Respuesta.enFilas(botones, ENTIDADES_POR_FILA));
  }
}
