package mx.seguimientoprep.web.importacion;

/** Un informe subido que no se pudo leer; el mensaje, en español, va tal cual a quien lo subió. */
public final class InformeNoLegible extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InformeNoLegible(String mensaje, Throwable causa) {
    super(mensaje, causa);
  }
}
