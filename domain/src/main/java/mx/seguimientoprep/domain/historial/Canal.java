package mx.seguimientoprep.domain.historial;

import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/** Por dónde llegó un cambio. */
public enum Canal implements Etiquetado {
  WEB("Web"),
  API("API"),
  HOJA("Hoja de seguimiento"),
  INFORME("Informe"),
  BOT("Bot"),
  DEMO("Datos de demostración"),
  SISTEMA("Sistema");

  private final String etiqueta;

  Canal(String etiqueta) {
    this.etiqueta = etiqueta;
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  public static Optional<Canal> desdeTexto(String texto) {
    return Etiquetado.buscar(Canal.class, texto);
  }
}
