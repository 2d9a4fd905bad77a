package mx.seguimientoprep.bot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.seguimientoprep.bot.acceso.Vinculo;
import mx.seguimientoprep.bot.comprension.Intencion;
import mx.seguimientoprep.bot.comprension.Interpretacion;
import mx.seguimientoprep.bot.comprension.Interprete;
import mx.seguimientoprep.bot.oficio.Avance;
import mx.seguimientoprep.bot.oficio.CapturaDeOficio;
import mx.seguimientoprep.bot.oficio.Conversacion;
import mx.seguimientoprep.bot.oficio.OficioExistente;
import mx.seguimientoprep.bot.respuesta.Ayuda;
import mx.seguimientoprep.bot.respuesta.Boton;
import mx.seguimientoprep.bot.respuesta.EleccionDeEntidad;
import mx.seguimientoprep.bot.respuesta.ListaDeAcuerdos;
import mx.seguimientoprep.bot.respuesta.ListaDeOficios;
import mx.seguimientoprep.bot.respuesta.ListaDePendientes;
import mx.seguimientoprep.bot.respuesta.ListaDeSesiones;
import mx.seguimientoprep.bot.respuesta.ListaDeVencimientos;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.bot.respuesta.TarjetaDeEstado;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.estado.ResumenEntidad;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.registro.ErrorDeCampo;
import mx.seguimientoprep.domain.registro.OficioYaRegistrado;
import mx.seguimientoprep.domain.registro.RegistroInvalido;
import mx.seguimientoprep.domain.usuario.Rol;

/**
 * El bot: decide qué contestar a cada mensaje según quién lo envía, dónde y qué pide.
 *
 * <ul>
 *   <li>Un desconocido recibe una sola negativa que dice cómo obtener acceso, y nada más; solo
 *       `/start <código>` en privado se atiende, para canjear su invitación.
 *   <li>En un grupo solo se atienden comandos y menciones; los oficios se registran en privado.
 *   <li>Un consejero pregunta; un capturista además registra oficios.
 *   <li>En privado, mientras hay un registro de oficio en curso, lo que no es comando es la
 *       respuesta a su pregunta; un comando se atiende sin perder el registro.
 * </ul>
 */
public final class BotUpdateDispatcher implements UpdateDispatcher {

  static final String NEGATIVA =
      "Hola. Solo atiendo a personas autorizadas. Para tener acceso, pide a un administrador de"
          + " Seguimiento PREP un código de invitación y envíamelo aquí así: /start <código>";

  private static final int ENTIDADES_POR_FILA = 3;

  private final ConfiguracionBot configuracion;
  private final Puertos puertos;
  private final Interprete interprete;
  private final CapturaDeOficio captura;

  public BotUpdateDispatcher(ConfiguracionBot configuracion, Puertos puertos) {
    this.configuracion = Objects.requireNonNull(configuracion, "configuracion");
    this.puertos = Objects.requireNonNull(puertos, "puertos");
    this.interprete = new Interprete(puertos.entidades(), configuracion.nombreDelBot());
    this.captura =
        new CapturaDeOficio(
            interprete,
            puertos.entidades(),
            puertos.procesos(),
            puertos.estados(),
            puertos.catalogo(),
            puertos.oficiosRegistrados(),
            configuracion.zona());
  }

  @Override
  public List<Respuesta> atender(MensajeEntrante mensaje) {
    return contestar(mensaje).stream().flatMap(r -> r.partes().stream()).toList();
  }

