package mx.seguimientoprep.bot.oficio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import mx.seguimientoprep.bot.comprension.Interprete;
import mx.seguimientoprep.bot.respuesta.Boton;
import mx.seguimientoprep.bot.respuesta.EleccionDeEntidad;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.Ficha;
import mx.seguimientoprep.domain.TextoComparable;
import mx.seguimientoprep.domain.TextoLibre;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.DefinicionEntregableRepository;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.fecha.FechaEscrita;
import mx.seguimientoprep.domain.fecha.FechaInvalida;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.ProcesoRepository;
import mx.seguimientoprep.domain.registro.ComandoOficio;

/**
 * La conversación guiada de `/oficio` como máquina de estados: de la {@link Conversacion} y un
 * mensaje (texto o botón) produce la siguiente conversación y lo que se contesta. No guarda nada ni
 * lee el reloj: el momento llega como argumento y el oficio se entrega para registrar solo al tocar
 * [Guardar].
 *
 * <p>Preguntas: 1 Entidad, 2 Número, 3 Fecha (`hoy` vale), 4 Sentido, 5 Asunto, 6 Entregables y 7
 * En respuesta a (opcionales); luego el resumen con [Guardar] [Corregir] [Cancelar]. Siempre se
 * pregunta el primer dato que falta, así que la forma de una línea y las correcciones siguen el
 * mismo camino. Una respuesta inválida se vuelve a preguntar con el motivo. El proceso del oficio
 * es el actual de la entidad a la fecha del oficio.
 */
public final class CapturaDeOficio {

  /** El prefijo de los datos de los botones de esta conversación. */
  public static final String PREFIJO = "of:";

  private static final Set<String> OMITIR =
      Set.of("omitir", "ninguno", "ninguna", "no", "nada", "sin", "na");
  private static final Set<String> CONFIRMAR = Set.of("guardar", "si", "ok", "listo", "confirmar");
  private static final Set<String> CANCELAR = Set.of("cancelar", "cancela");
  private static final int CODIGOS_POR_FILA = 4;

