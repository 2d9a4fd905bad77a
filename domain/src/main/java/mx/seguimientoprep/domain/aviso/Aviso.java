package mx.seguimientoprep.domain.aviso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Un aviso que un nodo reclamó para enviarlo: su llave única (suscripción, tipo, asunto) hace que
 * solo un nodo y una pasada lo reclamen, y así sale una sola vez. Queda con lo que pasó: enviado
 * (con el id del mensaje de Telegram) o fallido (con el motivo).
 */
@Entity
@Table(
    name = "aviso",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_aviso",
            columnNames = {"suscripcion_id", "tipo", "asunto"}))
public class Aviso {

  /** Lo que admite la columna del motivo de un fallo. */
  private static final int LARGO_MOTIVO = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aviso_seq")
  @SequenceGenerator(name = "aviso_seq", sequenceName = "aviso_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "suscripcion_id", nullable = false)
  private long suscripcion;

  @Enumerated(EnumType.STRING)
  @Column(name = "tipo", nullable = false, length = 30)
  private TipoDeAviso tipo;

  @Column(name = "asunto", nullable = false, length = 200)
  private String asunto;

  @Column(name = "vence")
  private LocalDate vence;

  @Enumerated(EnumType.STRING)
  @Column(name = "estado", nullable = false, length = 20)
  private EstadoDeAviso estado;

  @Column(name = "intentos", nullable = false)
  private int intentos;

  @Column(name = "reclamado", nullable = false)
  private Instant reclamado;

  @Column(name = "enviado")
  private Instant enviado;

  @Column(name = "mensaje_telegram")
  private Long mensajeTelegram;

  @Column(name = "motivo", length = LARGO_MOTIVO)
  private String motivo;

  @Column(name = "nodo", length = 100)
  private String nodo;

  protected Aviso() {}

  public Aviso(AvisoPlaneado planeado, String nodo, Instant ahora) {
    this.suscripcion = planeado.suscripcion().id();
    this.tipo = planeado.tipo();
    this.asunto = planeado.asunto();
    this.vence = planeado.fecha();
    this.estado = EstadoDeAviso.ENVIANDO;
    this.reclamado = ahora;
    this.nodo = nodo == null || nodo.length() <= 100 ? nodo : nodo.substring(0, 100);
  }

  public void enviado(long mensaje, int intentos, Instant ahora) {
    this.estado = EstadoDeAviso.ENVIADO;
    this.mensajeTelegram = mensaje;
    this.intentos = intentos;
    this.enviado = ahora;
    this.motivo = null;
  }

  public void fallido(String motivo, int intentos) {
    this.estado = EstadoDeAviso.FALLIDO;
    this.intentos = intentos;
    String texto = motivo == null ? "sin motivo" : motivo;
    this.motivo = texto.length() <= LARGO_MOTIVO ? texto : texto.substring(0, LARGO_MOTIVO);
  }

  public Long getId() {
    return id;
  }

  public long getSuscripcion() {
    return suscripcion;
  }

  public TipoDeAviso getTipo() {
    return tipo;
  }

  public String getAsunto() {
    return asunto;
  }

  /** La fecha del asunto: la del vencimiento, la del resumen o la del oficio. */
  public LocalDate getVence() {
    return vence;
  }

  public EstadoDeAviso getEstado() {
    return estado;
  }

  public int getIntentos() {
    return intentos;
  }

  public Instant getReclamado() {
    return reclamado;
  }

  public Instant getEnviado() {
    return enviado;
  }

  public Long getMensajeTelegram() {
    return mensajeTelegram;
  }

  public String getMotivo() {
    return motivo;
  }

  public String getNodo() {
    return nodo;
  }
}
