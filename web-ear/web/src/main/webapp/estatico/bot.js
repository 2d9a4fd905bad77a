'use strict';
/* La administración del bot (admin): la consola, las invitaciones, los usuarios vinculados. */
(() => {
  const { h, vaciar } = PREP;

  const consola = document.getElementById('form-consola');
  const avisoConsola = document.getElementById('mensaje-consola');
  consola.addEventListener('submit', async ev => {
    ev.preventDefault();
    const texto = consola.elements.texto.value.trim();
    if (!texto) return PREP.aviso(avisoConsola, 'Escriba una pregunta.', 'error');
    PREP.aviso(avisoConsola, '');
    const r = await PREP.api('POST', '/bot/consola', { texto, rol: consola.elements.rol.value });
    if (r.estado !== 200) return PREP.aviso(avisoConsola, (r.datos && r.datos.mensaje) || 'El bot no pudo responder (' + r.estado + ').', 'error');
    vaciar(document.getElementById('respuestas'),
      r.datos.respuestas.length ? r.datos.respuestas.map(t => h('div', { clase: 'consola-respuesta' }, t)) : h('p', {}, 'El bot no contestaría nada a ese texto.'));
  });

  async function cargarNoEntendidos() {
    const resumen = document.getElementById('resumen-no-entendidos');
    const tbody = document.querySelector('#tabla-no-entendidos tbody');
    let datos;
    try {
      datos = await PREP.leer('/bot/no-entendidos');
    } catch (e) {
      resumen.textContent = e.message;
      return vaciar(tbody);
    }
    resumen.textContent = datos.total === 0
      ? 'Desde el ' + PREP.fechaLegible(datos.desde) + ', el bot entendió todos los mensajes.'
      : 'Desde el ' + PREP.fechaLegible(datos.desde) + ', el bot no entendió ' + datos.total + (datos.total === 1 ? ' mensaje' : ' mensajes') + ' (no se guarda su texto). Lo que más se intentó:';
    vaciar(tbody, datos.masIntentados.map(i => h('tr', {},
      h('td', { 'data-rotulo': 'Se intentó' }, i.intento),
      h('td', { 'data-rotulo': 'Clase' }, i.clase === 'comando' ? 'comando desconocido' : 'frase (comando sugerido)'),
      h('td', { 'data-rotulo': 'Veces' }, String(i.veces)))));
  }
  cargarNoEntendidos();

  const invitar = document.getElementById('form-invitar');
  const avisoInvitar = document.getElementById('mensaje-invitar');
  invitar.addEventListener('submit', async ev => {
    ev.preventDefault();
    const nombre = invitar.elements.nombre.value.trim();
    if (!nombre) return PREP.aviso(avisoInvitar, 'Escriba el nombre de la persona invitada.', 'error');
    const r = await PREP.api('POST', '/bot/invitaciones', { nombre, rol: invitar.elements.rol.value });
    if (r.estado !== 201) {
      document.getElementById('invitacion').hidden = true;
      return PREP.aviso(avisoInvitar, (r.datos && r.datos.mensaje) || 'No se pudo crear la invitación (' + r.estado + ').', 'error');
    }
    PREP.aviso(avisoInvitar, 'Invitación creada para ' + r.datos.nombre + ' (' + r.datos.rol + '); vence el ' + PREP.momentoLegible(r.datos.expira) + '.', 'exito');
    document.getElementById('codigo').textContent = r.datos.codigo;
    document.getElementById('instrucciones').textContent = r.datos.instrucciones;
    document.getElementById('invitacion').hidden = false;
    invitar.reset();
  });

  const avisoVinculados = document.getElementById('mensaje-vinculados');
  async function cargarVinculados() {
    const tbody = document.querySelector('#tabla-vinculados tbody');
    let lista;
    try {
      lista = await PREP.leer('/bot/usuarios');
    } catch (e) {
      return vaciar(tbody, h('tr', {}, h('td', { colspan: 5 }, e.message)));
    }
    if (!lista.length) return vaciar(tbody, h('tr', {}, h('td', { colspan: 5 }, 'Nadie se ha vinculado todavía.')));
    vaciar(tbody, lista.map(v => h('tr', {},
      h('td', { 'data-rotulo': 'Persona' }, v.nombre || '—'),
      h('td', { 'data-rotulo': 'Usuario de Telegram' }, v.nombreTelegram || String(v.id)),
      h('td', { 'data-rotulo': 'Rol' }, v.rol),
      h('td', { 'data-rotulo': 'Desde' }, PREP.momentoLegible(v.desde)),
      h('td', {}, h('button', { type: 'button', clase: 'peligro', onclick: () => revocar(v) }, 'Revocar acceso')))));
  }

  async function revocar(v) {
    const quien = v.nombre || v.nombreTelegram || v.id;
    if (!confirm('¿Revocar el acceso de ' + quien + '? El bot dejará de responderle de inmediato.')) return;
    const r = await PREP.api('DELETE', '/bot/usuarios/' + encodeURIComponent(v.id));
    if (r.estado === 204) PREP.aviso(avisoVinculados, 'Se revocó el acceso de ' + quien + '.', 'exito');
    else PREP.aviso(avisoVinculados, (r.datos && r.datos.mensaje) || 'No se pudo revocar (' + r.estado + ').', 'error');
    cargarVinculados();
  }

  cargarVinculados();

  const TIPOS = { RESUMEN: 'Resumen semanal', VENCIMIENTO: 'Antes del vencimiento', OBSERVACIONES: 'Observaciones del INE' };
  const ESTADOS = { ENVIANDO: 'Enviando', ENVIADO: 'Enviado', FALLIDO: 'Fallido' };
  async function cargarAvisos() {
    const suscripciones = document.querySelector('#tabla-suscripciones tbody');
    const avisos = document.querySelector('#tabla-avisos tbody');
    let datos;
    try {
      datos = await PREP.leer('/avisos');
    } catch (e) {
      return PREP.aviso(document.getElementById('mensaje-avisos'), e.message, 'error');
    }
    vaciar(suscripciones, datos.suscripciones.length
      ? datos.suscripciones.map(s => h('tr', {},
        h('td', { 'data-rotulo': 'Entidad' }, s.nombreEntidad),
        h('td', { 'data-rotulo': 'Persona' }, s.cuenta),
        h('td', { 'data-rotulo': 'Chat' }, String(s.chat)),
        h('td', { 'data-rotulo': 'Desde' }, PREP.momentoLegible(s.desde))))
      : h('tr', {}, h('td', { colspan: 4 }, 'Nadie se ha suscrito todavía.')));
    vaciar(avisos, datos.avisos.length
      ? datos.avisos.map(a => h('tr', { clase: a.estado === 'FALLIDO' ? 'fallido' : '' },
        h('td', { 'data-rotulo': 'Reclamado' }, PREP.momentoLegible(a.reclamado)),
        h('td', { 'data-rotulo': 'Entidad' }, a.entidad || '—'),
        h('td', { 'data-rotulo': 'Tipo' }, TIPOS[a.tipo] || a.tipo),
        h('td', { 'data-rotulo': 'Asunto' }, a.asunto),
        h('td', { 'data-rotulo': 'Chat' }, a.chat == null ? '—' : String(a.chat)),
        h('td', { 'data-rotulo': 'Estado' }, (ESTADOS[a.estado] || a.estado)
          + (a.estado === 'FALLIDO' ? ' tras ' + a.intentos + ' intentos: ' + (a.motivo || '') : '')),
        h('td', { 'data-rotulo': 'Servidor' }, a.nodo || '—')))
      : h('tr', {}, h('td', { colspan: 7 }, 'No se ha enviado ningún aviso todavía.')));
  }

  cargarAvisos();
})();
