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

  private static LocalDate fecha(String texto) {
    try {
      return LocalDate.parse(texto.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "PREP_FECHA_REFERENCIA debe ser una fecha aaaa-mm-dd; se recibió «" + texto + "».", e);
    }
  }
}
