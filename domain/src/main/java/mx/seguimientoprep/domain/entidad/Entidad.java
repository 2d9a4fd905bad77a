package mx.seguimientoprep.domain.entidad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import mx.seguimientoprep.domain.TextoLibre;

/** Una entidad federativa (o el INE, clave `00`) y su organismo electoral. Dato de referencia. */
@Entity
@Table(name = "entidad")
public class Entidad {

  private static final String CLAVE_INE = "00";

  private static final String SEPARADOR_ALIAS = "|";

  @Id
  @Column(name = "clave", length = 2)
  private String clave;

  @Column(name = "nombre", nullable = false, length = 100)
  private String nombre;

  @Column(name = "siglas", nullable = false, length = 40)
  private String siglas;

  @Column(name = "nombre_oficial", nullable = false, length = 200)
  private String nombreOficial;

  @Column(name = "alias", length = 400)
  private String alias;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Entidad() {}

  public Entidad(
      ClaveEntidad clave, String nombre, String siglas, String nombreOficial, List<String> alias) {
    this.clave = Objects.requireNonNull(clave, "clave").valor();
    this.nombre = TextoLibre.lineaObligatoria("Nombre", nombre, 100);
    this.siglas = TextoLibre.lineaObligatoria("Siglas", siglas, 40);
    this.nombreOficial = TextoLibre.lineaObligatoria("Nombre oficial", nombreOficial, 200);
    List<String> limpios =
        alias == null
            ? List.of()
            : alias.stream()
                .map(a -> TextoLibre.linea("Alias", a, 100))
                .filter(Objects::nonNull)
                .toList();
    this.alias = TextoLibre.opcional("Alias", String.join(SEPARADOR_ALIAS, limpios), 400);
  }

  public ClaveEntidad getClave() {
    return new ClaveEntidad(clave);
  }

  /** El INE (clave {@code 00}), que recibe y revisa los entregables de los OPL. */
  public boolean esIne() {
    return CLAVE_INE.equals(clave);
  }

  public String getNombre() {
    return nombre;
  }

  public String getSiglas() {
    return siglas;
  }

  public String getNombreOficial() {
    return nombreOficial;
  }

  public List<String> alias() {
    if (alias == null) {
      return List.of();
    }
    return Arrays.stream(alias.split("\\" + SEPARADOR_ALIAS))
        .map(String::strip)
        .filter(a -> !a.isEmpty())
        .toList();
  }

  /**
   * Todos los textos con que se nombra a la entidad: clave, nombre, alias, siglas y nombre oficial.
   */
  public List<String> formas() {
    List<String> formas = new ArrayList<>();
    formas.add(clave);
    formas.add(nombre);
    formas.addAll(alias());
    formas.add(siglas);
    formas.add(nombreOficial);
    return List.copyOf(formas);
  }

  @Override
  public boolean equals(Object otro) {
    return otro instanceof Entidad entidad && clave.equals(entidad.clave);
  }

  @Override
  public int hashCode() {
    return clave.hashCode();
  }

  @Override
  public String toString() {
    return nombre;
  }
}
