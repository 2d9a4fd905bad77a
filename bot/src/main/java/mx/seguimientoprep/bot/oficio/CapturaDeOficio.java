package mx.seguimientoprep.bot.oficio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import mx.seguimientoprep.bot.comprension.Interprete;
import mx.seguimientoprep.bot.oficio.BotonDeOficio.Accion;
import mx.seguimientoprep.bot.respuesta.EleccionDeEntidad;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.Ficha;
import mx.seguimientoprep.domain.TextoComparable;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.DefinicionEntregableRepository;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.fecha.FechaInvalida;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.ProcesoRepository;
import mx.seguimientoprep.domain.registro.ComandoOficio;

/**
 * La conversación guiada de `/oficio` como máquina de estados: de la {@link Conversacion} y un
 * mensaje (texto o {@linkplain BotonDeOficio botón}) produce la siguiente conversación y lo que se
 * contesta. No guarda nada ni lee el reloj: el momento llega como argumento y el oficio se entrega
 * para registrar solo al tocar [Guardar]. Lo escrito se lee con {@link CamposDeCaptura} y las
 * preguntas las redacta {@link PreguntasDeOficio}.
 *
 * <p>Preguntas: 1 Entidad, 2 Número, 3 Fecha (`hoy` vale), 4 Sentido, 5 Asunto, 6 Entregables y 7
 * En respuesta a (opcionales); luego el resumen con [Guardar] [Corregir] [Cancelar]. Siempre se
 * pregunta el primer dato que falta, así que la forma de una línea y las correcciones siguen el
 * mismo camino. Una respuesta inválida se vuelve a preguntar con el motivo. El proceso del oficio
 * es el actual de la entidad a la fecha del oficio.
 */
public final class CapturaDeOficio {

  private static final Set<String> OMITIR =
      Set.of("omitir", "ninguno", "ninguna", "no", "nada", "sin", "na");
  private static final Set<String> CONFIRMAR = Set.of("guardar", "si", "ok", "listo", "confirmar");
  private static final Set<String> CANCELAR = Set.of("cancelar", "cancela");

  private final CamposDeCaptura campos;
  private final PreguntasDeOficio preguntas;
  private final ProcesoRepository procesos;
  private final ConsultarEstado estados;
  private final DefinicionEntregableRepository catalogo;
  private final OficiosRegistrados registrados;
  private final ZoneId zona;

  /**
   * @param interprete para reconocer la entidad en una respuesta escrita
   * @param entidades para reconocer una entidad por su nombre exacto: la clave de un botón, las
   *     siglas de un número de oficio, el principio de la forma de una línea
   * @param estados para el proceso de un oficio: el actual de la entidad a la fecha del oficio
   * @param zona la zona horaria en que `hoy` es hoy
   */
  public CapturaDeOficio(
      Interprete<?> interprete,
      ResolutorEntidad entidades,
      ProcesoRepository procesos,
      ConsultarEstado estados,
      DefinicionEntregableRepository catalogo,
      OficiosRegistrados registrados,
      ZoneId zona) {
    this.campos = new CamposDeCaptura(interprete, entidades);
    this.procesos = Objects.requireNonNull(procesos, "procesos");
    this.estados = Objects.requireNonNull(estados, "estados");
    this.catalogo = Objects.requireNonNull(catalogo, "catalogo");
    this.registrados = Objects.requireNonNull(registrados, "registrados");
    this.zona = Objects.requireNonNull(zona, "zona");
    this.preguntas = new PreguntasDeOficio(campos, procesos, catalogo);
  }

  /** Si los datos de un botón son de esta conversación. */
  public static boolean esBoton(String datos) {
    return BotonDeOficio.esDeOficio(datos);
  }

