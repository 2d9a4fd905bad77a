package mx.seguimientoprep.persistence.usuario;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;

/**
 * La cuenta de una persona. Las tablas {@code usuario} y {@code usuario_rol} también las lee
 * directamente el reino JDBC del servidor (ver {@code seguridad.cli}): el hash es la contraseña
 * salada de SCRAM-SHA-256 (PBKDF2-HMAC-SHA-256), en base64, con su sal y su número de iteraciones.
 */
@Entity
@Table(name = "usuario")
public class CuentaUsuario {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "usuario_seq")
  @SequenceGenerator(name = "usuario_seq", sequenceName = "usuario_seq", allocationSize = 50)
  private Long id;

  @Column(name = "nombre", nullable = false, unique = true, length = 100)
  private String nombre;

  @Column(name = "clave_hash", nullable = false, length = 200)
  private String claveHash;

  @Column(name = "sal", nullable = false, length = 100)
  private String sal;

  @Column(name = "iteraciones", nullable = false)
  private int iteraciones;

  @Column(name = "activo", nullable = false)
  private boolean activo = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "usuario_rol", joinColumns = @JoinColumn(name = "usuario_id"))
  @Column(name = "rol", nullable = false, length = 20)
  @Enumerated(EnumType.STRING)
  private Set<RolGuardado> roles = EnumSet.noneOf(RolGuardado.class);

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CuentaUsuario() {}

  CuentaUsuario(String nombre, HashClave hash, Set<RolGuardado> roles) {
    this.nombre = nombre;
    cambiarClave(hash);
    this.roles.addAll(roles);
  }

  void cambiarClave(HashClave hash) {
    this.claveHash = hash.hash();
    this.sal = hash.sal();
    this.iteraciones = hash.iteraciones();
  }

  void activar(boolean activo) {
    this.activo = activo;
  }

  public String nombre() {
    return nombre;
  }

  public Set<RolGuardado> roles() {
    return Set.copyOf(roles);
  }

  public boolean activo() {
    return activo;
  }
}
