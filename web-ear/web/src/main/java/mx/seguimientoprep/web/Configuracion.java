package mx.seguimientoprep.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

  private static LocalDate fecha(String texto) {
    try {
      return LocalDate.parse(texto.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "PREP_FECHA_REFERENCIA debe ser una fecha aaaa-mm-dd; se recibió «" + texto + "».", e);
    }
  }
}
