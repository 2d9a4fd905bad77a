package mx.seguimientoprep.domain.acceso;

/** En qué va un update de Telegram recibido. */
public enum EstadoUpdate {
  /** Recibido y guardado; se está atendiendo o espera turno. */
  RECIBIDO,
  /** Contestado (o no había nada que contestar). */
  ATENDIDO,
  /** Su atención falló; se guarda su contenido para revisarlo. */
  FALLIDO
}
