package mx.seguimientoprep.web.aviso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import mx.seguimientoprep.bot.AvisosDelBot;
import mx.seguimientoprep.domain.aviso.AvisoPlaneado;
import mx.seguimientoprep.domain.aviso.AvisoRepository;
import mx.seguimientoprep.domain.aviso.AvisoRepository.Reclamado;
import mx.seguimientoprep.domain.aviso.EstadoDeAviso;
import mx.seguimientoprep.domain.aviso.LlaveDeAviso;
import mx.seguimientoprep.domain.aviso.PlanDeAvisos;
import mx.seguimientoprep.domain.aviso.PlanDeAvisos.OficioRegistrado;
import mx.seguimientoprep.domain.aviso.PlanDeAvisos.Pasada;
import mx.seguimientoprep.domain.aviso.ReglasDeAvisos;
import mx.seguimientoprep.domain.aviso.SuscripcionRepository;
import mx.seguimientoprep.domain.aviso.SuscripcionVigente;
import mx.seguimientoprep.domain.aviso.TipoDeAviso;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.persistence.sql.ContadorSentencias;
import mx.seguimientoprep.web.Configuracion;

/**
 * Una pasada de avisos: qué toca (la función pura {@link PlanDeAvisos}, con el estado que da {@link
 * ConsultarEstado}), el reclamo de cada aviso en la base (solo un nodo gana cada uno), el mensaje
 * que redacta el bot y su envío, con reintentos y espera creciente; cada aviso queda enviado, con
 * el id del mensaje, o fallido, con el motivo.
 */
@ApplicationScoped
public class PasadaDeAvisos {

  private static final Logger LOG = Logger.getLogger(PasadaDeAvisos.class.getName());

  /** Intentos de envío de un aviso, como mucho. */
  static final int INTENTOS = 3;

  /** La espera antes del segundo intento; se duplica en cada uno. */
  private static final Duration PRIMERA_ESPERA = Duration.ofSeconds(1);

  /** Lo más que se espera un {@code retry_after} de Telegram antes de reintentar. */
  private static final Duration ESPERA_MAXIMA = Duration.ofSeconds(30);

  /**
   * Hasta cuándo atrás se buscan oficios del INE con observaciones: un nodo detenido menos que esto
   * no pierde ningún aviso al volver.
   */
  static final Duration VENTANA_DE_OBSERVACIONES = Duration.ofDays(1);

  @Inject Configuracion configuracion;
  @Inject ConsultarEstado estados;
  @Inject SuscripcionRepository suscripciones;
  @Inject AvisoRepository avisos;
  @Inject EnvioDeAvisos envio;

  /** Un aviso que esta pasada reclamó, y en qué quedó. */
  public record Enviado(
      long id,
      long suscripcion,
      long chat,
      ClaveEntidad entidad,
      TipoDeAviso tipo,
      String asunto,
      LocalDate fecha,
      EstadoDeAviso estado,
      Long mensajeTelegram,
      int intentos,
      String motivo) {}

  /**
   * @param omitidos los que tocaban y ya estaban reclamados (por otra pasada u otro nodo)
   */
  public record Resultado(List<Enviado> enviados, int omitidos) {

    static final Resultado NADA = new Resultado(List.of(), 0);

    /** Este resultado y el otro, uno tras otro. */
    public Resultado mas(Resultado otro) {
      List<Enviado> todos = new ArrayList<>(enviados);
      todos.addAll(otro.enviados);
      return new Resultado(todos, omitidos + otro.omitidos);
    }
  }

  public boolean disponible() {
    return envio.disponible();
  }

