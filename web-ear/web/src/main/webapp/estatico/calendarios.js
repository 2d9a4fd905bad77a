'use strict';
/* Los calendarios personales (cualquier rol): crear la dirección de una entidad (se muestra una
   vez, con un botón para copiarla), la lista de las de la cuenta (el administrador ve las de
   todas) y revocar una. */
(() => {
  const { h, vaciar } = PREP;
  const form = document.getElementById('form-calendario');
  const avisoCrear = document.getElementById('mensaje-crear');
  const avisoLista = document.getElementById('mensaje-lista');
  const tbody = document.querySelector('#tabla-calendarios tbody');

  async function revocar(c) {
    const r = await PREP.api('DELETE', '/calendarios/' + c.id);
    if (r.estado !== 204) {
      PREP.aviso(avisoLista, (r.datos && r.datos.mensaje) || 'No se pudo revocar (' + r.estado + ').', 'error');
      return;
    }
    PREP.aviso(avisoLista, 'Se revocó el calendario de ' + c.nombreEntidad + ': su dirección ya no abre.', 'exito');
    cargar();
  }

  async function cargar() {
    let lista;
    try {
      lista = await PREP.leer('/calendarios');
    } catch (e) {
      return vaciar(tbody, h('tr', {}, h('td', { colspan: 6 }, e.message)));
    }
    if (!lista.length) {
      return vaciar(tbody, h('tr', {}, h('td', { colspan: 6 }, 'Todavía no hay ninguna dirección.')));
    }
    vaciar(tbody, lista.map(c => h('tr', { 'data-id': c.id },
      h('td', { 'data-rotulo': 'Entidad' }, c.nombreEntidad),
      h('td', { 'data-rotulo': 'Proceso' }, c.proceso || 'El actual'),
      h('td', { 'data-rotulo': 'Cuenta' }, c.cuenta),
      h('td', { 'data-rotulo': 'Creada' }, PREP.momentoLegible(c.creado)),
      h('td', { 'data-rotulo': 'Último uso' }, c.usado ? PREP.momentoLegible(c.usado) : 'Nunca'),
      h('td', {}, h('button', { type: 'button', clase: 'secundario', onclick: () => revocar(c) }, 'Revocar')))));
  }

  async function cargarEntidades() {
    const select = form.elements.entidad;
    try {
      const entidades = await PREP.leer('/entidades');
      vaciar(select, entidades.map(e => h('option', { value: e.clave }, e.nombre)));
    } catch (e) {
      PREP.aviso(avisoCrear, e.message, 'error');
    }
  }

  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const nueva = document.getElementById('direccion-nueva');
    vaciar(nueva);
    try {
      const creado = await PREP.crearCalendario(form.elements.entidad.value);
      PREP.aviso(avisoCrear, 'Calendario de ' + creado.calendario.nombreEntidad + ' creado: ' + creado.mensaje, 'exito');
      vaciar(nueva, PREP.direccionCopiable(creado.url, 'url-nueva'));
      cargar();
    } catch (e) {
      PREP.aviso(avisoCrear, e.message, 'error');
    }
  });

  cargarEntidades();
  cargar();
})();
