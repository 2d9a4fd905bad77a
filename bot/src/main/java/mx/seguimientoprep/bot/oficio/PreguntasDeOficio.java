package mx.seguimientoprep.bot.oficio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.seguimientoprep.bot.oficio.BotonDeOficio.Accion;
import mx.seguimientoprep.bot.respuesta.Boton;
import mx.seguimientoprep.bot.respuesta.EleccionDeEntidad;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.Ficha;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
import mx.seguimientoprep.domain.entregable.DefinicionEntregableRepository;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.ProcesoRepository;

/**
 * Lo que la captura de un oficio le dice a la persona: la pregunta de cada paso con sus botones, el
 * resumen y los avisos con que termina. Solo redacta: qué se pregunta y cuándo lo decide {@link
 * CapturaDeOficio}.
 */
final class PreguntasDeOficio {

  private static final int CODIGOS_POR_FILA = 4;

  private final CamposDeCaptura campos;
  private final ProcesoRepository procesos;
  private final DefinicionEntregableRepository catalogo;

  /**
   * @param procesos para ofrecer las entidades que tienen procesos
   * @param catalogo para los botones y los nombres de los entregables
   */
  PreguntasDeOficio(
      CamposDeCaptura campos, ProcesoRepository procesos, DefinicionEntregableRepository catalogo) {
    this.campos = Objects.requireNonNull(campos, "campos");
    this.procesos = Objects.requireNonNull(procesos, "procesos");
    this.catalogo = Objects.requireNonNull(catalogo, "catalogo");
  }

  static String inicio() {
    return "Registrar un oficio: te pregunto "
        + Paso.PREGUNTAS
        + " datos, uno por uno (los dos últimos son opcionales). Nada se guarda hasta que"
        + " toques Guardar; /cancelar termina sin guardar.";
  }

  static Respuesta guardado(Oficio oficio) {
    return Respuesta.de(
        "Guardado: el oficio "
            + oficio.getNumero().valor()
            + " ("
            + oficio.getEntidad().getNombre()
            + ", "
            + Ficha.fecha(oficio.getFecha())
            + ") quedó registrado en el "
            + oficio.getProceso().getNombre()
            + ". Para registrar otro: /oficio");
  }

  static Respuesta vencida() {
    return Respuesta.de(
        "Pasaron más de "
            + Conversacion.INACTIVIDAD_MAXIMA.toMinutes()
            + " minutos sin respuesta y el registro del oficio se canceló; no se guardó"
            + " nada. Escribe /oficio para empezar de nuevo.");
  }

  static Respuesta cancelada() {
    return Respuesta.de("Registro cancelado; no se guardó nada.");
  }

  /**
   * La pregunta del paso en curso; la del resumen es {@link #resumen}, que necesita el proceso del
   * oficio.
   */
  Respuesta de(Conversacion c) {
    return switch (c.paso()) {
      case ENTIDAD ->
          Respuesta.de(
              titulo(Paso.ENTIDAD)
                  + "¿De qué entidad es el oficio? Tócala o escribe su nombre, siglas o clave.",
              EleccionDeEntidad.botones(entidadesSugeridas(c), PreguntasDeOficio::datosDeEntidad));
      case NUMERO ->
          Respuesta.de(
              titulo(Paso.NUMERO) + "Escribe el número del oficio, por ejemplo IEPC/SE/2119/2021.");
      case FECHA ->
          Respuesta.de(
              titulo(Paso.FECHA)
                  + "Escribe la fecha del oficio (dd/mm/aaaa, o como «3 de noviembre de 2020»)"
                  + " o toca Hoy.",
              List.of(List.of(boton("Hoy", Accion.HOY))));
      case SENTIDO ->
          Respuesta.de(
              titulo(Paso.SENTIDO) + "¿El oficio se envió al INE, se recibió del INE o es interno?",
              List.of(
                  Arrays.stream(Sentido.values())
                      .map(s -> boton(s.etiqueta(), new BotonDeOficio.ElegirSentido(s)))
                      .toList()));
      case ASUNTO -> Respuesta.de(titulo(Paso.ASUNTO) + "Escribe el asunto del oficio.");
      case ENTREGABLES -> entregables(c, catalogo.catalogo(), true);
      case EN_RESPUESTA_A ->
          Respuesta.de(
              titulo(Paso.EN_RESPUESTA_A)
                  + "Si el oficio responde a otro, escribe el número de ese oficio; si no, toca"
                  + " Omitir.",
              List.of(List.of(boton("Omitir", Accion.OMITIR))));
      case RESUMEN -> throw new IllegalArgumentException("El resumen se redacta con su proceso.");
      case CORREGIR ->
          Respuesta.de(
              "¿Qué dato quieres corregir?",
              List.of(
                  botonesDeDato(Paso.ENTIDAD, Paso.NUMERO, Paso.FECHA),
                  botonesDeDato(Paso.SENTIDO, Paso.ASUNTO),
                  botonesDeDato(Paso.ENTREGABLES, Paso.EN_RESPUESTA_A),
                  List.of(boton("Volver al resumen", Accion.RESUMEN))));
    };
  }

  /**
   * La pregunta de entregables: la primera vez con el catálogo completo; al tocar un código, solo
   * lo elegido hasta ahora. Los botones de los códigos elegidos llevan ✓.
   */
  Respuesta entregables(Conversacion c, Catalogo vigente, boolean conCatalogo) {
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
                    boton(
                        (c.entregables().contains(d.getCodigo()) ? "✓ " : "") + d.getCodigo(),
                        new BotonDeOficio.AlternarEntregable(d.getCodigo())))
            .toList();
    List<List<Boton>> filas = new ArrayList<>(Respuesta.enFilas(codigos, CODIGOS_POR_FILA));
    filas.add(List.of(boton("Listo", Accion.LISTO), boton("Omitir", Accion.OMITIR)));
    return Respuesta.de(texto.toString(), filas);
  }

  /** El oficio como se guardaría, con [Guardar] [Corregir] [Cancelar]. */
  Respuesta resumen(Conversacion c, Optional<ProcesoElectoral> proceso) {
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
                boton("Guardar", Accion.GUARDAR),
                boton("Corregir", Accion.CORREGIR),
                boton("Cancelar", Accion.CANCELAR))));
  }

  /** Los datos del botón de una entidad, en esta conversación. */
  static String datosDeEntidad(Entidad entidad) {
    return new BotonDeOficio.ElegirEntidad(entidad.getClave()).datos();
  }

  private static String titulo(Paso paso) {
    return paso.numero() + " · " + paso.etiqueta() + "\n";
  }

  private static Boton boton(String etiqueta, BotonDeOficio boton) {
    return new Boton(etiqueta, boton.datos());
  }

  private static List<Boton> botonesDeDato(Paso... pasos) {
    return Arrays.stream(pasos)
        .map(p -> boton(p.etiqueta(), new BotonDeOficio.CorregirDato(p)))
        .toList();
  }

  /**
   * Las entidades que se ofrecen: las que nombran las siglas al principio del número del oficio
   * (`IEC/SE/1766/2020`: Coahuila), salvo el INE; si no, todas las que tienen procesos.
   */
  private List<Entidad> entidadesSugeridas(Conversacion c) {
    if (c.numero() != null) {
      List<Entidad> delNumero = campos.entidadesDelNumero(c.numero());
      if (!delNumero.isEmpty()) {
        return delNumero;
      }
    }
    return procesos.todos().stream()
        .map(ProcesoElectoral::getEntidad)
        .distinct()
        .sorted(Comparator.comparing(e -> e.getClave().valor()))
        .toList();
  }
}
