package mx.seguimientoprep.persistence.usuario;

import mx.seguimientoprep.domain.usuario.Rol;

/**
 * The role as stored in {@code usuario_rol.rol}: the lower-case names that the container's security
 * compares with {@code @RolesAllowed} and web.xml.
 */
public enum RolGuardado {
  admin,
  staff,
  consejero;

  static RolGuardado de(Rol rol) {
    return valueOf(rol.nombre());
  }
}