  private List<Respuesta> contestar(MensajeEntrante mensaje) {
    if (mensaje.esBoton()) {
      return alPulsar(mensaje);
    }
    Interpretacion interpretacion = interprete.interpretar(mensaje.texto(), mensaje.enGrupo());
    Intencion intencion = interpretacion.intencion();
    if (intencion == Intencion.IGNORAR) {
      return List.of();
    }
    if (intencion == Intencion.START && !interpretacion.argumento().isEmpty()) {
      return canjear(mensaje, interpretacion.argumento());
    }
    if (mensaje.vinculo().isEmpty()) {
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
    respuestas.addAll(atenderIntencion(mensaje, vinculo, interpretacion, conversacion));
    return respuestas;
  }

  /** Un comando, o una frase cuando no hay registro en curso. */
  private List<Respuesta> atenderIntencion(
      MensajeEntrante mensaje,
      Vinculo vinculo,
      Interpretacion interpretacion,
      Optional<Conversacion> conversacion) {
    LocalDate referencia = configuracion.referencia(mensaje.ahora());
    List<Respuesta> respuestas = new ArrayList<>();
    switch (interpretacion.intencion()) {
      case START ->
          respuestas.add(
              ayuda(vinculo)
                  .precedidaDe(
                      "Hola"
                          + (vinculo.cuenta() == null ? "" : ", " + vinculo.cuenta())
                          + ". Estás vinculado con el rol "
                          + vinculo.nombreDelRol()
                          + "."));
      case AYUDA -> respuestas.add(ayuda(vinculo));
      case DESCONOCIDA ->
          respuestas.add(
              Respuesta.de(
                  "No conozco «"
                      + interpretacion.argumento()
                      + "». Escribe /ayuda para ver lo que entiendo."));
      case CANCELAR -> {
        if (conversacion.isPresent()) {
          puertos.conversaciones().borrar(mensaje.chat());
          respuestas.addAll(captura.cancelada().respuestas());
        } else {
          respuestas.add(Respuesta.de("No hay ningún registro en curso que cancelar."));
        }
        return respuestas;
      }
      case REGISTRAR_OFICIO -> {
        return registrarOficio(mensaje, vinculo, interpretacion.argumento());
      }
      case VENCIMIENTOS -> respuestas.add(vencimientos(referencia));
      case ESTADO, OFICIOS, PENDIENTES, ACUERDOS, SESIONES ->
          respuestas.add(consultar(interpretacion, referencia));
      case IGNORAR -> {
        return respuestas;
      }
    }
    if (conversacion.isPresent()) {
      respuestas.add(
          Respuesta.de(
              "Sigues registrando un oficio: contesta su última pregunta o escribe /cancelar."));
    }
    return respuestas;
  }

  private List<Respuesta> alPulsar(MensajeEntrante mensaje) {
    if (mensaje.vinculo().isEmpty()) {
      return List.of(Respuesta.de(NEGATIVA));
    }
    Vinculo vinculo = mensaje.vinculo().get();
    String datos = mensaje.datosDeBoton();
    if (CapturaDeOficio.esBoton(datos)) {
      if (vinculo.rol() != Rol.STAFF) {
        return List.of(soloCapturistas(vinculo));
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
    return interprete
        .interpretarBoton(datos)
        .map(i -> List.of(consultar(i, configuracion.referencia(mensaje.ahora()))))
        .orElse(List.of());
  }

  private List<Respuesta> canjear(MensajeEntrante mensaje, String codigo) {
    if (mensaje.enGrupo()) {
      return List.of(
          Respuesta.de(
              "Por seguridad, envíame el código de invitación en un chat privado, no en un"
                  + " grupo."));
    }
    Optional<Vinculo> vinculo =
        puertos
            .invitaciones()
            .canjear(codigo, mensaje.usuario(), mensaje.nombreUsuario(), mensaje.ahora());
    if (vinculo.isEmpty()) {
      return List.of(
          Respuesta.de(
              "Ese código de invitación no sirve: puede que ya se haya usado o que haya vencido."
                  + " Pide uno nuevo a un administrador de Seguimiento PREP."));
    }
    return List.of(
        ayuda(vinculo.get())
            .precedidaDe(
                "Listo"
                    + (vinculo.get().cuenta() == null ? "" : ", " + vinculo.get().cuenta())
                    + ": quedaste vinculado con el rol "
                    + vinculo.get().nombreDelRol()
                    + "."));
  }

  // El registro de oficios.

  private List<Respuesta> registrarOficio(
      MensajeEntrante mensaje, Vinculo vinculo, String lineaUnica) {
    if (vinculo.rol() != Rol.STAFF) {
      return List.of(soloCapturistas(vinculo));
    }
    if (mensaje.enGrupo()) {
      return List.of(Respuesta.de("Para registrar un oficio, escríbeme en un chat privado."));
    }
    return aplicar(mensaje, vinculo, captura.iniciar(lineaUnica, mensaje.ahora()));
  }

  /**
   * Guarda o borra la conversación según el avance y, si el avance pide registrar el oficio, lo
   * registra con el caso de uso del dominio y contesta según el resultado.
   */
  private List<Respuesta> aplicar(MensajeEntrante mensaje, Vinculo vinculo, Avance avance) {
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
    if (vinculo.rol() != Rol.STAFF) {
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

  // Las consultas.

  private Respuesta consultar(Interpretacion interpretacion, LocalDate referencia) {
    Intencion intencion = interpretacion.intencion();
    Resolucion entidad = interpretacion.entidad();
    if (entidad instanceof Resolucion.Encontrada encontrada) {
      return mostrar(intencion, encontrada.entidad(), referencia);
    }
    if (entidad instanceof Resolucion.Ambigua ambigua) {
      return EleccionDeEntidad.cual(
          "Hay varias entidades con ese nombre. ¿Cuál?",
          ambigua.candidatas(),
          e -> intencion.datosDeBoton(e.getClave()));
    }
    if (entidad instanceof Resolucion.Sugerencias sugerencias) {
      return EleccionDeEntidad.quisisteDecir(
          sugerencias.candidatas(), e -> intencion.datosDeBoton(e.getClave()));
    }
    return elegirEntidad(intencion, referencia, "¿De qué entidad? Tócala o escribe su nombre.");
  }

  private Respuesta mostrar(Intencion intencion, Entidad entidad, LocalDate referencia) {
    Optional<Respuesta> respuesta =
        switch (intencion) {
          case ESTADO ->
              puertos
                  .estados()
                  .estadoActual(entidad.getClave(), referencia)
                  .map(TarjetaDeEstado::de);
          case PENDIENTES ->
              puertos
                  .estados()
                  .estadoActual(entidad.getClave(), referencia)
                  .map(ListaDePendientes::de);
          case OFICIOS ->
              puertos
                  .estados()
                  .expediente(entidad.getClave(), referencia)
                  .map(e -> ListaDeOficios.de(e, referencia));
          case ACUERDOS ->
              puertos
                  .estados()
                  .expediente(entidad.getClave(), referencia)
                  .map(e -> ListaDeAcuerdos.de(e, referencia));
          case SESIONES ->
              puertos
                  .estados()
                  .expediente(entidad.getClave(), referencia)
                  .map(e -> ListaDeSesiones.de(e, referencia));
          default -> throw new IllegalArgumentException(intencion + " no es por entidad");
        };
    return respuesta.orElseGet(
        () ->
            elegirEntidad(
                intencion,
                referencia,
                entidad.getNombre()
                    + " ("
                    + entidad.getSiglas()
                    + ") no tiene procesos registrados. Estas entidades sí:"));
  }

  private Respuesta elegirEntidad(Intencion intencion, LocalDate referencia, String pregunta) {
    List<ResumenEntidad> conProceso = puertos.estados().entidadesConProceso(referencia);
    if (conProceso.isEmpty()) {
      return Respuesta.de("Todavía no hay procesos registrados.");
    }
    List<Boton> botones =
        conProceso.stream()
            .map(r -> new Boton(r.nombre(), intencion.datosDeBoton(r.clave())))
            .toList();
    return Respuesta.de(pregunta, Respuesta.enFilas(botones, ENTIDADES_POR_FILA));
  }

  /** Lo que vence de todas las entidades, del estado del proceso actual de cada una. */
  private Respuesta vencimientos(LocalDate referencia) {
    return ListaDeVencimientos.de(puertos.estados().estadosActuales(referencia), referencia);
  }

  private Respuesta ayuda(Vinculo vinculo) {
    return Ayuda.para(vinculo.rol(), configuracion.nombreDelBot());
  }

  private static Respuesta soloCapturistas(Vinculo vinculo) {
    return Respuesta.de(
        "Registrar oficios es para el rol capturista; con el rol "
            + vinculo.nombreDelRol()
            + " puedes consultar. Escribe /ayuda para ver cómo.");
  }
}
