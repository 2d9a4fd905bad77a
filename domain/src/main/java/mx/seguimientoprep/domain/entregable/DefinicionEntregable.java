package mx.seguimientoprep.domain.entregable;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.Ficha;
import mx.seguimientoprep.domain.TextoLibre;
import mx.seguimientoprep.domain.historial.Auditable;

/** Una entrada del catálogo de entregables: código, nombre y regla del plazo. */
@Entity
@Table(name = "definicion_entregable")
public class DefinicionEntregable implements Auditable {

  private static final Pattern CODIGO = Pattern.compile("E\\d{2}");

  @Id
  @Column(name = "codigo", length = 10)
  private String codigo;

  @Column(name = "nombre", nullable = false, length = 300)
  private String nombre;

  @Convert(converter = PlazoConverter.class)
  @Column(name = "plazo", length = 40)
  private Plazo plazo;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected DefinicionEntregable() {}

  public DefinicionEntregable(String codigo, String nombre, Plazo plazo) {
    String normalizado = codigo == null ? "" : codigo.strip().toUpperCase(Locale.ROOT);
    if (!CODIGO.matcher(normalizado).matches()) {
      throw new DatoInvalido(
          "Código", codigo, "«" + codigo + "» no es un código de entregable: E01, E02…");
    }
    this.codigo = normalizado;
    this.nombre = TextoLibre.lineaObligatoria("Nombre", nombre, 300);
    this.plazo = plazo == null ? Plazo.SIN_REGLA : plazo;
  }

  /** El personal corrige el nombre o la regla del plazo. */
  public void corregir(String nombre, Plazo plazo) {
    this.nombre = TextoLibre.lineaObligatoria("Nombre", nombre, 300);
    this.plazo = plazo == null ? Plazo.SIN_REGLA : plazo;
  }

  public boolean mensual() {
    return plazo.mensual();
  }

  /** Un entregable mensual exige el periodo que informa; los demás no lo admiten. */
  public void validarPeriodo(YearMonth periodo) {
    if (mensual() && periodo == null) {
      throw new DatoInvalido(
          "Periodo",
          null,
          "El entregable " + codigo + " es mensual: indique el periodo (aaaa-mm).");
    }
    if (!mensual() && periodo != null) {
      throw new DatoInvalido(
          "Periodo",
          periodo.toString(),
          "El entregable " + codigo + " no es mensual: deje el periodo en blanco.");
    }
  }

  @Override
  public String tipoRegistro() {
    return "Entregable del catálogo";
  }

  @Override
  public String claveRegistro() {
    return codigo;
  }

  @Override
  public String claveEntidad() {
    return null;
  }

  @Override
  public Map<String, String> valores() {
    return new Ficha().con("Código", codigo).con("Nombre", nombre).con("Plazo", plazo).comoMapa();
  }

  public String getCodigo() {
    return codigo;
  }

  public String getNombre() {
    return nombre;
  }

  public Plazo getPlazo() {
    return plazo;
  }

  @Override
  public String toString() {
    return codigo + " " + nombre;
  }
}
