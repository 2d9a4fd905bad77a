package mx.seguimientoprep.bot.comando;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.usuario.Rol;

/**
 * Un comando del bot, descrito una sola vez, como una {@code Ability} de TelegramBots: sus nombres
 * y las frases con que se pide, sus renglones de /ayuda y su descripción en el menú de Telegram,
 * los chats en que se atiende, los roles que pueden usarlo y lo que hace. De los comandos salen el
 * intérprete, /ayuda y el menú; el despachador revisa el rol y el chat antes de llamar a su
 * manejador.
 *
 * <p>Se define con {@link #llamado} y termina con su manejador ({@link Definicion#atiende}).
 *
 * @param <C> lo que el despachador da al manejador
 */
public final class Comando<C> {

  /** Lo que Telegram admite como nombre de un comando. */
  private static final Pattern NOMBRE = Pattern.compile("[a-z0-9_]{1,32}");

  private static final int DESCRIPCION_MAXIMA = 256;

  /** Los roles con que una persona puede quedar vinculada al bot. */
  private static final Set<Rol> ROLES_DEL_BOT =
      Arrays.stream(Rol.values())
          .filter(r -> r.nombreEnElBot().isPresent())
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rol.class)));

  private final List<String> nombres;
  private final List<LineaDeAyuda> ayuda;
  private final Seccion seccion;
  private final String descripcion;
  private final Localidad localidad;
  private final boolean publico;
  private final Set<Rol> roles;
  private final String actividad;
  private final String sinPermiso;
  private final String proposito;
  private final boolean porEntidad;
  private final List<Frase> frases;
  private final boolean manejaLaConversacion;
  private final List<String> ejemplos;
  private final boolean porDocumento;
  private final boolean porEntregable;
  private final boolean fechaPropia;
  private final Manejador<C> manejador;

  private Comando(Definicion<C> d, Manejador<C> manejador) {
    this.nombres = List.copyOf(d.nombres);
    this.ayuda = List.copyOf(d.ayuda);
    this.seccion = d.seccion;
    this.descripcion = d.descripcion != null ? d.descripcion : descripcionDeLaAyuda(d.ayuda);
    this.localidad = d.localidad;
    this.publico = d.publico;
    this.roles = Set.copyOf(d.roles);
    this.actividad = d.actividad;
    this.sinPermiso = d.sinPermiso;
    this.proposito = d.proposito;
    this.porEntidad = d.porEntidad;
    this.frases = List.copyOf(d.frases);
    this.manejaLaConversacion = d.manejaLaConversacion;
    this.ejemplos = List.copyOf(d.ejemplos);
    this.porDocumento = d.porDocumento;
    this.porEntregable = d.porEntregable;
    this.fechaPropia = d.fechaPropia;
    this.manejador = Objects.requireNonNull(manejador, "manejador");
    if (descripcion != null
        && (descripcion.isBlank() || descripcion.length() > DESCRIPCION_MAXIMA)) {
      throw new IllegalArgumentException(
          "/" + nombre() + ": la descripción del menú va de 1 a 256 caracteres.");
    }
    if (localidad != Localidad.TODAS && proposito == null) {
      throw new IllegalArgumentException("/" + nombre() + ": ¿para qué hay que ir a otro chat?");
    }
  }

  /**
   * Empieza la definición de un comando.
   *
   * @param nombres como se escribe tras la barra, en minúsculas: el primero es el del menú y el de
   *     los botones; los demás, sinónimos ({@code ayuda}, {@code help})
   */
  public static <C> Definicion<C> llamado(String... nombres) {
    return new Definicion<>(List.of(nombres));
  }

  /** El nombre principal: el del menú, el de /ayuda y el de sus botones. */
  public String nombre() {
    return nombres.get(0);
  }

  public List<String> nombres() {
    return nombres;
  }

  /** Sus renglones de /ayuda; vacío si no se anuncia (ni en /ayuda ni en el menú). */
  public List<LineaDeAyuda> ayuda() {
    return ayuda;
  }

  public boolean anunciado() {
    return !ayuda.isEmpty();
  }

  public Seccion seccion() {
    return seccion;
  }

  /** Lo que dice el menú de Telegram junto al comando; {@code null} si no se anuncia. */
  public String descripcion() {
    return descripcion;
  }

  public Localidad localidad() {
    return localidad;
  }

  /** Si se atiende a quien no está vinculado (solo `/start`, que canjea la invitación). */
  public boolean publico() {
    return publico;
  }

  /** Si una persona vinculada con ese rol puede usarlo. */
  public boolean permiteA(Rol rol) {
    return publico || roles.contains(rol);
  }

  /** Lo que se contesta a una persona vinculada con un rol que no puede usarlo. */
  public String negativaPorRol(Rol rol) {
    if (sinPermiso != null) {
      return sinPermiso;
    }
    String requeridos =
        roles.stream()
            .sorted()
            .map(r -> r.nombreEnElBot().orElseThrow())
            .collect(Collectors.joining(" o "));
    return actividad
        + " es para el rol "
        + requeridos
        + "; con el rol "
        + rol.nombreEnElBot().orElseThrow()
        + " puedes consultar. Escribe /ayuda para ver cómo.";
  }

  /** Lo que se contesta a quien lo pide en un chat donde no se atiende. */
  public String negativaPorLugar() {
    return "Para "
        + proposito
        + ", escríbeme en "
        + (localidad == Localidad.PRIVADO ? "un chat privado." : "un grupo.");
  }

  /** Si se pregunta por una entidad, que hay que reconocer en el texto o pedir con botones. */
  public boolean porEntidad() {
    return porEntidad;
  }

  /** Los datos del botón que hace esta pregunta sobre una entidad: {@code estado:10}. */
  public String datosDeBoton(ClaveEntidad entidad) {
    if (!porEntidad) {
      throw new IllegalStateException("/" + nombre() + " no es una pregunta sobre una entidad");
    }
    return nombre() + ":" + entidad.valor();
  }

  /** Las frases libres con que también se pide. */
  public List<Frase> frases() {
    return frases;
  }

  /**
   * Si el comando empieza o termina la conversación de un oficio: el despachador no le recuerda a
   * la persona la conversación en curso después de atenderlo.
   */
  public boolean manejaLaConversacion() {
    return manejaLaConversacion;
  }

  public Manejador<C> manejador() {
    return manejador;
  }

  /**
   * Preguntas de ejemplo, como las escribiría una persona: la primera va en /ayuda; todas sirven
   * para sugerir qué escribir cuando el bot no entiende.
   */
  public List<String> ejemplos() {
    return ejemplos;
  }

  /** Si lo pide un número de oficio o una clave de acuerdo escrita en cualquier parte del texto. */
  public boolean porDocumento() {
    return porDocumento;
  }

  /** Si lo pide el nombre o el código de un entregable escrito en la frase. */
  public boolean porEntregable() {
    return porEntregable;
  }

  /**
   * Si lee él mismo la fecha escrita (el mes de un informe): entonces la fecha de la frase no
   * cambia la fecha de referencia de la respuesta.
   */
  public boolean fechaPropia() {
    return fechaPropia;
  }

  @Override
  public String toString() {
    return "/" + nombre();
  }

  private static String descripcionDeLaAyuda(List<LineaDeAyuda> ayuda) {
    if (ayuda.isEmpty()) {
      return null;
    }
    String texto = ayuda.get(0).texto();
    return texto.substring(0, 1).toUpperCase(Locale.ROOT) + texto.substring(1);
  }

  /** Un comando a medio definir. */
  public static final class Definicion<C> {

    private final List<String> nombres;
    private final List<LineaDeAyuda> ayuda = new ArrayList<>();
    private Seccion seccion = Seccion.CONSULTAS;
    private String descripcion;
    private Localidad localidad = Localidad.TODAS;
    private boolean publico;
    private Set<Rol> roles = ROLES_DEL_BOT;
    private String actividad;
    private String sinPermiso;
    private String proposito;
    private boolean porEntidad;
    private final List<Frase> frases = new ArrayList<>();
    private boolean manejaLaConversacion;
    private final List<String> ejemplos = new ArrayList<>();
    private boolean porDocumento;
    private boolean porEntregable;
    private boolean fechaPropia;

    private Definicion(List<String> nombres) {
      if (nombres.isEmpty()) {
        throw new IllegalArgumentException("Un comando necesita un nombre.");
      }
      for (String nombre : nombres) {
        if (!NOMBRE.matcher(nombre).matches()) {
          throw new IllegalArgumentException(
              "«" + nombre + "» no es un nombre de comando de Telegram (a-z, 0-9, _).");
        }
      }
      this.nombres = nombres;
    }

    /**
     * Un renglón de /ayuda. El primero da, con mayúscula, la descripción del menú, salvo que se
     * diga otra con {@link #menu}.
     */
    public Definicion<C> ayuda(String ejemplo, String texto) {
      ayuda.add(new LineaDeAyuda(ejemplo, texto));
      return this;
    }

    public Definicion<C> en(Seccion seccion) {
      this.seccion = Objects.requireNonNull(seccion, "seccion");
      return this;
    }

    /** La descripción del menú de Telegram, si no es el texto del primer renglón de /ayuda. */
    public Definicion<C> menu(String descripcion) {
      this.descripcion = Objects.requireNonNull(descripcion, "descripcion");
      return this;
    }

    /**
     * Solo en esos chats.
     *
     * @param proposito para qué hay que ir al otro chat: {@code registrar un oficio}
     */
    public Definicion<C> soloEn(Localidad localidad, String proposito) {
      this.localidad = Objects.requireNonNull(localidad, "localidad");
      this.proposito = Objects.requireNonNull(proposito, "proposito");
      return this;
    }

    /**
     * Solo para esos roles.
     *
     * @param actividad lo que no puede hacer quien tenga otro rol: {@code Registrar oficios}
     */
    public Definicion<C> soloPara(String actividad, Rol... roles) {
      Set<Rol> elegidos = EnumSet.copyOf(Arrays.asList(roles));
      if (!ROLES_DEL_BOT.containsAll(elegidos)) {
        throw new IllegalArgumentException("Un comando es para roles del bot: " + elegidos);
      }
      this.roles = elegidos;
      this.actividad = Objects.requireNonNull(actividad, "actividad");
      return this;
    }

    /**
     * Lo que se contesta a quien no tiene el rol, si no es «{@code actividad} es para el rol …».
     */
    public Definicion<C> sinPermiso(String negativa) {
      this.sinPermiso = Objects.requireNonNull(negativa, "negativa");
      return this;
    }

    /** También para quien no está vinculado. */
    public Definicion<C> publico() {
      this.publico = true;
      return this;
    }

    /** Pregunta por una entidad, escrita tras el comando o en la frase. */
    public Definicion<C> porEntidad() {
      this.porEntidad = true;
      return this;
    }

    public Definicion<C> frases(Frase... frases) {
      this.frases.addAll(Arrays.asList(frases));
      return this;
    }

    /** Empieza o termina la conversación de un oficio. */
    public Definicion<C> manejaLaConversacion() {
      this.manejaLaConversacion = true;
      return this;
    }

    /** Preguntas de ejemplo (la primera, en /ayuda). */
    public Definicion<C> ejemplos(List<String> ejemplos) {
      this.ejemplos.addAll(ejemplos);
      return this;
    }

    /** Lo pide un número de oficio o una clave de acuerdo en el texto. */
    public Definicion<C> porDocumento() {
      this.porDocumento = true;
      return this;
    }

    /** Lo pide un entregable nombrado en la frase; pregunta por una entidad. */
    public Definicion<C> porEntregable() {
      this.porEntregable = true;
      this.porEntidad = true;
      return this;
    }

    /** Lee él mismo la fecha escrita; la de la frase no cambia la de referencia. */
    public Definicion<C> fechaPropia() {
      this.fechaPropia = true;
      return this;
    }

    /** El comando, con lo que hace. */
    public Comando<C> atiende(Manejador<C> manejador) {
      return new Comando<>(this, manejador);
    }
  }
}
