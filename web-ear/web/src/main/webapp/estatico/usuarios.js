'use strict';
/* Cuentas (admin): crear una con su rol, cambiar una contraseña; la lista de cuentas, para
   desactivarlas, activarlas o cerrar sus sesiones. */
(() => {
  const { h, vaciar } = PREP;

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
      cargarCuentas();
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

  const avisoCuentas = document.getElementById('mensaje-cuentas');
  async function cargarCuentas() {
    const tbody = document.querySelector('#tabla-cuentas tbody');
    let lista;
    try {
      lista = await PREP.leer('/usuarios');
    } catch (e) {
      return vaciar(tbody, h('tr', {}, h('td', { colspan: 4 }, e.message)));
    }
    vaciar(tbody, lista.map(c => h('tr', { 'data-cuenta': c.nombre },
      h('td', { 'data-rotulo': 'Usuario' }, c.nombre),
      h('td', { 'data-rotulo': 'Roles' }, c.roles.join(', ')),
      h('td', { 'data-rotulo': 'Estado' }, c.activo ? 'Activa' : 'Desactivada'),
      h('td', {},
        c.activo
          ? h('button', { type: 'button', clase: 'peligro', onclick: () => activar(c, false) }, 'Desactivar')
          : h('button', { type: 'button', clase: 'secundario', onclick: () => activar(c, true) }, 'Activar'),
        ' ',
        h('button', { type: 'button', clase: 'secundario', onclick: () => cerrarSesiones(c) }, 'Cerrar sesiones')))));
  }

  async function activar(c, activo) {
    if (!activo && !confirm('¿Desactivar la cuenta «' + c.nombre + '»? No podrá iniciar sesión y sus sesiones abiertas se cerrarán.')) return;
    const r = await PREP.api('PUT', '/usuarios/' + encodeURIComponent(c.nombre) + '/activo', { activo });
    PREP.aviso(avisoCuentas, (r.datos && r.datos.mensaje) || 'No se pudo cambiar la cuenta (' + r.estado + ').', r.estado === 200 ? 'exito' : 'error');
    cargarCuentas();
  }

  async function cerrarSesiones(c) {
    if (!confirm('¿Cerrar todas las sesiones de «' + c.nombre + '»? Tendrá que iniciar sesión de nuevo.')) return;
    const r = await PREP.api('DELETE', '/usuarios/' + encodeURIComponent(c.nombre) + '/sesiones');
    PREP.aviso(avisoCuentas, (r.datos && r.datos.mensaje) || 'No se pudieron cerrar las sesiones (' + r.estado + ').', r.estado === 200 ? 'exito' : 'error');
  }

  cargarCuentas();
})();
