package mx.seguimientoprep.persistence.registro;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The single row that every write locks and increments (SELECT … FOR UPDATE, version + 1 on
 * commit): two uploads at the same moment, on one node or several, run one after the other, and the
 * second finds the first one's records instead of colliding with them; and its version is the
 * version of the data, which the status cache compares in one cheap statement ({@link
 * VersionDeDatos}). A simulation or a rejected import rolls back and leaves the version as it was.
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

  long version() {
    return version;
  }
}
