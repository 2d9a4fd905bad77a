package mx.seguimientoprep.domain.informe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/**
 * La plantilla de membrete del informe de una entidad: un documento de Word (.docx) que un
 * administrador sube (logotipo, encabezado y pie, fuentes). Es un documento, nunca código: el
 * informe se escribe dentro de él y nada de lo que trae se evalúa.
 */
@Entity
@Table(name = "plantilla_informe")
public class PlantillaInforme {

  @Id
  @Column(name = "entidad_clave", length = 2)
  private String entidad;

  @Column(name = "archivo", nullable = false, length = 300)
  private String archivo;

  @Column(name = "contenido", nullable = false)
  private byte[] contenido;

  @Column(name = "tamano", nullable = false)
  private int tamano;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "usuario", nullable = false, length = 100)
  private String usuario;

  @Column(name = "momento", nullable = false)
  private Instant momento;

  protected PlantillaInforme() {}

  public PlantillaInforme(
      ClaveEntidad entidad,
      String archivo,
      byte[] contenido,
      String sha256,
      String usuario,
      Instant momento) {
    this.entidad = Objects.requireNonNull(entidad, "entidad").valor();
    reemplazar(archivo, contenido, sha256, usuario, momento);
  }

  /** Otra versión del membrete de la misma entidad. */
  public void reemplazar(
      String archivo, byte[] contenido, String sha256, String usuario, Instant momento) {
    String nombre = archivo == null || archivo.isBlank() ? "plantilla.docx" : archivo.strip();
    this.archivo = nombre.length() > 300 ? nombre.substring(0, 300) : nombre;
    this.contenido = Objects.requireNonNull(contenido, "contenido").clone();
    this.tamano = contenido.length;
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.usuario = Objects.requireNonNull(usuario, "usuario");
    this.momento = Objects.requireNonNull(momento, "momento");
  }

  public ClaveEntidad getEntidad() {
    return new ClaveEntidad(entidad);
  }

  public String getArchivo() {
    return archivo;
  }

  public byte[] getContenido() {
    return contenido.clone();
  }

  public int getTamano() {
    return tamano;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUsuario() {
    return usuario;
  }

  public Instant getMomento() {
    return momento;
  }
}
