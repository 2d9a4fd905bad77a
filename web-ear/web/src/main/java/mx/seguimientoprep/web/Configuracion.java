package mx.seguimientoprep.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.seguimientoprep.domain.aviso.ReglasDeAvisos;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * La configuración de la aplicación, de variables de entorno (MicroProfile Config traduce {@code
 * PREP_FECHA_REFERENCIA} a {@code prep.fecha.referencia}, y así las demás) o de propiedades del
 * sistema.
 */
@ApplicationScoped
public class Configuracion {

  @Inject
  @ConfigProperty(name = "prep.fecha.referencia")
  Optional<String> fechaReferencia;

  @Inject
  @ConfigProperty(name = "prep.admin.password")
  Optional<String> claveAdmin;

  @Inject
  @ConfigProperty(name = "prep.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "telegram.bot.token")
  Optional<String> tokenTelegram;

  @Inject
  @ConfigProperty(name = "telegram.api.url", defaultValue = "https://api.telegram.org")
  String urlApiTelegram;

  @Inject
  @ConfigProperty(name = "telegram.modo", defaultValue = "polling")
  String modoTelegram;

  @Inject
  @ConfigProperty(name = "telegram.webhook.url")
  Optional<String> urlWebhook;

  @Inject
  @ConfigProperty(name = "telegram.webhook.secret")
  Optional<String> secretoWebhook;

  @Inject
  @ConfigProperty(name = "prep.avisos")
  Optional<String> avisos;

  @Inject
  @ConfigProperty(name = "prep.avisos.hora", defaultValue = "08:00")
  String horaDeAvisos;

  @Inject
  @ConfigProperty(name = "prep.avisos.dias", defaultValue = "7,1")
  String diasDeAvisos;

  @Inject
  @ConfigProperty(name = "prep.zona.horaria", defaultValue = "America/Mexico_City")
  String zonaHoraria;

  /** Cómo entrega Telegram los updates al bot ({@code TELEGRAM_MODO}). */
  public enum ModoTelegram {
    /** La aplicación los pide con getUpdates (long polling). */
    POLLING,
    /** Telegram envía cada update por POST a {@code /prep/api/telegram/webhook}. */
    WEBHOOK
  }

  private final Clock reloj = Clock.systemDefaultZone();

  /**
   * La fecha para la que se calcula el estado: {@code PREP_FECHA_REFERENCIA} (aaaa-mm-dd) u hoy.
   *
   * @throws IllegalStateException si el valor configurado no es una fecha
   */
  public LocalDate fechaReferencia() {
    return fechaReferencia
        .filter(s -> !s.isBlank())
        .map(Configuracion::fecha)
        .orElseGet(() -> LocalDate.now(reloj));
  }

  /** La contraseña de {@code admin} en el primer arranque ({@code PREP_ADMIN_PASSWORD}). */
  public Optional<String> claveAdmin() {
    return claveAdmin.filter(s -> !s.isBlank());
  }

  /** Si una base vacía recibe los hechos de los informes semilla ({@code PREP_DEMO=true}). */
  public boolean demo() {
    return demo;
  }

  /** La fecha de referencia configurada, si la hay (si no, el bot usa la fecha de hoy). */
  public Optional<LocalDate> fechaReferenciaFija() {
    return fechaReferencia.filter(s -> !s.isBlank()).map(Configuracion::fecha);
  }

  /** El token del bot ({@code TELEGRAM_BOT_TOKEN}); sin él, el bot está apagado. */
  public Optional<String> tokenTelegram() {
    return tokenTelegram.map(String::strip).filter(s -> !s.isEmpty());
  }

  /**
   * El servidor de la Bot API ({@code TELEGRAM_API_URL}): el de Telegram, un servidor local de la
   * Bot API o un doble de prueba; {@code http} o {@code https}, host y puerto opcional.
   *
   * @throws IllegalStateException si no es una URL así
   */
  public URI urlApiTelegram() {
    String texto = urlApiTelegram.strip();
    try {
      URI url = new URI(texto);
      String esquema = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!(esquema.equals("http") || esquema.equals("https")) || url.getHost() == null) {
        throw new IllegalStateException(
            "TELEGRAM_API_URL debe ser http(s)://servidor[:puerto]; se recibió «" + texto + "».");
      }
      return url;
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(
          "TELEGRAM_API_URL debe ser http(s)://servidor[:puerto]; se recibió «" + texto + "».", e);
    }
  }

