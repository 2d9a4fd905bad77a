package mx.seguimientoprep.bot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Lo que el bot necesita saber de su instalación.
 *
 * @param nombreDelBot el nombre de usuario del bot en Telegram (sin `@`), para reconocer sus
 *     menciones y `/comando@NombreBot`
 * @param zona la zona horaria de «hoy»
 * @param fechaDeReferencia la fecha a la que se calculan los estados si se configuró una (para que
 *     los datos de demostración de procesos pasados se lean con sentido); si no, hoy
 */
public record ConfiguracionBot(
    String nombreDelBot, ZoneId zona, Optional<LocalDate> fechaDeReferencia) {

  public ConfiguracionBot {
    Objects.requireNonNull(nombreDelBot, "nombreDelBot");
    nombreDelBot = nombreDelBot.strip().replaceFirst("^@", "");
    Objects.requireNonNull(zona, "zona");
    Objects.requireNonNull(fechaDeReferencia, "fechaDeReferencia");
  }

  /** La fecha a la que se calcula un estado pedido en ese momento. */
  public LocalDate referencia(Instant ahora) {
    return fechaDeReferencia.orElseGet(() -> LocalDate.ofInstant(ahora, zona));
  }
}