  /**
   * El resumen semanal y los avisos de vencimiento que tocan en ese momento, con el estado de cada
   * entidad seguida al día local de ese momento.
   */
  public Resultado delDia(Instant momento) {
    Medicion medicion = new Medicion();
    ReglasDeAvisos reglas = configuracion.reglasDeAvisos();
    if (!reglas.yaEsHora(momento)) {
      return Resultado.NADA;
    }
    List<SuscripcionVigente> vigentes = suscripciones.vigentes();
    if (vigentes.isEmpty()) {
      return Resultado.NADA;
    }
    LocalDate hoy = reglas.fechaLocal(momento);
    Set<ClaveEntidad> seguidas =
        vigentes.stream().map(SuscripcionVigente::entidad).collect(Collectors.toSet());
    Map<ClaveEntidad, EstadoPrep> estadosSeguidos = new HashMap<>();
    for (EstadoPrep estado : estados.estadosActuales(hoy)) {
      if (seguidas.contains(estado.claveEntidad())) {
        estadosSeguidos.put(estado.claveEntidad(), estado);
      }
    }
    Set<LlaveDeAviso> registrados =
        avisos.registrados(Set.of(TipoDeAviso.RESUMEN, TipoDeAviso.VENCIMIENTO), hoy);
    // Los oficios de la semana, el día del resumen, solo de las entidades con algún resumen de hoy
    // aún sin reclamar: el reloj corre cada 20 s y no vuelve a leerlos cuando ya salieron.
    Map<ClaveEntidad, List<Oficio>> oficios = new HashMap<>();
    if (hoy.getDayOfWeek() == reglas.diaDelResumen()) {
      Set<ClaveEntidad> sinResumen =
          vigentes.stream()
              .filter(
                  s ->
                      !registrados.contains(
                          new LlaveDeAviso(
                              s.id(), TipoDeAviso.RESUMEN, PlanDeAvisos.asuntoDelResumen(hoy))))
              .map(SuscripcionVigente::entidad)
              .filter(estadosSeguidos::containsKey)
              .collect(Collectors.toSet());
      for (ClaveEntidad entidad : sinResumen) {
        estados.expediente(entidad, hoy).ifPresent(x -> oficios.put(entidad, x.oficios()));
      }
    }
    return enviar(
        PlanDeAvisos.delDia(momento, reglas, vigentes, estadosSeguidos, oficios, registrados),
        medicion,
        "del " + hoy + " (" + vigentes.size() + " suscripciones)");
  }

  /**
   * Los avisos de los oficios del INE con observaciones registrados en el último día, a las
   * suscripciones que ya estaban vigentes cuando se registraron.
   */
  public Resultado observaciones(Instant ahora) {
    Medicion medicion = new Medicion();
    List<SuscripcionVigente> vigentes = suscripciones.vigentes();
    if (vigentes.isEmpty()) {
      return Resultado.NADA;
    }
    Set<ClaveEntidad> seguidas =
        vigentes.stream().map(SuscripcionVigente::entidad).collect(Collectors.toSet());
    List<OficioRegistrado> recientes =
        avisos.conObservacionesDesde(ahora.minus(VENTANA_DE_OBSERVACIONES)).stream()
            .filter(o -> seguidas.contains(o.oficio().getEntidad().getClave()))
            .toList();
    if (recientes.isEmpty()) {
      return Resultado.NADA;
    }
    Set<LlaveDeAviso> registrados =
        avisos.registradosDe(
            TipoDeAviso.OBSERVACIONES,
            recientes.stream().map(o -> o.oficio().getNumero().valor()).toList());
    return enviar(
        PlanDeAvisos.deObservaciones(recientes, vigentes, registrados),
        medicion,
        "de observaciones (" + recientes.size() + " oficios)");
  }

  /**
   * El tiempo y las sentencias SQL de una pasada en este hilo, para la línea FINE que lee la
   * medición de {@code bench/run-avisos.sh}.
   */
  private static final class Medicion {
    private long marca = System.nanoTime();
    private long sentenciasMarca = ContadorSentencias.sentencias();

    /** «en 1200 µs con 3 sentencias SQL» desde la marca anterior, y marca ahora. */
    String tramo() {
      long ahora = System.nanoTime();
      long cuenta = ContadorSentencias.sentencias();
      String texto =
          "en "
              + (ahora - marca) / 1000
              + " µs con "
              + (cuenta - sentenciasMarca)
              + " sentencias SQL";
      marca = ahora;
      sentenciasMarca = cuenta;
      return texto;
    }
  }

