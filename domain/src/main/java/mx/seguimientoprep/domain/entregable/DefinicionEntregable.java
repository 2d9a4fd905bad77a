package mx.seguimientoprep.domain.entregable;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.Ficha;
import mx.seguimientoprep.domain.TextoLibre;
import mx.seguimientoprep.domain.historial.Auditable;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.VersionLineamientos;

/**
 * Una entrada del catálogo de entregables: código, nombre, regla del plazo y, por cada versión de
 * los Lineamientos, si existe y qué punto del numeral 33 es. Sin datos de versión, existe en todas
 * con el punto de su código.
 */
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

  /** El punto del numeral 33 en los Lineamientos de 2022, o {@code null} si no se registró. */
  @Column(name = "punto")
  private Integer punto;

  /** Si existía antes de INE/CG825/2022 (E01 no existía). */
  @Column(name = "existe_antes", nullable = false)
  private boolean existeAntes = true;

  /** El punto del numeral 33 antes de INE/CG825/2022, o {@code null} si no se registró. */
  @Column(name = "punto_anterior")
  private Integer puntoAnterior;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected DefinicionEntregable() {}

  /** Una entrada que existe en todas las versiones, sin los puntos del numeral 33. */
  public DefinicionEntregable(String codigo, String nombre, Plazo plazo) {
    this(codigo, nombre, plazo, null, true, null);
  }

  /**
   * @param punto el punto del numeral 33 en los Lineamientos de 2022, o {@code null}
   * @param existeAntes si existía antes de INE/CG825/2022
   * @param puntoAnterior su punto antes de la reforma, o {@code null}
   */
  public DefinicionEntregable(
      String codigo,
      String nombre,
      Plazo plazo,
      Integer punto,
      boolean existeAntes,
      Integer puntoAnterior) {
    String normalizado = codigo == null ? "" : codigo.strip().toUpperCase(Locale.ROOT);
    if (!CODIGO.matcher(normalizado).matches()) {
      throw new DatoInvalido(
          "Código", codigo, "«" + codigo + "» no es un código de entregable: E01, E02…");
    }
    this.codigo = normalizado;
    this.nombre = TextoLibre.lineaObligatoria("Nombre", nombre, 300);
    this.plazo = plazo == null ? Plazo.SIN_REGLA : plazo;
    this.punto = punto;
    this.existeAntes = existeAntes;
    this.puntoAnterior = existeAntes ? puntoAnterior : null;
  }

  /**
   * Una fila del catálogo como la escribe {@code docs/catalogo-entregables.tsv}: el plazo en su
   * forma escrita ({@code J-9M+5D}, {@code MENSUAL:5}) y los puntos del numeral 33 como texto, con
   * {@code -} en el punto anterior para un entregable que no existía antes de la reforma.
   */
  public static DefinicionEntregable deLaTabla(
      String codigo, String nombre, String plazo, String punto2022, String puntoAnterior) {
    boolean existeAntes = !"-".equals(puntoAnterior.strip());
    return new DefinicionEntregable(
        codigo,
        nombre,
        Plazo.de(plazo),
        punto(punto2022),
        existeAntes,
        existeAntes ? punto(puntoAnterior) : null);
  }

  private static Integer punto(String texto) {
    return texto == null || texto.isBlank() ? null : Integer.valueOf(texto.strip());
  }

  /**
   * Cuándo vence en ese proceso (para un entregable mensual, el del periodo): si la jornada cambió
   * y, con la original, vencía antes del día en que se decidió el cambio, conserva ese plazo (ya
   * había corrido); si no, el de la jornada actual.
   */
  public Optional<LocalDate> vencimientoEn(ProcesoElectoral proceso, YearMonth periodo) {
    LocalDate original = proceso.getJornadaOriginal();
    LocalDate cambio = proceso.getCambioDeJornada();
    if (original != null && cambio != null) {
      Optional<LocalDate> conLaOriginal = plazo.vencimiento(original, periodo);
      if (conLaOriginal.isPresent() && conLaOriginal.get().isBefore(cambio)) {
        return conLaOriginal;
      }
    }
    return plazo.vencimiento(proceso.getJornada(), periodo);
  }

  /** Si el proceso medido con esa versión de los Lineamientos debe remitir este entregable. */
  public boolean existeEn(VersionLineamientos version) {
    return version != VersionLineamientos.ANTERIOR || existeAntes;
  }

  /** El punto del numeral 33 que es en esa versión, si existe en ella y se registró. */
  public Optional<Integer> punto(VersionLineamientos version) {
    if (!existeEn(version)) {
      return Optional.empty();
    }
    return Optional.ofNullable(version == VersionLineamientos.ANTERIOR ? puntoAnterior : punto);
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
    return new Ficha()
        .con("Código", codigo)
        .con("Nombre", nombre)
        .con("Plazo", plazo)
        .con("Punto", punto)
        .con("Existe antes de 2022", existeAntes ? "Sí" : "No")
        .con("Punto anterior", puntoAnterior)
        .comoMapa();
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
