package mx.seguimientoprep.bot.comprension;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.TextoComparable;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;

/**
 * Entiende un mensaje: un comando (`/estado durango`, `/estado@NombreBot durango`), una frase libre
 * (`¿Cómo va el PREP de Durango?`, `DURANGO`, `estado dgo`) o los datos de un botón (`estado:10`).
 *
 * <p>En una frase libre la intención la dan sus palabras clave (`oficios`, `pendientes`,
 * `acuerdos`, `sesiones`, `vence`…; ninguna: el estado) y la entidad, el resolutor del dominio: el
 * texto completo si es exactamente un nombre, alias, sigla o clave; si no, la forma más larga que
 * aparece en la frase, sin contar como significativas las {@linkplain ResolutorEntidad palabras
 * vacías}. En un grupo solo cuentan los comandos y los mensajes que mencionan al bot; un comando
 * desconocido sin `@NombreBot` se supone de otro bot del grupo.
 */
public final class Interprete {

  private static final Pattern COMANDO =
      Pattern.compile("^/([\\p{L}\\p{N}_]+)(?:@([A-Za-z0-9_]+))?(?:\\s+(.*))?$", Pattern.DOTALL);
  private static final Pattern BOTON = Pattern.compile("^([a-z]+):(\\d{1,2})$");

  private static final Map<String, Intencion> COMANDOS =
      Map.ofEntries(
          Map.entry("estado", Intencion.ESTADO),
          Map.entry("oficios", Intencion.OFICIOS),
          Map.entry("pendientes", Intencion.PENDIENTES),
          Map.entry("acuerdos", Intencion.ACUERDOS),
          Map.entry("sesiones", Intencion.SESIONES),
          Map.entry("vencimientos", Intencion.VENCIMIENTOS),
          Map.entry("ayuda", Intencion.AYUDA),
          Map.entry("help", Intencion.AYUDA),
          Map.entry("start", Intencion.START),
          Map.entry("oficio", Intencion.REGISTRAR_OFICIO),
          Map.entry("cancelar", Intencion.CANCELAR),
          Map.entry("cancel", Intencion.CANCELAR));

  private static final Set<String> OFICIOS = Set.of("oficio", "oficios");
  private static final Set<String> REGISTRAR =
      Set.of("registrar", "registra", "capturar", "captura", "nuevo", "agregar", "agrega", "alta");
  private static final Set<String> ACUERDOS = Set.of("acuerdo", "acuerdos");
  private static final Set<String> SESIONES = Set.of("sesion", "sesiones", "reunion", "reuniones");
  private static final Set<String> PENDIENTES =
      Set.of(
          "pendiente",
          "pendientes",
          "entregable",
          "entregables",
          "vencido",
          "vencidos",
          "atrasado",
          "atrasados");
  private static final Set<String> VENCIMIENTOS =
      Set.of("vencimiento", "vencimientos", "vence", "vencen", "vencera", "venceran");
  private static final Set<String> AYUDA = Set.of("ayuda", "help", "comandos", "instrucciones");
  private static final Set<String> SALUDOS =
      Set.of("hola", "buenas", "buenos", "saludos", "inicio", "menu", "start");
  private static final Set<String> CANCELAR = Set.of("cancelar", "cancela");

  private final ResolutorEntidad entidades;
  private final String nombreDelBot;
  private final Pattern mencion;