  /**
   * Empieza un registro.
   *
   * @param lineaUnica lo escrito tras `/oficio` (la forma de una línea), o vacío
   */
  public Avance iniciar(String lineaUnica, Instant ahora) {
    Conversacion conversacion = Conversacion.nueva(ahora);
    List<String> avisos = new ArrayList<>();
    if (lineaUnica == null || lineaUnica.isBlank()) {
      avisos.add(PreguntasDeOficio.inicio());
      return preguntarSiguiente(conversacion, avisos, ahora);
    }
    FormaDeUnaLinea linea = FormaDeUnaLinea.leer(lineaUnica, hoy(ahora), campos);
    avisos.add("Registrar un oficio.");
    avisos.addAll(linea.avisos());
    if (linea.entidad().isPresent()) {
      Optional<String> sinProceso = sinProcesos(linea.entidad().get());
      if (sinProceso.isPresent()) {
        avisos.add(sinProceso.get());
      } else {
        conversacion = conversacion.conEntidad(linea.entidad().get().getClave());
      }
    }
    if (linea.numero().isPresent()) {
      Optional<OficioExistente> existente = registrados.buscar(linea.numero().get());
      if (existente.isPresent()) {
        avisos.add(existente.get().yaRegistrado() + " Escribe otro número o /cancelar.");
      } else {
        conversacion = conversacion.conNumero(linea.numero().get());
      }
      conversacion = conversacion.conEntregables(List.of(), true).conRespuestaA(null, true);
    }
    if (linea.fecha().isPresent()) {
      Optional<String> futura = futura(linea.fecha().get(), ahora);
      if (futura.isPresent()) {
        avisos.add(futura.get());
      } else {
        conversacion = conversacion.conFecha(linea.fecha().get());
      }
    }
    conversacion = conversacion.conSentido(linea.sentido().orElse(null));
    conversacion = conversacion.conAsunto(linea.asunto().orElse(null));
    return preguntarSiguiente(conversacion, avisos, ahora);
  }

  /** Una respuesta escrita a la pregunta en curso. */
  public Avance responder(Conversacion conversacion, String texto, Instant ahora) {
    if (conversacion.vencidaAl(ahora)) {
      return vencida();
    }
    String escrito = texto == null ? "" : texto.strip();
    String forma = TextoComparable.de(escrito);
    if (CANCELAR.contains(forma)) {
      return cancelada();
    }
    if (forma.isEmpty()) {
      return preguntar(conversacion, "Escribe tu respuesta o toca un botón.", ahora);
    }
    return switch (conversacion.paso()) {
      case ENTIDAD -> alElegirEntidad(conversacion, campos.entidad(escrito), escrito, ahora);
      case NUMERO -> alEscribirNumero(conversacion, escrito, ahora);
      case FECHA -> alEscribirFecha(conversacion, escrito, ahora);
      case SENTIDO -> alEscribirSentido(conversacion, escrito, ahora);
      case ASUNTO -> alEscribirAsunto(conversacion, escrito, ahora);
      case ENTREGABLES -> alEscribirEntregables(conversacion, escrito, ahora);
      case EN_RESPUESTA_A -> alEscribirRespuestaA(conversacion, escrito, ahora);
      case RESUMEN -> alEscribirEnResumen(conversacion, forma, ahora);
      case CORREGIR -> alElegirDato(conversacion, forma, ahora);
    };
  }

  /** Un botón de esta conversación ({@link #esBoton}). */
  public Avance pulsar(Conversacion conversacion, String datos, Instant ahora) {
    if (conversacion.vencidaAl(ahora)) {
      return vencida();
    }
    return BotonDeOficio.leer(datos)
        .flatMap(boton -> alPulsar(conversacion, boton, ahora))
        .orElseGet(() -> preguntar(conversacion, "Ese botón es de una pregunta anterior.", ahora));
  }

  /** El oficio quedó registrado: la conversación termina. */
  public Avance guardado(Oficio oficio) {
    return Avance.termina(PreguntasDeOficio.guardado(oficio));
  }

