package mx.seguimientoprep.domain.oficio;

import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.Etiquetado;

/** Hacia dónde va un oficio, visto desde el OPL. */
public enum Sentido implements Etiquetado {
  ENVIADO_AL_INE("Enviado al INE", "enviado", "enviado INE"),
  RECIBIDO_DEL_INE("Recibido del INE", "recibido", "recibido INE"),
  INTERNO("Interno");

  private final String etiqueta;
  private final List<String> otrasFormas;

  Sentido(String etiqueta, String... otrasFormas) {
    this.etiqueta = etiqueta;
    this.otrasFormas = List.of(otrasFormas);
  }

  @Override
  public String etiqueta() {
    return etiqueta;
  }

  @Override
  public List<String> otrasFormas() {
    return otrasFormas;
  }

  public static Optional<Sentido> desdeTexto(String texto) {
    return Etiquetado.buscar(Sentido.class, texto);
  }
}
