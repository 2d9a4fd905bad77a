package mx.seguimientoprep.persistence.registro;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The single row that every import locks (SELECT … FOR UPDATE) before reading what exists: two
 * uploads at the same moment, on one node or several, run one after the other, and the second one
 * finds the first one's records instead of colliding with them.
 */
@Entity
@Table(name = "candado_importacion")
class CandadoImportacion {

  static final int UNICO = 1;

  @Id
  @Column(name = "id")
  private Integer id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CandadoImportacion() {}
}
