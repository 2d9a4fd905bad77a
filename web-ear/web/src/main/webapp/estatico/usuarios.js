'use strict';
/* Accounts (admin): create one with a role, reset a password. */
(() => {
  function revisar(form, aviso) {
    const nombre = form.elements.nombre.value.trim();
    const clave = form.elements.clave.value;
    if (!nombre) return PREP.aviso(aviso, 'Escriba el nombre de usuario.', 'error'), null;
    if (clave.length < 8) return PREP.aviso(aviso, 'La contraseña debe tener 8 caracteres o más.', 'error'), null;
    if (clave !== form.elements.confirmar.value) return PREP.aviso(aviso, 'Las dos contraseñas no coinciden.', 'error'), null;
    return { nombre, clave };
  }

  const crear = document.getElementById('form-crear');
  const avisoCrear = document.getElementById('mensaje-crear');
  crear.addEventListener('submit', async ev => {
    ev.preventDefault();
    const datos = revisar(crear, avisoCrear);
    if (!datos) return;
    const r = await PREP.api('POST', '/usuarios', { nombre: datos.nombre, clave: datos.clave, roles: [crear.elements.rol.value] });
    if (r.estado === 201) {
      PREP.aviso(avisoCrear, r.datos.mensaje, 'exito');
      crear.reset();
    } else {
      PREP.aviso(avisoCrear, (r.datos && r.datos.mensaje) || 'No se pudo crear la cuenta (' + r.estado + ').', 'error');
    }
  });

  const restablecer = document.getElementById('form-restablecer');
  const avisoRestablecer = document.getElementById('mensaje-restablecer');
  restablecer.addEventListener('submit', async ev => {
    ev.preventDefault();
    const datos = revisar(restablecer, avisoRestablecer);
    if (!datos) return;
    const r = await PREP.api('PUT', '/usuarios/' + encodeURIComponent(datos.nombre) + '/clave', { clave: datos.clave });
    if (r.estado === 204) {
      PREP.aviso(avisoRestablecer, 'Se restableció la contraseña de «' + datos.nombre + '».', 'exito');
      restablecer.reset();
    } else {
      PREP.aviso(avisoRestablecer, (r.datos && r.datos.mensaje) || 'No se pudo restablecer (' + r.estado + ').', 'error');
    }
  });
})();
