package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;

/** El oficio más reciente de un proceso a una fecha. */
public record UltimoOficio(
    NumeroOficio numero,
    LocalDate fecha,
    Sentido sentido,
    String asunto,
    Optional<ResultadoRevision> resultado) {

  /** Por fecha; a igual fecha, el registrado después y, si no se sabe, el de número mayor. */
  static final Comparator<Oficio> POR_RECIENCIA =
      Comparator.comparing(Oficio::getFecha)
          .thenComparing(Oficio::getId, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(o -> o.getNumero().valor());

  static Optional<UltimoOficio> de(Optional<Oficio> oficio) {
    return oficio.map(
        o ->
            new UltimoOficio(
                o.getNumero(),
                o.getFecha(),
                o.getSentido(),
                o.getAsunto(),
                Optional.ofNullable(o.getResultado())));
  }
}