  /**
   * {@code TELEGRAM_MODO}: {@code polling} (el predeterminado) o {@code webhook}.
   *
   * @throws IllegalStateException con cualquier otro valor
   */
  public ModoTelegram modoTelegram() {
    return switch (modoTelegram.strip().toLowerCase(Locale.ROOT)) {
      case "polling", "" -> ModoTelegram.POLLING;
      case "webhook" -> ModoTelegram.WEBHOOK;
      default ->
          throw new IllegalStateException(
              "TELEGRAM_MODO debe ser polling o webhook; se recibió «" + modoTelegram + "».");
    };
  }

  /** La URL HTTPS pública registrada con setWebhook ({@code TELEGRAM_WEBHOOK_URL}). */
  public Optional<String> urlWebhook() {
    return urlWebhook.map(String::strip).filter(s -> !s.isEmpty());
  }

  /**
   * El secreto que Telegram devuelve en cada llamada al webhook ({@code TELEGRAM_WEBHOOK_SECRET}).
   */
  public Optional<String> secretoWebhook() {
    return secretoWebhook.map(String::strip).filter(s -> !s.isEmpty());
  }

  /**
   * Si corre el reloj de los avisos ({@code PREP_AVISOS}): {@code true} por omisión cuando el bot
   * está encendido.
   *
   * @throws IllegalStateException si no es {@code true} ni {@code false}
   */
  public boolean avisos() {
    String valor = avisos.map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
    if (valor == null) {
      return tokenTelegram().isPresent();
    }
    return switch (valor.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalStateException(
              "PREP_AVISOS debe ser true o false; se recibió «" + valor + "».");
    };
  }

  /**
   * Cuándo se avisa: {@code PREP_AVISOS_HORA} (hh:mm, la del resumen del lunes y de los avisos de
   * cada día), {@code PREP_AVISOS_DIAS} (los días antes de cada vencimiento, separados por comas) y
   * {@code PREP_ZONA_HORARIA} (la zona en que se leen las fechas y las horas).
   *
   * @throws IllegalStateException con un valor que no se entiende, diciendo cuál
   */
  public ReglasDeAvisos reglasDeAvisos() {
    LocalTime hora;
    try {
      hora = LocalTime.parse(horaDeAvisos.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "PREP_AVISOS_HORA debe ser una hora hh:mm (08:00); se recibió «" + horaDeAvisos + "».",
          e);
    }
    List<Integer> dias = new ArrayList<>();
    for (String parte : diasDeAvisos.split(",")) {
      if (parte.isBlank()) {
        continue;
      }
      try {
        dias.add(Integer.parseInt(parte.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(
            "PREP_AVISOS_DIAS debe ser una lista de días separados por comas (7,1); se recibió «"
                + diasDeAvisos
                + "».",
            e);
      }
    }
    ZoneId zona;
    try {
      zona = ZoneId.of(zonaHoraria.strip());
    } catch (java.time.DateTimeException e) {
      throw new IllegalStateException(
          "PREP_ZONA_HORARIA debe ser una zona como America/Mexico_City; se recibió «"
              + zonaHoraria
              + "».",
          e);
    }
    try {
      return new ReglasDeAvisos(DayOfWeek.MONDAY, hora, dias, zona);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("PREP_AVISOS_DIAS: " + e.getMessage(), e);
    }
  }

  private static LocalDate fecha(String texto) {
    try {
      return LocalDate.parse(texto.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "PREP_FECHA_REFERENCIA debe ser una fecha aaaa-mm-dd; se recibió «" + texto + "».", e);
    }
  }
}
