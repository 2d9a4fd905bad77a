package mx.seguimientoprep.persistence.registro;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * La única fila que cada escritura bloquea e incrementa (SELECT … FOR UPDATE, versión + 1 al
 * confirmar): dos subidas al mismo tiempo, en un nodo o en varios, corren una tras otra, y la
 * segunda encuentra los registros de la primera en vez de chocar con ellos; y su versión es la
 * versión de los datos, que la caché del estado compara con una sentencia barata ({@link
 * VersionDeDatos}). Una simulación o una importación rechazada se deshace y deja la versión como
 * estaba.
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
