package mx.seguimientoprep.bot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** La cuenta de los mensajes no entendidos, en memoria, para las pruebas del despachador. */
public final class NoEntendidosEnMemoria implements NoEntendidos {

  /** Un mensaje contado. */
  public record Contado(Clase clase, String intento) {}

  private final List<Contado> contados = new ArrayList<>();

  @Override
  public void contar(Clase clase, String intento, Instant cuando) {
    contados.add(new Contado(clase, intento));
  }

  public List<Contado> contados() {
    return List.copyOf(contados);
  }
}