  /** El número se registró mientras tanto (otra persona, la hoja): se pide otro. */
  public Avance yaRegistrado(Conversacion conversacion, OficioExistente existente, Instant ahora) {
    return preguntarSiguiente(
        conversacion.conNumero(null),
        List.of(existente.yaRegistrado() + " No se guardó nada; escribe otro número o /cancelar."),
        ahora);
  }

  /** El caso de uso rechazó el oficio: se vuelve al resumen con los motivos. */
  public Avance rechazado(Conversacion conversacion, List<String> motivos, Instant ahora) {
    return preguntar(
        conversacion.en(Paso.RESUMEN, ahora),
        "No se guardó: " + String.join(" ", motivos) + " Toca Corregir para cambiar el dato.",
        ahora);
  }

  /** El aviso de una conversación que terminó por silencio. */
  public Avance vencida() {
    return Avance.termina(PreguntasDeOficio.vencida());
  }

  public Avance cancelada() {
    return Avance.termina(PreguntasDeOficio.cancelada());
  }

  // Los botones: cada uno vale solo en la pregunta que lo mostró, salvo [Cancelar].

  private Optional<Avance> alPulsar(Conversacion c, BotonDeOficio boton, Instant ahora) {
    Paso paso = c.paso();
    if (boton == Accion.CANCELAR) {
      return Optional.of(cancelada());
    }
    if (paso == Paso.ENTIDAD && boton instanceof BotonDeOficio.ElegirEntidad entidad) {
      String clave = entidad.clave().valor();
      return Optional.of(alElegirEntidad(c, campos.entidadExacta(clave), clave, ahora));
    }
    if (paso == Paso.FECHA && boton == Accion.HOY) {
      return Optional.of(preguntarSiguiente(c.conFecha(hoy(ahora)), List.of(), ahora));
    }
    if (paso == Paso.SENTIDO && boton instanceof BotonDeOficio.ElegirSentido sentido) {
      return Optional.of(preguntarSiguiente(c.conSentido(sentido.sentido()), List.of(), ahora));
    }
    if (paso == Paso.ENTREGABLES && boton instanceof BotonDeOficio.AlternarEntregable e) {
      return Optional.of(alAlternarEntregable(c, e.codigo(), ahora));
    }
    if (paso == Paso.ENTREGABLES && boton == Accion.LISTO) {
      return Optional.of(
          preguntarSiguiente(c.conEntregables(c.entregables(), true), List.of(), ahora));
    }
    if (paso == Paso.ENTREGABLES && boton == Accion.OMITIR) {
      return Optional.of(preguntarSiguiente(c.conEntregables(List.of(), true), List.of(), ahora));
    }
    if (paso == Paso.EN_RESPUESTA_A && boton == Accion.OMITIR) {
      return Optional.of(preguntarSiguiente(c.conRespuestaA(null, true), List.of(), ahora));
    }
    if (paso == Paso.RESUMEN && boton == Accion.GUARDAR) {
      return Optional.of(guardar(c, ahora));
    }
    if (paso == Paso.RESUMEN && boton == Accion.CORREGIR) {
      return Optional.of(preguntar(c.en(Paso.CORREGIR, ahora), null, ahora));
    }
    if (paso == Paso.CORREGIR && boton instanceof BotonDeOficio.CorregirDato dato) {
      return Optional.of(preguntar(c.en(dato.paso(), ahora), null, ahora));
    }
    if (paso == Paso.CORREGIR && boton == Accion.RESUMEN) {
      return Optional.of(preguntar(c.en(Paso.RESUMEN, ahora), null, ahora));
    }
    return Optional.empty();
  }

  // Respuestas a cada pregunta.

