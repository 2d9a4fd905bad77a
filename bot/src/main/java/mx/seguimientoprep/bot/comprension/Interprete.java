package mx.seguimientoprep.bot.comprension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.bot.comando.Comando;
import mx.seguimientoprep.bot.comando.Comandos;
import mx.seguimientoprep.bot.comando.Frase;
import mx.seguimientoprep.bot.comprension.Interpretacion.Entendido;
import mx.seguimientoprep.domain.ClaveDocumento;
import mx.seguimientoprep.domain.TextoComparable;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;

/**
 * Entiende un mensaje: un comando (`/estado durango`, `/estado@NombreBot durango`), una frase libre
 * (`¿Cómo va el PREP de Durango?`, `DURANGO`, `estado dgo`) o los datos de un botón (`estado:10`),
 * con los nombres y las {@linkplain Frase frases} de los {@linkplain Comandos comandos} del bot.
 *
 * <p>En una frase libre el comando lo dan sus palabras (`oficios`, `pendientes`, `acuerdos`,
 * `sesiones`, `vence`…; ninguna: el estado) y la entidad, el resolutor del dominio: el texto
 * completo si es exactamente un nombre, alias, sigla o clave; si no, la forma más larga que aparece
 * en la frase, sin contar como significativas las palabras vacías del dominio ni las de las frases
 * de los comandos ({@link ResolutorEntidad#enFrase(String, Set)}). En un grupo solo cuentan los
 * comandos y los mensajes que mencionan al bot; un comando desconocido sin `@NombreBot` se supone
 * de otro bot del grupo.
 *
 * @param <C> lo que el despachador da a los manejadores de los comandos
 */
public final class Interprete<C> {

  private static final Pattern COMANDO =
      Pattern.compile("^/([\\p{L}\\p{N}_]+)(?:@([A-Za-z0-9_]+))?(?:\\s+(.*))?$", Pattern.DOTALL);
  private static final Pattern BOTON = Pattern.compile("^([a-z0-9_]+):(\\d{1,2})$");

