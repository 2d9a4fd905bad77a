package mx.seguimientoprep.domain.informe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/**
 * La constancia de que el informe de un mes de un proceso se generó: cuándo por primera y por
 * última vez, cuántas veces y quién lo pidió la última. La página de la entidad la muestra junto a
 * si el informe ya se remitió al INE (el E03 del mes).
 */
@Entity
@Table(name = "informe_generado")
public class InformeGenerado {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "informe_generado_seq")
  @SequenceGenerator(
      name = "informe_generado_seq",
      sequenceName = "informe_generado_seq",
      allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "proceso_id", nullable = false)
  private ProcesoElectoral proceso;

  @Column(name = "mes", nullable = false, length = 7)
  private String mes;

  @Column(name = "veces", nullable = false)
  private int veces;

  @Column(name = "primera", nullable = false)
  private Instant primera;

  @Column(name = "ultima", nullable = false)
  private Instant ultima;

  @Column(name = "usuario", nullable = false, length = 100)
  private String usuario;

  protected InformeGenerado() {}

  public InformeGenerado(ProcesoElectoral proceso, YearMonth mes, String usuario, Instant momento) {
    this.proceso = Objects.requireNonNull(proceso, "proceso");
    this.mes = mes.toString();
    this.primera = momento;
    this.veces = 0;
    otraVez(usuario, momento);
  }

  /** Se generó otra vez. */
  public void otraVez(String usuario, Instant momento) {
    this.veces++;
    this.ultima = Objects.requireNonNull(momento, "momento");
    this.usuario = Objects.requireNonNull(usuario, "usuario");
  }

  public ProcesoElectoral getProceso() {
    return proceso;
  }

  public YearMonth getMes() {
    return YearMonth.parse(mes);
  }

  public int getVeces() {
    return veces;
  }

  public Instant getPrimera() {
    return primera;
  }

  public Instant getUltima() {
    return ultima;
  }

  public String getUsuario() {
    return usuario;
  }
}