  private Avance alElegirEntidad(
      Conversacion conversacion, Resolucion resolucion, String escrito, Instant ahora) {
    if (resolucion instanceof Resolucion.Encontrada encontrada) {
      Optional<String> sinProceso = sinProcesos(encontrada.entidad());
      if (sinProceso.isPresent()) {
        return preguntar(conversacion, sinProceso.get(), ahora);
      }
      return preguntarSiguiente(
          conversacion.conEntidad(encontrada.entidad().getClave()), List.of(), ahora);
    }
    Conversacion actual = conversacion.en(Paso.ENTIDAD, ahora);
    if (resolucion instanceof Resolucion.Ambigua ambigua) {
      return Avance.sigue(
          actual,
          EleccionDeEntidad.cual(
              "«" + escrito + "» puede ser más de una entidad. ¿Cuál?",
              ambigua.candidatas(),
              PreguntasDeOficio::datosDeEntidad));
    }
    if (resolucion instanceof Resolucion.Sugerencias sugerencias) {
      return Avance.sigue(
          actual,
          EleccionDeEntidad.quisisteDecir(
              sugerencias.candidatas(), PreguntasDeOficio::datosDeEntidad));
    }
    return preguntar(
        conversacion,
        "No reconozco «" + escrito + "» como entidad: escribe su nombre, siglas o clave.",
        ahora);
  }

  private Avance alEscribirNumero(Conversacion conversacion, String escrito, Instant ahora) {
    return conNumero(
        conversacion,
        escrito,
        "IEPC/SE/2119/2021",
        conversacion.enRespuestaA(),
        ahora,
        numero -> numeroNuevo(conversacion, numero, ahora));
  }

  private Avance numeroNuevo(Conversacion conversacion, NumeroOficio numero, Instant ahora) {
    Optional<OficioExistente> existente = registrados.buscar(numero);
    if (existente.isPresent()) {
      return preguntar(
          conversacion,
          existente.get().yaRegistrado() + " Escribe otro número o /cancelar.",
          ahora);
    }
    return preguntarSiguiente(conversacion.conNumero(numero), List.of(), ahora);
  }

  private Avance alEscribirFecha(Conversacion conversacion, String escrito, Instant ahora) {
    LocalDate fecha;
    try {
      fecha = campos.fecha(escrito, hoy(ahora));
    } catch (FechaInvalida e) {
      return preguntar(conversacion, e.getMessage(), ahora);
    }
    Optional<String> futura = futura(fecha, ahora);
    if (futura.isPresent()) {
      return preguntar(conversacion, futura.get(), ahora);
    }
    return preguntarSiguiente(conversacion.conFecha(fecha), List.of(), ahora);
  }

  private Avance alEscribirSentido(Conversacion conversacion, String escrito, Instant ahora) {
    Optional<Sentido> sentido = campos.sentido(escrito);
    if (sentido.isEmpty()) {
      return preguntar(
          conversacion,
          "«" + escrito + "» no es un sentido: elige Enviado al INE, Recibido del INE o Interno.",
          ahora);
    }
    return preguntarSiguiente(conversacion.conSentido(sentido.get()), List.of(), ahora);
  }

  private Avance alEscribirAsunto(Conversacion conversacion, String escrito, Instant ahora) {
    String asunto;
    try {
      asunto = campos.asunto(escrito);
    } catch (DatoInvalido e) {
      return preguntar(conversacion, e.getMessage(), ahora);
    }
    return preguntarSiguiente(conversacion.conAsunto(asunto), List.of(), ahora);
  }

  private Avance alEscribirEntregables(Conversacion conversacion, String escrito, Instant ahora) {
    String forma = TextoComparable.de(escrito);
    if (forma.equals("listo")) {
      return preguntarSiguiente(
          conversacion.conEntregables(conversacion.entregables(), true), List.of(), ahora);
    }
    if (OMITIR.contains(forma)) {
      return preguntarSiguiente(conversacion.conEntregables(List.of(), true), List.of(), ahora);
    }
    Catalogo vigente = catalogo.catalogo();
    List<String> codigos;
    try {
      codigos = campos.entregables(escrito, vigente);
    } catch (DatoInvalido e) {
      return Avance.sigue(
          conversacion.en(Paso.ENTREGABLES, ahora),
          preguntas.entregables(conversacion, vigente, false).precedidaDe(e.getMessage()));
    }
    return preguntarSiguiente(conversacion.conEntregables(codigos, true), List.of(), ahora);
  }

