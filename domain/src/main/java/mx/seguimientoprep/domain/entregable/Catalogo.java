package mx.seguimientoprep.domain.entregable;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.TextoComparable;

/**
 * El catálogo de entregables en vigor, para reconocer un entregable por su código (`E04`, `e4`) o
 * por su nombre.
 */
public record Catalogo(List<DefinicionEntregable> definiciones) {

  private static final Pattern CODIGO = Pattern.compile("e ?(\\d{1,2})");

  public Catalogo {
    definiciones =
        definiciones.stream()
            .sorted(Comparator.comparing(DefinicionEntregable::getCodigo))
            .toList();
  }

  public Optional<DefinicionEntregable> buscar(String codigoONombre) {
    String forma = TextoComparable.de(codigoONombre);
    Matcher codigo = CODIGO.matcher(forma);
    if (codigo.matches()) {
      int numero = Integer.parseInt(codigo.group(1));
      String buscado = (numero < 10 ? "E0" : "E") + numero;
      for (DefinicionEntregable definicion : definiciones) {
        if (definicion.getCodigo().equals(buscado)) {
          return Optional.of(definicion);
        }
      }
      return Optional.empty();
    }
    return definiciones.stream()
        .filter(d -> TextoComparable.de(d.getNombre()).equals(forma))
        .findFirst();
  }

  /**
   * @throws DatoInvalido con el campo dado si el catálogo no tiene ese entregable
   */
  public DefinicionEntregable exigir(String campo, String codigoONombre) {
    return buscar(codigoONombre)
        .orElseThrow(
            () ->
                new DatoInvalido(
                    campo,
                    codigoONombre,
                    "«"
                        + (codigoONombre == null ? "" : codigoONombre.strip())
                        + "» no es un entregable del catálogo (E01 a E"
                        + String.format("%02d", definiciones.size())
                        + ")."));
  }
}
