package mx.seguimientoprep.persistence.usuario;

import mx.seguimientoprep.domain.usuario.Rol;

/**
 * El rol como se guarda en {@code usuario_rol.rol}: los nombres en minúsculas que la seguridad del
 * contenedor compara con {@code @RolesAllowed} y web.xml.
 */
public enum RolGuardado {
  admin,
  staff,
  consejero;

  static RolGuardado de(Rol rol) {
    return valueOf(rol.nombre());
  }
}
