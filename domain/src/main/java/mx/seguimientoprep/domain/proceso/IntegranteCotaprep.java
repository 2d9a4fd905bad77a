package mx.seguimientoprep.domain.proceso;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.util.Map;
import java.util.Objects;
import mx.seguimientoprep.domain.Ficha;
import mx.seguimientoprep.domain.TextoLibre;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdoConverter;
import mx.seguimientoprep.domain.historial.Auditable;

/** Una persona del Comité Técnico Asesor del PREP de un proceso. */
@Entity
@Table(
    name = "integrante_cotaprep",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_integrante_cotaprep_proceso_nombre",
            columnNames = {"proceso_id", "nombre"}))
public class IntegranteCotaprep implements Auditable {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "integrante_cotaprep_seq")
  @SequenceGenerator(
      name = "integrante_cotaprep_seq",
      sequenceName = "integrante_cotaprep_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "proceso_id", nullable = false)
  private ProcesoElectoral proceso;

  @Column(name = "nombre", nullable = false, length = 200)
  private String nombre;

  @Column(name = "institucion", length = 300)
  private String institucion;

  @Enumerated(EnumType.STRING)
  @Column(name = "cargo", nullable = false, length = 20)
  private Cargo cargo;

  @Convert(converter = NumeroAcuerdoConverter.class)
  @Column(name = "acuerdo", length = 80)
  private NumeroAcuerdo acuerdo;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected IntegranteCotaprep() {}

  /** Sin cargo, la persona es {@link Cargo#INTEGRANTE}. */
  public IntegranteCotaprep(
      ProcesoElectoral proceso,
      String nombre,
      String institucion,
      Cargo cargo,
      NumeroAcuerdo acuerdo) {
    this.proceso = Objects.requireNonNull(proceso, "proceso");
    this.nombre = TextoLibre.lineaObligatoria("Nombre", nombre, 200);
    this.institucion = TextoLibre.linea("Institución", institucion, 300);
    this.cargo = cargo == null ? Cargo.INTEGRANTE : cargo;
    this.acuerdo = acuerdo;
  }

  public void actualizarDesde(IntegranteCotaprep otro) {
    if (!proceso.esElMismoQue(otro.proceso) || !nombre.equals(otro.nombre)) {
      throw new IllegalArgumentException(
          "Solo se actualiza desde la misma persona: " + claveRegistro());
    }
    institucion = otro.institucion;
    cargo = otro.cargo;
    acuerdo = otro.acuerdo;
  }

  public boolean esSecretarioTecnico() {
    return cargo == Cargo.SECRETARIO_TECNICO;
  }

  @Override
  public String tipoRegistro() {
    return "Integrante del COTAPREP";
  }

  @Override
  public String claveRegistro() {
    return proceso.claveRegistro() + " · " + nombre;
  }

  @Override
  public String claveEntidad() {
    return proceso.claveEntidad();
  }

  @Override
  public Map<String, String> valores() {
    return new Ficha()
        .con("Entidad", proceso.getEntidad().getNombre())
        .con("Proceso", proceso.getNombre())
        .con("Nombre", nombre)
        .con("Institución", institucion)
        .con("Cargo", cargo)
        .con("Acuerdo", acuerdo)
        .comoMapa();
  }

  public Long getId() {
    return id;
  }

  public ProcesoElectoral getProceso() {
    return proceso;
  }

  public String getNombre() {
    return nombre;
  }

  public String getInstitucion() {
    return institucion;
  }

  public Cargo getCargo() {
    return cargo;
  }

  public NumeroAcuerdo getAcuerdo() {
    return acuerdo;
  }
}