  /**
   * @param nombreDelBot el nombre de usuario del bot en Telegram, sin `@`
   */
  public Interprete(ResolutorEntidad entidades, String nombreDelBot) {
    this.entidades = Objects.requireNonNull(entidades, "entidades");
    this.nombreDelBot = Objects.requireNonNull(nombreDelBot, "nombreDelBot").replaceFirst("^@", "");
    this.mencion =
        Pattern.compile(
            "@" + Pattern.quote(this.nombreDelBot) + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Lo que quiso decir un mensaje de texto escrito en un chat privado o en un grupo. */
  public Interpretacion interpretar(String texto, boolean enGrupo) {
    if (texto == null || texto.isBlank()) {
      return Interpretacion.de(Intencion.IGNORAR);
    }
    String limpio = texto.strip();
    Matcher comando = COMANDO.matcher(limpio);
    if (comando.matches()) {
      Interpretacion interpretacion = comando(comando);
      boolean paraOtroBot = enGrupo && comando.group(2) == null;
      return interpretacion.intencion() == Intencion.DESCONOCIDA && paraOtroBot
          ? Interpretacion.de(Intencion.IGNORAR)
          : interpretacion;
    }
    if (limpio.startsWith("/")) {
      return Interpretacion.de(enGrupo ? Intencion.IGNORAR : Intencion.DESCONOCIDA, limpio);
    }
    Matcher mencionado = mencion.matcher(limpio);
    if (enGrupo && !mencionado.find()) {
      return Interpretacion.de(Intencion.IGNORAR);
    }
    return frase(mencion.matcher(limpio).replaceAll(" ").strip());
  }

  /** Lo que pide un botón de pregunta por entidad (`estado:10`); vacío si no es uno de esos. */
  public Optional<Interpretacion> interpretarBoton(String datos) {
    if (datos == null) {
      return Optional.empty();
    }
    Matcher boton = BOTON.matcher(datos);
    if (!boton.matches()) {
      return Optional.empty();
    }
    Optional<Intencion> intencion = Intencion.deBoton(boton.group(1));
    Resolucion entidad = entidades.resolver(boton.group(2));
    if (intencion.isEmpty() || !(entidad instanceof Resolucion.Encontrada)) {
      return Optional.empty();
    }
    return Optional.of(new Interpretacion(intencion.get(), entidad, ""));
  }

  /** Si un comando escrito como `/orden@Nombre` es para este bot. */
  private boolean esParaEsteBot(String nombre) {
    return nombre == null || nombre.equalsIgnoreCase(nombreDelBot);
  }

  /**
   * La entidad nombrada en un texto: el texto completo si es exactamente una forma conocida; si no,
   * la forma más larga que aparece en él, o parecidos si no aparece ninguna.
   */
  public Resolucion entidadEn(String texto) {
    return entidades.enFrase(texto);
  }

  private Interpretacion comando(Matcher comando) {
    if (!esParaEsteBot(comando.group(2))) {
      return Interpretacion.de(Intencion.IGNORAR);
    }
    String nombre = TextoComparable.de(comando.group(1));
    String argumento = comando.group(3) == null ? "" : comando.group(3).strip();
    Intencion intencion = COMANDOS.get(nombre);
    if (intencion == null) {
      return Interpretacion.de(Intencion.DESCONOCIDA, "/" + comando.group(1));
    }
    if (intencion.porEntidad()) {
      return new Interpretacion(intencion, entidadEn(argumento), argumento);
    }
    return Interpretacion.de(intencion, argumento);
  }

  private Interpretacion frase(String texto) {
    List<String> palabras = Arrays.asList(TextoComparable.de(texto).split(" "));
    if (palabras.size() <= 2 && CANCELAR.contains(palabras.get(0))) {
      return Interpretacion.de(Intencion.CANCELAR);
    }
    if (contiene(palabras, OFICIOS) && contiene(palabras, REGISTRAR)) {
      return Interpretacion.de(Intencion.REGISTRAR_OFICIO);
    }
    if (contiene(palabras, AYUDA)) {
      return Interpretacion.de(Intencion.AYUDA);
    }
    Resolucion entidad = entidadEn(texto);
    boolean sinEntidad = entidad instanceof Resolucion.NoEncontrada;
    Intencion intencion;
    if (contiene(palabras, OFICIOS)) {
      intencion = Intencion.OFICIOS;
    } else if (contiene(palabras, ACUERDOS)) {
      intencion = Intencion.ACUERDOS;
    } else if (contiene(palabras, SESIONES)) {
      intencion = Intencion.SESIONES;
    } else if (contiene(palabras, PENDIENTES)) {
      intencion = Intencion.PENDIENTES;
    } else if (contiene(palabras, VENCIMIENTOS)) {
      intencion = sinEntidad ? Intencion.VENCIMIENTOS : Intencion.PENDIENTES;
    } else if (sinEntidad && contiene(palabras, SALUDOS)) {
      intencion = Intencion.AYUDA;
    } else {
      intencion = Intencion.ESTADO;
    }
    return intencion.porEntidad()
        ? new Interpretacion(intencion, entidad, "")
        : Interpretacion.de(intencion);
  }

  private static boolean contiene(List<String> palabras, Set<String> claves) {
    return palabras.stream().anyMatch(claves::contains);
  }
}
