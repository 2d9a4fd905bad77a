package mx.seguimientoprep.domain.aviso;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.seguimientoprep.domain.aviso.PlanDeAvisos.OficioRegistrado;

/** Los avisos reclamados, enviados o fallidos. */
public interface AvisoRepository {

  /**
   * Las llaves de los avisos ya registrados de ese tipo cuya fecha es esa o posterior: lo que una
   * pasada no debe planear otra vez.
   */
  Set<LlaveDeAviso> registrados(Set<TipoDeAviso> tipos, LocalDate desde);

  /** Las llaves de los avisos ya registrados de ese tipo con esos asuntos. */
  Set<LlaveDeAviso> registradosDe(TipoDeAviso tipo, Collection<String> asuntos);

  /**
   * Reclama los avisos para este nodo: inserta cada uno con su llave única, en una transacción
   * propia; el que otra pasada u otro nodo ya reclamó se rechaza en la base y no se envía.
   *
   * @return los reclamados por este nodo, en el orden recibido
   */
  List<Reclamado> reclamar(List<AvisoPlaneado> avisos, String nodo, Instant ahora);

  /** Un aviso reclamado por este nodo, por enviar. */
  record Reclamado(long id, AvisoPlaneado aviso) {}

  void enviado(long id, long mensajeTelegram, int intentos, Instant ahora);

  void fallido(long id, String motivo, int intentos);

  /**
   * Los oficios del INE con observaciones registrados (o que recibieron ese resultado) desde ese
   * momento, con el momento de su registro, según el historial.
   */
  List<OficioRegistrado> conObservacionesDesde(Instant desde);

  /** Los avisos más recientes, el último primero, con su suscripción. */
  List<AvisoDeSuscripcion> ultimos(int limite);

  /** Un aviso con la suscripción a la que fue. */
  record AvisoDeSuscripcion(Aviso aviso, Optional<Suscripcion> suscripcion) {}
}