  /**
   * Un número de oficio o una clave de acuerdo, en cualquier forma que acepta el libro: empieza con
   * una letra, tiene al menos una diagonal (con o sin espacios alrededor) y algún dígito (`INE /
   * UNICOM / 3320 / 2020`, `IEPC/UTC/21/104`, `CG-A-43/23`). Una fecha (`30/11/2020`) empieza con
   * dígito y no lo es.
   */
  private static final Pattern DOCUMENTO =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])\\p{L}[\\p{L}\\p{N}.\\-]*(?:\\s*/\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*)+");

  /** Los documentos que se contestan de un mensaje, como mucho. */
  public static final int DOCUMENTOS_MAXIMOS = 5;

  /** Una frase de un comando, en el orden en que se prueban. */
  private record FraseDe<C>(Frase frase, Comando<C> comando) {}

  private final Comandos<C> comandos;
  private final List<FraseDe<C>> frases;

  /**
   * Las palabras de las frases de los comandos: se suman a las palabras vacías del dominio al
   * buscar una entidad en una frase, así que un comando nuevo no necesita agregarlas a mano.
   */
  private final Set<String> palabrasVacias;

  private final ResolutorEntidad entidades;
  private final EntregableNombrado.Indice entregables;
  private final Comando<C> porDocumento;
  private final Comando<C> porEntregable;
  private final String nombreDelBot;
  private final Pattern mencion;

  /**
   * @param nombreDelBot el nombre de usuario del bot en Telegram, sin `@`
   */
  public Interprete(Comandos<C> comandos, ResolutorEntidad entidades, String nombreDelBot) {
    this.comandos = Objects.requireNonNull(comandos, "comandos");
    this.entidades = Objects.requireNonNull(entidades, "entidades");
    this.nombreDelBot = Objects.requireNonNull(nombreDelBot, "nombreDelBot").replaceFirst("^@", "");
    this.mencion =
        Pattern.compile(
            "@" + Pattern.quote(this.nombreDelBot) + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<FraseDe<C>> todas = new ArrayList<>();
    comandos.todos().forEach(c -> c.frases().forEach(f -> todas.add(new FraseDe<>(f, c))));
    todas.sort(Comparator.comparing(f -> f.frase().precedencia()));
    this.frases = List.copyOf(todas);
    this.palabrasVacias = Set.copyOf(comandos.palabrasDeFrases());
    this.entregables = new EntregableNombrado.Indice(Vocabulario.DEL_BOT.entregables());
    this.porDocumento =
        comandos.todos().stream().filter(Comando::porDocumento).findFirst().orElse(null);
    this.porEntregable =
        comandos.todos().stream().filter(Comando::porEntregable).findFirst().orElse(null);
  }

  /**
   * Lo que quiso decir un mensaje de texto escrito en un chat privado o en un grupo.
   *
   * @param hoy la fecha de referencia del bot, para `el mes pasado` y el año que no se escribe
   */
  public Interpretacion<C> interpretar(String texto, boolean enGrupo, LocalDate hoy) {
    if (texto == null || texto.isBlank()) {
      return new Interpretacion.Ignorado<>();
    }
    String limpio = texto.strip();
    Matcher comando = COMANDO.matcher(limpio);
    if (comando.matches()) {
      Interpretacion<C> interpretacion = comando(comando, hoy);
      boolean paraOtroBot = enGrupo && comando.group(2) == null;
      return interpretacion instanceof Interpretacion.Desconocido && paraOtroBot
          ? new Interpretacion.Ignorado<>()
          : interpretacion;
    }
    if (limpio.startsWith("/")) {
      return enGrupo ? new Interpretacion.Ignorado<>() : new Interpretacion.Desconocido<>(limpio);
    }
    Matcher mencionado = mencion.matcher(limpio);
    if (enGrupo && !mencionado.find()) {
      return new Interpretacion.Ignorado<>();
    }
    return frase(mencion.matcher(limpio).replaceAll(" ").strip(), hoy);
  }

  /** Lo que pide un botón de pregunta por entidad (`estado:10`); vacío si no es uno de esos. */
  public Optional<Entendido<C>> interpretarBoton(String datos) {
    if (datos == null) {
      return Optional.empty();
    }
    Matcher boton = BOTON.matcher(datos);
    if (!boton.matches()) {
      return Optional.empty();
    }
    Optional<Comando<C>> comando =
        comandos
            .llamado(boton.group(1))
            .filter(c -> c.porEntidad() && c.nombre().equals(boton.group(1)));
    Resolucion entidad = entidades.resolver(boton.group(2));
    if (comando.isEmpty() || !(entidad instanceof Resolucion.Encontrada)) {
      return Optional.empty();
    }
    return Optional.of(new Entendido<>(comando.get(), entidad, ""));
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
    return entidades.enFrase(texto, palabrasVacias);
  }

  private Interpretacion<C> comando(Matcher comando, LocalDate hoy) {
    if (!esParaEsteBot(comando.group(2))) {
      return new Interpretacion.Ignorado<>();
    }
    // Sin acentos ni mayúsculas; el guion bajo de /cancelar_suscripcion se conserva.
    String nombre = TextoComparable.de(comando.group(1)).replace(' ', '_');
    String argumento = comando.group(3) == null ? "" : comando.group(3).strip();
    Optional<Comando<C>> conocido = comandos.llamado(nombre);
    if (conocido.isEmpty()) {
      return new Interpretacion.Desconocido<>("/" + comando.group(1));
    }
    Comando<C> elegido = conocido.get();
    if (elegido.manejaLaConversacion() || elegido.publico()) {
      return Entendido.de(elegido, argumento);
    }
    Analisis analisis = analizar(argumento, hoy);
    Resolucion entidad =
        elegido.porEntidad() ? analisis.entidad().resolucion() : new Resolucion.NoEncontrada();
    return new Entendido<>(elegido, entidad, argumento, analisis.detalles(false));
  }

  /** Lo que una frase dice además de sus palabras: documentos, fecha, entregable. */
  private final class Analisis {

    private final List<String> palabras;
    private final List<String> documentos;
    private final Optional<FechaDeLaPregunta> fecha;
    private final Optional<EntregableNombrado> entregable;
    private final EntidadDeLaFrase entidad;

    Analisis(
        List<String> palabras,
        List<String> documentos,
        Optional<FechaDeLaPregunta> fecha,
        Optional<EntregableNombrado> entregable,
        EntidadDeLaFrase entidad) {
      this.palabras = palabras;
      this.documentos = documentos;
      this.fecha = fecha;
      this.entregable = entregable;
      this.entidad = entidad;
    }

    List<String> palabras() {
      return palabras;
    }

    List<String> documentos() {
      return documentos;
    }

    Optional<EntregableNombrado> entregable() {
      return entregable;
    }

    EntidadDeLaFrase entidad() {
      return entidad;
    }

    Interpretacion.Detalles detalles(boolean continuacion) {
      return new Interpretacion.Detalles(
          fecha.map(FechaDeLaPregunta::fecha),
          entregable.map(EntregableNombrado::codigo),
          documentos,
          continuacion,
          palabras);
    }
  }

  /**
   * Separa de la frase los números de documento, la fecha y el entregable; la entidad se busca en
   * lo que queda, una sola vez y solo si hace falta.
   */
  private Analisis analizar(String texto, LocalDate hoy) {
    List<String> documentos = new ArrayList<>();
    StringBuilder resto = new StringBuilder();
    Matcher documento = DOCUMENTO.matcher(texto);
    int despues = 0;
    while (documento.find()) {
      String clave = documento.group().replaceAll("[.\\-]+$", "");
      if (!tieneDigito(clave) || clave.length() > ClaveDocumento.LONGITUD_MAXIMA) {
        continue;
      }
      resto.append(texto, despues, documento.start()).append(' ');
      despues = documento.end();
      String normalizada = ClaveDocumento.normalizar("Documento", clave);
      if (documentos.size() < DOCUMENTOS_MAXIMOS && !documentos.contains(normalizada)) {
        documentos.add(normalizada);
      }
    }
    resto.append(texto, despues, texto.length());
    String forma = TextoComparable.de(resto.toString());
    List<String> palabras = Arrays.asList(forma.split(" "));
    Optional<FechaDeLaPregunta> fecha = FechaDeLaPregunta.buscar(palabras, hoy);
    Optional<EntregableNombrado> entregable = entregables.buscar(palabras);
    boolean[] fuera = new boolean[palabras.size()];
    fecha.ifPresent(f -> java.util.Arrays.fill(fuera, f.inicio(), f.fin(), true));
    entregable.ifPresent(e -> java.util.Arrays.fill(fuera, e.inicio(), e.fin(), true));
    StringBuilder paraEntidad = new StringBuilder();
    for (int i = 0; i < palabras.size(); i++) {
      if (!fuera[i]) {
        paraEntidad.append(paraEntidad.length() == 0 ? "" : " ").append(palabras.get(i));
      }
    }
    return new Analisis(
        palabras, documentos, fecha, entregable, new EntidadDeLaFrase(paraEntidad.toString()));
  }

  /**
   * Lo que pide una frase libre: un documento si nombra uno; si no, la primera frase de un comando
   * que corresponde, por precedencia, salvo que nombre un entregable; si ninguna, no se entendió.
   */
  private Interpretacion<C> frase(String texto, LocalDate hoy) {
    Analisis analisis = analizar(texto, hoy);
    List<String> palabras = analisis.palabras();
    EntidadDeLaFrase entidad = analisis.entidad();
    Optional<FraseDe<C>> elegida = Optional.empty();
    for (FraseDe<C> candidata : frases) {
      boolean entreEntidades = candidata.frase().precedencia() == Frase.Precedencia.ENTRE_ENTIDADES;
      if (candidata
          .frase()
          .reconoce(palabras, entreEntidades ? entidad::nombraUnEstado : entidad::nombrada)) {
        elegida = Optional.of(candidata);
        break;
      }
    }
    boolean orden =
        elegida.filter(f -> f.frase().precedencia() == Frase.Precedencia.ORDEN).isPresent();
    if (!analisis.documentos().isEmpty() && !orden && porDocumento != null) {
      return new Entendido<>(
          porDocumento, new Resolucion.NoEncontrada(), "", analisis.detalles(false));
    }
    boolean entreEntidades =
        elegida
            .filter(f -> f.frase().precedencia() == Frase.Precedencia.ENTRE_ENTIDADES)
            .isPresent();
    if (analisis.entregable().isPresent() && !orden && !entreEntidades && porEntregable != null) {
      return new Entendido<>(porEntregable, entidad.resolucion(), "", analisis.detalles(false));
    }
    if (elegida.isEmpty()) {
      return new Interpretacion.NoEntendido<>(texto);
    }
    Comando<C> comando = elegida.get().comando();
    boolean continuacion =
        !palabras.isEmpty()
            && palabras.get(0).equals("y")
            && elegida.get().frase().precedencia().compareTo(Frase.Precedencia.GENERAL) >= 0;
    return new Entendido<>(
        comando,
        comando.porEntidad() ? entidad.resolucion() : new Resolucion.NoEncontrada(),
        "",
        analisis.detalles(continuacion));
  }

  /** «INE» es el organismo nacional solo cuando nada más nombra a un estado. */
  private static Resolucion sinElIneSiHayOtra(Resolucion resolucion) {
    if (resolucion instanceof Resolucion.Ambigua ambigua
        && ambigua.candidatas().stream().anyMatch(Entidad::esIne)) {
      List<Entidad> estados = ambigua.candidatas().stream().filter(e -> !e.esIne()).toList();
      return estados.size() == 1
          ? new Resolucion.Encontrada(estados.get(0))
          : new Resolucion.Ambigua(estados);
    }
    return resolucion;
  }

  private static boolean tieneDigito(String texto) {
    for (int i = 0; i < texto.length(); i++) {
      if (Character.isDigit(texto.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** La entidad de una frase, buscada la primera vez que hace falta. */
  private final class EntidadDeLaFrase {

    private final String texto;
    private Resolucion resolucion;

    EntidadDeLaFrase(String texto) {
      this.texto = texto;
    }

    Resolucion resolucion() {
      if (resolucion == null) {
        resolucion =
            texto.isEmpty() ? new Resolucion.NoEncontrada() : sinElIneSiHayOtra(entidadEn(texto));
      }
      return resolucion;
    }

    boolean nombrada() {
      return !(resolucion() instanceof Resolucion.NoEncontrada);
    }

    /** Si nombra un estado: el INE solo no cuenta, en una pregunta sobre todos los estados. */
    boolean nombraUnEstado() {
      return nombrada()
          && !(resolucion() instanceof Resolucion.Encontrada encontrada
              && encontrada.entidad().esIne());
    }
  }
}