  private Avance alAlternarEntregable(Conversacion conversacion, String codigo, Instant ahora) {
    Catalogo vigente = catalogo.catalogo();
    Optional<DefinicionEntregable> definicion = vigente.buscar(codigo);
    if (definicion.isEmpty()) {
      return preguntar(conversacion, "«" + codigo + "» ya no está en el catálogo.", ahora);
    }
    Set<String> elegidos = new TreeSet<>(conversacion.entregables());
    if (!elegidos.remove(definicion.get().getCodigo())) {
      elegidos.add(definicion.get().getCodigo());
    }
    Conversacion siguiente =
        conversacion
            .conEntregables(List.copyOf(elegidos), conversacion.entregablesDecididos())
            .en(Paso.ENTREGABLES, ahora);
    return Avance.sigue(siguiente, preguntas.entregables(siguiente, vigente, false));
  }

  private Avance alEscribirRespuestaA(Conversacion conversacion, String escrito, Instant ahora) {
    if (OMITIR.contains(TextoComparable.de(escrito))) {
      return preguntarSiguiente(conversacion.conRespuestaA(null, true), List.of(), ahora);
    }
    return conNumero(
        conversacion,
        escrito,
        "INE/UNICOM/4756/2021, o toca Omitir",
        conversacion.numero(),
        ahora,
        numero -> {
          List<String> avisos = new ArrayList<>();
          if (registrados.buscar(numero).isEmpty()) {
            avisos.add(numero.valor() + " no está registrado; queda anotado como referencia.");
          }
          return preguntarSiguiente(conversacion.conRespuestaA(numero, true), avisos, ahora);
        });
  }

  /**
   * El número de oficio escrito, que pasa a {@code siguiente}; si no se lee, o es {@code otro} (el
   * número del oficio y el del que responde no pueden ser el mismo), vuelve a preguntar diciendo
   * por qué, con {@code ejemplo} como lo que se puede escribir.
   */
  private Avance conNumero(
      Conversacion conversacion,
      String escrito,
      String ejemplo,
      NumeroOficio otro,
      Instant ahora,
      Function<NumeroOficio, Avance> siguiente) {
    Optional<NumeroOficio> leido;
    try {
      leido = campos.numero(escrito);
    } catch (DatoInvalido e) {
      return preguntar(conversacion, e.getMessage(), ahora);
    }
    if (leido.isEmpty()) {
      return preguntar(
          conversacion,
          "«" + escrito + "» no parece un número de oficio: escribe algo como " + ejemplo + ".",
          ahora);
    }
    if (leido.get().equals(otro)) {
      return preguntar(conversacion, "Un oficio no puede responderse a sí mismo.", ahora);
    }
    return siguiente.apply(leido.get());
  }

  private Avance alEscribirEnResumen(Conversacion conversacion, String forma, Instant ahora) {
    if (CONFIRMAR.contains(forma)) {
      return guardar(conversacion, ahora);
    }
    if (forma.equals("corregir")) {
      return preguntar(conversacion.en(Paso.CORREGIR, ahora), null, ahora);
    }
    return preguntar(conversacion, "Toca Guardar, Corregir o Cancelar.", ahora);
  }

  private Avance alElegirDato(Conversacion conversacion, String forma, Instant ahora) {
    for (Paso paso : Paso.values()) {
      if (paso.esDato()
          && (forma.equals(TextoComparable.de(paso.etiqueta()))
              || forma.equals(TextoComparable.de(paso.name())))) {
        return preguntar(conversacion.en(paso, ahora), null, ahora);
      }
    }
    if (forma.equals("resumen") || forma.equals("volver")) {
      return preguntar(conversacion.en(Paso.RESUMEN, ahora), null, ahora);
    }
    return preguntar(conversacion, "Elige el dato que quieres corregir.", ahora);
  }

