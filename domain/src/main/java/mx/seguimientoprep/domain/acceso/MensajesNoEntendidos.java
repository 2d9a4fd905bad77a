package mx.seguimientoprep.domain.acceso;

import java.time.LocalDate;
import java.util.List;

/**
 * La cuenta, por día, de los mensajes que el bot no entendió: cuántos y qué se intentó (el comando
 * desconocido o, de una frase, el comando que se le sugirió primero). No guarda textos.
 */
public interface MensajesNoEntendidos {

  /** Lo que se intentó y cuántas veces. */
  record Intento(String clase, String intento, long veces) {}

  /**
   * Lo contado desde un día.
   *
   * @param total los mensajes no entendidos
   * @param masIntentados los intentos más frecuentes, el más frecuente primero
   */
  record Resumen(LocalDate desde, long total, List<Intento> masIntentados) {

    public Resumen {
      masIntentados = List.copyOf(masIntentados);
    }
  }

  /** Suma uno al intento de ese día. */
  void contar(LocalDate dia, String clase, String intento);

  /** Lo contado desde ese día (incluido), con los {@code cuantos} intentos más frecuentes. */
  Resumen desde(LocalDate dia, int cuantos);
}
