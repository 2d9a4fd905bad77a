package mx.seguimientoprep.persistence.usuario;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.usuario.Cuenta;
import mx.seguimientoprep.domain.usuario.GestionarUsuarios;
import mx.seguimientoprep.domain.usuario.Rol;

/** Las cuentas, guardadas donde las lee la seguridad del servidor. */
@ApplicationScoped
@Transactional
public class UsuariosJpa implements GestionarUsuarios {

  static final int LONGITUD_MINIMA_CLAVE = 8;
  private static final Pattern NOMBRE_VALIDO = Pattern.compile("[a-z0-9._-]{3,60}");

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  @Override
  public boolean hayUsuarios() {
    return em.createQuery("select count(c) from CuentaUsuario c", Long.class).getSingleResult() > 0;
  }

  @Override
  public void crear(String nombre, char[] clave, Set<Rol> roles) {
    String normalizado = nombre == null ? "" : nombre.strip().toLowerCase(java.util.Locale.ROOT);
    if (!NOMBRE_VALIDO.matcher(normalizado).matches()) {
      throw new IllegalArgumentException(
          "El nombre de usuario debe tener de 3 a 60 letras minúsculas, dígitos, '.', '_' o '-'.");
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("Una cuenta necesita al menos un rol.");
    }
    if (buscar(normalizado) != null) {
      throw new IllegalArgumentException("Ya existe el usuario «" + normalizado + "».");
    }
    validarClave(clave);
    em.persist(
        new CuentaUsuario(
            normalizado,
            HashClave.de(clave),
            roles.stream().map(RolGuardado::de).collect(Collectors.toSet())));
  }

  @Override
  public void restablecerClave(String nombre, char[] clave) {
    CuentaUsuario cuenta = buscar(nombre);
    if (cuenta == null) {
      throw new IllegalArgumentException("No existe el usuario «" + nombre + "».");
    }
    validarClave(clave);
    cuenta.cambiarClave(HashClave.de(clave));
  }

  @Override
  public List<Cuenta> cuentas() {
    return em.createQuery(
            "select distinct c from CuentaUsuario c left join fetch c.roles order by c.nombre",
            CuentaUsuario.class)
        .getResultStream()
        .map(UsuariosJpa::comoCuenta)
        .toList();
  }

  @Override
  public Optional<Cuenta> cuenta(String nombre) {
    return Optional.ofNullable(buscar(normalizar(nombre))).map(UsuariosJpa::comoCuenta);
  }

  @Override
  public void activar(String nombre, boolean activa) {
    CuentaUsuario cuenta = buscar(normalizar(nombre));
    if (cuenta == null) {
      throw new IllegalArgumentException("No existe el usuario «" + nombre + "».");
    }
    cuenta.activar(activa);
  }

  private static Cuenta comoCuenta(CuentaUsuario c) {
    Set<Rol> roles = EnumSet.noneOf(Rol.class);
    c.roles().forEach(r -> Rol.desdeNombre(r.name()).ifPresent(roles::add));
    return new Cuenta(c.nombre(), roles, c.activo());
  }

  private static String normalizar(String nombre) {
    return nombre == null ? "" : nombre.strip().toLowerCase(Locale.ROOT);
  }

  private CuentaUsuario buscar(String nombre) {
    return em.createQuery(
            "select c from CuentaUsuario c where c.nombre = :nombre", CuentaUsuario.class)
        .setParameter("nombre", nombre)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static void validarClave(char[] clave) {
    if (clave == null || clave.length < LONGITUD_MINIMA_CLAVE) {
      throw new IllegalArgumentException(
          "La contraseña debe tener al menos " + LONGITUD_MINIMA_CLAVE + " caracteres.");
    }
  }
}