  private Avance guardar(Conversacion conversacion, Instant ahora) {
    Optional<ProcesoElectoral> proceso = proceso(conversacion);
    if (proceso.isEmpty()) {
      return preguntarSiguiente(
          conversacion.conEntidad(null),
          List.of("Esa entidad ya no tiene procesos registrados; elige otra."),
          ahora);
    }
    ComandoOficio comando =
        new ComandoOficio(
            conversacion.entidad(),
            proceso.get().getNombre(),
            conversacion.numero(),
            conversacion.fecha(),
            conversacion.sentido(),
            null,
            null,
            conversacion.asunto(),
            conversacion.entregables(),
            conversacion.enRespuestaA(),
            null,
            null,
            null);
    return Avance.guarda(conversacion.en(Paso.RESUMEN, ahora), comando);
  }

  // Las preguntas.

  /** Pasa al primer dato que falta (o al resumen) y lo pregunta, precedido de los avisos. */
  private Avance preguntarSiguiente(Conversacion conversacion, List<String> avisos, Instant ahora) {
    Conversacion siguiente = conversacion.en(siguientePaso(conversacion), ahora);
    return preguntar(siguiente, avisos.isEmpty() ? null : String.join("\n", avisos), ahora);
  }

  /** Hace (o repite) la pregunta en curso, precedida de un aviso si lo hay. */
  private Avance preguntar(Conversacion conversacion, String aviso, Instant ahora) {
    Conversacion actual = conversacion.en(conversacion.paso(), ahora);
    Respuesta pregunta =
        actual.paso() == Paso.RESUMEN
            ? preguntas.resumen(actual, proceso(actual))
            : preguntas.de(actual);
    return Avance.sigue(actual, aviso == null ? pregunta : pregunta.precedidaDe(aviso));
  }

  private static Paso siguientePaso(Conversacion c) {
    if (c.entidad() == null) {
      return Paso.ENTIDAD;
    }
    if (c.numero() == null) {
      return Paso.NUMERO;
    }
    if (c.fecha() == null) {
      return Paso.FECHA;
    }
    if (c.sentido() == null) {
      return Paso.SENTIDO;
    }
    if (c.asunto() == null) {
      return Paso.ASUNTO;
    }
    if (!c.entregablesDecididos()) {
      return Paso.ENTREGABLES;
    }
    if (!c.respuestaDecidida()) {
      return Paso.EN_RESPUESTA_A;
    }
    return Paso.RESUMEN;
  }

  /**
   * El proceso del oficio: el actual de la entidad a la fecha del oficio (el de la próxima jornada,
   * o el último si ya no hay jornada por venir), como lo decide la consulta del estado.
   */
  private Optional<ProcesoElectoral> proceso(Conversacion c) {
    if (c.entidad() == null || c.fecha() == null) {
      return Optional.empty();
    }
    return estados.procesoActual(c.entidad(), c.fecha());
  }

  private Optional<String> sinProcesos(Entidad entidad) {
    if (procesos.findByEntidad(entidad.getClave()).isEmpty()) {
      return Optional.of(
          entidad.getNombre() + " no tiene procesos registrados; no puedo registrarle oficios.");
    }
    return Optional.empty();
  }

  private Optional<String> futura(LocalDate fecha, Instant ahora) {
    if (fecha.isAfter(hoy(ahora))) {
      return Optional.of(
          Ficha.fecha(fecha) + " es posterior a hoy: escribe la fecha en que se firmó el oficio.");
    }
    return Optional.empty();
  }

  private LocalDate hoy(Instant ahora) {
    return LocalDate.ofInstant(ahora, zona);
  }
}
