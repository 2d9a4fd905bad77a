package mx.seguimientoprep.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's settings, from environment variables (MicroProfile Config maps {@code
 * PREP_FECHA_REFERENCIA} to {@code prep.fecha.referencia}, and so on) or system properties.
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

  /** How Telegram hands the updates to the bot ({@code TELEGRAM_MODO}). */
  public enum ModoTelegram {
    /** The application asks with getUpdates (long polling). */
    POLLING,
    /** Telegram posts each update to {@code /prep/api/telegram/webhook}. */
    WEBHOOK
  }

  private final Clock reloj = Clock.systemDefaultZone();

  /**
   * The date the status is computed for: {@code PREP_FECHA_REFERENCIA} (yyyy-mm-dd) or today.
   *
   * @throws IllegalStateException when the configured value is not a date
   */
  public LocalDate fechaReferencia() {
    return fechaReferencia
        .filter(s -> !s.isBlank())
        .map(Configuracion::fecha)
        .orElseGet(() -> LocalDate.now(reloj));
  }

  /** The password for {@code admin} on first start ({@code PREP_ADMIN_PASSWORD}). */
  public Optional<String> claveAdmin() {
    return claveAdmin.filter(s -> !s.isBlank());
  }

  /** Whether an empty database gets the seed reports' facts ({@code PREP_DEMO=true}). */
  public boolean demo() {
    return demo;
  }

  /** The configured reference date, if any (the bot uses today's date otherwise). */
  public Optional<LocalDate> fechaReferenciaFija() {
    return fechaReferencia.filter(s -> !s.isBlank()).map(Configuracion::fecha);
  }

  /** The bot's token ({@code TELEGRAM_BOT_TOKEN}); without one the bot is off. */
  public Optional<String> tokenTelegram() {
    return tokenTelegram.map(String::strip).filter(s -> !s.isEmpty());
  }

  /**
   * The Bot API server ({@code TELEGRAM_API_URL}): Telegram's, a local Bot API server or a test
   * double; {@code http} or {@code https}, host and optional port.
   *
   * @throws IllegalStateException when it is not such a URL
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
   * {@code TELEGRAM_MODO}: {@code polling} (default) or {@code webhook}.
   *
   * @throws IllegalStateException for any other value
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

  /** The public HTTPS URL registered with setWebhook ({@code TELEGRAM_WEBHOOK_URL}). */
  public Optional<String> urlWebhook() {
    return urlWebhook.map(String::strip).filter(s -> !s.isEmpty());
  }

  /** The secret that Telegram sends back in each webhook call ({@code TELEGRAM_WEBHOOK_SECRET}). */
  public Optional<String> secretoWebhook() {
    return secretoWebhook.map(String::strip).filter(s -> !s.isEmpty());
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