  private final Interprete interprete;
  private final ResolutorEntidad entidades;
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
      Interprete interprete,
      ResolutorEntidad entidades,
      ProcesoRepository procesos,
      ConsultarEstado estados,
      DefinicionEntregableRepository catalogo,
      OficiosRegistrados registrados,
      ZoneId zona) {
    this.interprete = Objects.requireNonNull(interprete, "interprete");
    this.entidades = Objects.requireNonNull(entidades, "entidades");
    this.procesos = Objects.requireNonNull(procesos, "procesos");
    this.estados = Objects.requireNonNull(estados, "estados");
    this.catalogo = Objects.requireNonNull(catalogo, "catalogo");
    this.registrados = Objects.requireNonNull(registrados, "registrados");
    this.zona = Objects.requireNonNull(zona, "zona");
  }

  public static boolean esBoton(String datos) {
    return datos != null && datos.startsWith(PREFIJO);
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
      avisos.add(
          "Registrar un oficio: te pregunto "
              + Paso.PREGUNTAS
              + " datos, uno por uno (los dos últimos son opcionales). Nada se guarda hasta que"
              + " toques Guardar; /cancelar termina sin guardar.");
      return preguntarSiguiente(conversacion, avisos, ahora);
    }
    FormaDeUnaLinea linea = FormaDeUnaLinea.leer(lineaUnica, hoy(ahora), entidades);
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
      case ENTIDAD -> alElegirEntidad(conversacion, interprete.entidadEn(escrito), escrito, ahora);
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
    String[] partes = datos.substring(PREFIJO.length()).split(":", 2);
    String accion = partes[0];
    String valor = partes.length > 1 ? partes[1] : "";
    if (accion.equals("cancelar")) {
      return cancelada();
    }
    Paso paso = conversacion.paso();
    if (paso == Paso.ENTIDAD && accion.equals("entidad")) {
      return alElegirEntidad(conversacion, entidades.resolver(valor), valor, ahora);
    }
    if (paso == Paso.FECHA && accion.equals("hoy")) {
      return preguntarSiguiente(conversacion.conFecha(hoy(ahora)), List.of(), ahora);
    }
    if (paso == Paso.SENTIDO && accion.equals("sentido")) {
      return alEscribirSentido(conversacion, valor, ahora);
    }
    if (paso == Paso.ENTREGABLES && accion.equals("e")) {
      return alAlternarEntregable(conversacion, valor, ahora);
    }
    if (paso == Paso.ENTREGABLES && accion.equals("listo")) {
      return preguntarSiguiente(
          conversacion.conEntregables(conversacion.entregables(), true), List.of(), ahora);
    }
    if (paso == Paso.ENTREGABLES && accion.equals("omitir")) {
      return preguntarSiguiente(conversacion.conEntregables(List.of(), true), List.of(), ahora);
    }
    if (paso == Paso.EN_RESPUESTA_A && accion.equals("omitir")) {
      return preguntarSiguiente(conversacion.conRespuestaA(null, true), List.of(), ahora);
    }
    if (paso == Paso.RESUMEN && accion.equals("guardar")) {
      return guardar(conversacion, ahora);
    }
    if (paso == Paso.RESUMEN && accion.equals("corregir")) {
      return preguntar(conversacion.en(Paso.CORREGIR, ahora), null, ahora);
    }
    if (paso == Paso.CORREGIR && accion.equals("dato")) {
      return alElegirDato(conversacion, TextoComparable.de(valor), ahora);
    }
    if (paso == Paso.CORREGIR && accion.equals("resumen")) {
      return preguntar(conversacion.en(Paso.RESUMEN, ahora), null, ahora);
    }
    return preguntar(conversacion, "Ese botón es de una pregunta anterior.", ahora);
  }

  /** El oficio quedó registrado: la conversación termina. */
  public Avance guardado(Oficio oficio) {
    return Avance.termina(
        Respuesta.de(
            "Guardado: el oficio "
                + oficio.getNumero().valor()
                + " ("
                + oficio.getEntidad().getNombre()
                + ", "
                + Ficha.fecha(oficio.getFecha())
                + ") quedó registrado en el "
                + oficio.getProceso().getNombre()
                + ". Para registrar otro: /oficio"));
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
    return Avance.termina(
        Respuesta.de(
            "Pasaron más de "
                + Conversacion.INACTIVIDAD_MAXIMA.toMinutes()
                + " minutos sin respuesta y el registro del oficio se canceló; no se guardó"
                + " nada. Escribe /oficio para empezar de nuevo."));
  }

  public Avance cancelada() {
    return Avance.termina(Respuesta.de("Registro cancelado; no se guardó nada."));
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
              CapturaDeOficio::datosDeEntidad));
    }
    if (resolucion instanceof Resolucion.Sugerencias sugerencias) {
      return Avance.sigue(
          actual,
          EleccionDeEntidad.quisisteDecir(
              sugerencias.candidatas(), CapturaDeOficio::datosDeEntidad));
    }
    return preguntar(
        conversacion,
        "No reconozco «" + escrito + "» como entidad: escribe su nombre, siglas o clave.",
        ahora);
  }

  private Avance alEscribirNumero(Conversacion conversacion, String escrito, Instant ahora) {
    if (escrito.chars().noneMatch(Character::isDigit)) {
      return preguntar(
          conversacion,
          "«" + escrito + "» no parece un número de oficio: escribe algo como IEPC/SE/2119/2021.",
          ahora);
    }
    NumeroOficio numero;
    try {
      numero = new NumeroOficio(escrito);
    } catch (DatoInvalido e) {
      return preguntar(conversacion, e.getMessage(), ahora);
    }
    if (numero.equals(conversacion.enRespuestaA())) {
      return preguntar(conversacion, "Un oficio no puede responderse a sí mismo.", ahora);
    }
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
      fecha = FechaEscrita.leer(escrito, hoy(ahora));
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
    Optional<Sentido> sentido = Sentido.desdeTexto(escrito);
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
      asunto = TextoLibre.obligatorio("Asunto", escrito, 4000);
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
    List<String> codigos = new ArrayList<>();
    for (String parte : escrito.split("[,;\\s]+")) {
      if (parte.isBlank()) {
        continue;
      }
      try {
        codigos.add(vigente.exigir("Entregables", parte).getCodigo());
      } catch (DatoInvalido e) {
        return Avance.sigue(
            conversacion.en(Paso.ENTREGABLES, ahora),
            preguntaDeEntregables(conversacion, vigente, false).precedidaDe(e.getMessage()));
      }
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
    return Avance.sigue(siguiente, preguntaDeEntregables(siguiente, vigente, false));
  }

  private Avance alEscribirRespuestaA(Conversacion conversacion, String escrito, Instant ahora) {
    if (OMITIR.contains(TextoComparable.de(escrito))) {
      return preguntarSiguiente(conversacion.conRespuestaA(null, true), List.of(), ahora);
    }
    if (escrito.chars().noneMatch(Character::isDigit)) {
      return preguntar(
          conversacion,
          "«"
              + escrito
              + "» no parece un número de oficio: escribe algo como"
              + " INE/UNICOM/4756/2021, o toca Omitir.",
          ahora);
    }
    NumeroOficio numero;
    try {
      numero = new NumeroOficio(escrito);
    } catch (DatoInvalido e) {
      return preguntar(conversacion, e.getMessage(), ahora);
    }
    if (numero.equals(conversacion.numero())) {
      return preguntar(conversacion, "Un oficio no puede responderse a sí mismo.", ahora);
    }
    List<String> avisos = new ArrayList<>();
    if (registrados.buscar(numero).isEmpty()) {
      avisos.add(numero.valor() + " no está registrado; queda anotado como referencia.");
    }
    return preguntarSiguiente(conversacion.conRespuestaA(numero, true), avisos, ahora);
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
    Respuesta pregunta = pregunta(actual);
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

  private Respuesta pregunta(Conversacion c) {
    return switch (c.paso()) {
      case ENTIDAD ->
          Respuesta.de(
              titulo(Paso.ENTIDAD)
                  + "¿De qué entidad es el oficio? Tócala o escribe su nombre, siglas o clave.",
              EleccionDeEntidad.botones(entidadesSugeridas(c), CapturaDeOficio::datosDeEntidad));
      case NUMERO ->
          Respuesta.de(
              titulo(Paso.NUMERO) + "Escribe el número del oficio, por ejemplo IEPC/SE/2119/2021.");
      case FECHA ->
          Respuesta.de(
              titulo(Paso.FECHA)
                  + "Escribe la fecha del oficio (dd/mm/aaaa, o como «3 de noviembre de 2020»)"
                  + " o toca Hoy.",
              List.of(List.of(new Boton("Hoy", PREFIJO + "hoy"))));
      case SENTIDO ->
          Respuesta.de(
              titulo(Paso.SENTIDO) + "¿El oficio se envió al INE, se recibió del INE o es interno?",
              List.of(
                  Arrays.stream(Sentido.values())
                      .map(s -> new Boton(s.etiqueta(), PREFIJO + "sentido:" + s.name()))
                      .toList()));
      case ASUNTO -> Respuesta.de(titulo(Paso.ASUNTO) + "Escribe el asunto del oficio.");
      case ENTREGABLES -> preguntaDeEntregables(c, catalogo.catalogo(), true);
      case EN_RESPUESTA_A ->
          Respuesta.de(
              titulo(Paso.EN_RESPUESTA_A)
                  + "Si el oficio responde a otro, escribe el número de ese oficio; si no, toca"
                  + " Omitir.",
              List.of(List.of(new Boton("Omitir", PREFIJO + "omitir"))));
      case RESUMEN -> resumen(c);
      case CORREGIR ->
          Respuesta.de(
              "¿Qué dato quieres corregir?",
              List.of(
                  botonesDeDato(Paso.ENTIDAD, Paso.NUMERO, Paso.FECHA),
                  botonesDeDato(Paso.SENTIDO, Paso.ASUNTO),
                  botonesDeDato(Paso.ENTREGABLES, Paso.EN_RESPUESTA_A),
                  List.of(new Boton("Volver al resumen", PREFIJO + "resumen"))));
    };
  }

  private static String titulo(Paso paso) {
    return paso.numero() + " · " + paso.etiqueta() + "\n";
  }

  /**
   * La pregunta de entregables: la primera vez con el catálogo completo; al tocar un código, solo
   * lo elegido hasta ahora. Los botones de los códigos elegidos llevan ✓.
   */
  private static Respuesta preguntaDeEntregables(
      Conversacion c, Catalogo vigente, boolean conCatalogo) {
    StringBuilder texto = new StringBuilder(titulo(Paso.ENTREGABLES));
    if (conCatalogo) {
      texto
          .append("(Opcional) ¿Qué entregables del catálogo remite o contesta el oficio? Toca sus")
          .append(" códigos y luego Listo, o escríbelos (E04, E16). Si ninguno, toca Omitir.\n");
      vigente.definiciones().forEach(d -> texto.append(d).append('\n'));
    }
    texto.append(
        c.entregables().isEmpty()
            ? "Elegidos: ninguno."
            : "Elegidos: " + String.join(", ", c.entregables()) + ". Toca otro código o Listo.");
    List<Boton> codigos =
        vigente.definiciones().stream()
            .map(
                d ->
                    new Boton(
                        (c.entregables().contains(d.getCodigo()) ? "✓ " : "") + d.getCodigo(),
                        PREFIJO + "e:" + d.getCodigo()))
            .toList();
    List<List<Boton>> filas = new ArrayList<>(Respuesta.enFilas(codigos, CODIGOS_POR_FILA));
    filas.add(
        List.of(new Boton("Listo", PREFIJO + "listo"), new Boton("Omitir", PREFIJO + "omitir")));
    return Respuesta.de(texto.toString(), filas);
  }

  private Respuesta resumen(Conversacion c) {
    Optional<ProcesoElectoral> proceso = proceso(c);
    Catalogo vigente = catalogo.catalogo();
    List<String> lineas = new ArrayList<>();
    lineas.add("Revisa el oficio; todavía no se ha guardado:");
    lineas.add(
        "Entidad: "
            + proceso
                .map(p -> p.getEntidad().getNombre() + " (" + p.getEntidad().getSiglas() + ")")
                .orElse(c.entidad().valor()));
    lineas.add("Proceso: " + proceso.map(ProcesoElectoral::getNombre).orElse("sin proceso"));
    lineas.add("Número: " + c.numero().valor());
    lineas.add("Fecha: " + Ficha.fecha(c.fecha()));
    lineas.add("Sentido: " + c.sentido().etiqueta());
    lineas.add("Asunto: " + c.asunto());
    lineas.add(
        "Entregables: "
            + (c.entregables().isEmpty()
                ? "ninguno"
                : String.join(
                    "; ",
                    c.entregables().stream()
                        .map(codigo -> vigente.buscar(codigo).map(Object::toString).orElse(codigo))
                        .toList())));
    lineas.add(
        "En respuesta a: " + (c.enRespuestaA() == null ? "ninguno" : c.enRespuestaA().valor()));
    return Respuesta.de(
        String.join("\n", lineas),
        List.of(
            List.of(
                new Boton("Guardar", PREFIJO + "guardar"),
                new Boton("Corregir", PREFIJO + "corregir"),
                new Boton("Cancelar", PREFIJO + "cancelar"))));
  }

  private static List<Boton> botonesDeDato(Paso... pasos) {
    return Arrays.stream(pasos)
        .map(p -> new Boton(p.etiqueta(), PREFIJO + "dato:" + p.name()))
        .toList();
  }

  private static String datosDeEntidad(Entidad entidad) {
    return PREFIJO + "entidad:" + entidad.getClave().valor();
  }

  /**
   * Las entidades que se ofrecen: las que nombran las siglas al principio del número del oficio
   * (`IEC/SE/1766/2020`: Coahuila), salvo el INE; si no, todas las que tienen procesos.
   */
  private List<Entidad> entidadesSugeridas(Conversacion c) {
    if (c.numero() != null) {
      String siglas = c.numero().valor().split("[/\\-]")[0];
      Resolucion porSiglas = entidades.resolver(siglas);
      List<Entidad> candidatas = List.of();
      if (porSiglas instanceof Resolucion.Encontrada encontrada) {
        candidatas = List.of(encontrada.entidad());
      } else if (porSiglas instanceof Resolucion.Ambigua ambigua) {
        candidatas = ambigua.candidatas();
      }
      List<Entidad> deUnOpl = candidatas.stream().filter(e -> e.getClave().numero() > 0).toList();
      if (!deUnOpl.isEmpty()) {
        return deUnOpl;
      }
    }
    return procesos.todos().stream()
        .map(ProcesoElectoral::getEntidad)
        .distinct()
        .sorted(Comparator.comparing(e -> e.getClave().valor()))
        .toList();
  }

  /**
   * El proceso del oficio: el actual de la entidad a la fecha del oficio (el de la próxima jornada,
   * o el último si ya no hay jornada por venir), como lo decide la consulta del estado.
   */
  private Optional<ProcesoElectoral> proceso(Conversacion c) {
    if (c.entidad() == null || c.fecha() == null) {
      return Optional.empty();
    }
    return estados.expediente(c.entidad(), c.fecha()).map(Expediente::proceso);
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