  /**
   * La línea FINE de una pasada, la que lee la medición: «Pasada de avisos …: N candidatos, M
   * reclamados en X µs con S sentencias SQL; E enviados en …».
   */
  private static String lineaDeLaPasada(
      String cual, int candidatos, int reclamados, String planeada, int enviados, String envio) {
    return "Pasada de avisos "
        + cual
        + ": "
        + candidatos
        + " candidatos, "
        + reclamados
        + " reclamados "
        + planeada
        + "; "
        + enviados
        + " enviados"
        + envio;
  }

  private Resultado enviar(Pasada pasada, Medicion medicion, String cual) {
    int candidatos = pasada.porEnviar().size() + pasada.omitidos();
    if (pasada.porEnviar().isEmpty()) {
      String planeada = medicion.tramo();
      LOG.fine(() -> lineaDeLaPasada(cual, candidatos, 0, planeada, 0, ""));
      return new Resultado(List.of(), pasada.omitidos());
    }
    List<Reclamado> reclamados = avisos.reclamar(pasada.porEnviar(), nodo(), Instant.now());
    String planeada = medicion.tramo();
    int deOtros = pasada.porEnviar().size() - reclamados.size();
    List<Enviado> enviados = new ArrayList<>(reclamados.size());
    for (Reclamado reclamado : reclamados) {
      enviados.add(enviar(reclamado));
    }
    String envio = " " + medicion.tramo();
    LOG.fine(
        () ->
            lineaDeLaPasada(cual, candidatos, reclamados.size(), planeada, enviados.size(), envio));
    return new Resultado(enviados, pasada.omitidos() + deOtros);
  }

  private Enviado enviar(Reclamado reclamado) {
    AvisoPlaneado aviso = reclamado.aviso();
    long chat = aviso.suscripcion().chat();
    Duration espera = PRIMERA_ESPERA;
    String motivo = null;
    int intento = 0;
    while (intento < INTENTOS) {
      intento++;
      try {
        long mensaje = envio.enviar(chat, AvisosDelBot.mensaje(aviso.contenido()));
        avisos.enviado(reclamado.id(), mensaje, intento, Instant.now());
        return enviado(reclamado, EstadoDeAviso.ENVIADO, mensaje, intento, null);
      } catch (EnvioDeAvisos.Fallido e) {
        motivo = e.getMessage();
        if (!e.reintentable() || intento == INTENTOS) {
          break;
        }
        Duration pausa =
            e.espera().map(d -> d.compareTo(ESPERA_MAXIMA) > 0 ? ESPERA_MAXIMA : d).orElse(espera);
        if (!dormir(pausa)) {
          break;
        }
        espera = espera.multipliedBy(2);
      }
    }
    String motivoFinal = motivo;
    int intentos = intento;
    LOG.warning(
        () ->
            "No se pudo enviar el aviso "
                + aviso.tipo()
                + " «"
                + aviso.asunto()
                + "» al chat "
                + chat
                + " tras "
                + intentos
                + " intentos: "
                + motivoFinal);
    avisos.fallido(reclamado.id(), motivo, intento);
    return enviado(reclamado, EstadoDeAviso.FALLIDO, null, intento, motivo);
  }

  private static Enviado enviado(
      Reclamado reclamado, EstadoDeAviso estado, Long mensaje, int intentos, String motivo) {
    AvisoPlaneado aviso = reclamado.aviso();
    return new Enviado(
        reclamado.id(),
        aviso.suscripcion().id(),
        aviso.suscripcion().chat(),
        aviso.suscripcion().entidad(),
        aviso.tipo(),
        aviso.asunto(),
        aviso.fecha(),
        estado,
        mensaje,
        intentos,
        motivo);
  }

  private static boolean dormir(Duration pausa) {
    try {
      Thread.sleep(pausa.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** El nombre de este servidor, que queda con cada aviso que reclama. */
  static String nodo() {
    String nombre = System.getProperty("jboss.node.name");
    if (nombre != null && !nombre.isBlank()) {
      return nombre;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("nodo");
    }
  }
}
