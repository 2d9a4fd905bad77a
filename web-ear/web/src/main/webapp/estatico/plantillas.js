'use strict';
/* Página de plantillas (admin): cada entidad con proceso y su plantilla membretada; subir otra
   (PUT multipart), descargarla o quitarla. */
(() => {
  const { h, vaciar } = PREP;
  const mensaje = document.getElementById('mensaje');
  const tbody = document.querySelector('#tabla-plantillas tbody');

  async function descargar(ruta, nombrePorOmision) {
    const respuesta = await fetch(PREP.raiz + '/api' + ruta, { credentials: 'same-origin', headers: PREP.encabezados() });
    if (respuesta.status === 401) return PREP.sesionTerminada();
    if (!respuesta.ok) {
      const error = (respuesta.headers.get('Content-Type') || '').includes('json') ? await respuesta.json() : null;
      PREP.aviso(mensaje, (error && error.mensaje) || 'No se pudo descargar (' + respuesta.status + ').', 'error');
      return;
    }
    const nombre = (/filename="([^"]+)"/.exec(respuesta.headers.get('Content-Disposition') || '') || [])[1] || nombrePorOmision;
    const url = URL.createObjectURL(await respuesta.blob());
    const enlace = h('a', { href: url, download: nombre, hidden: true });
    document.body.append(enlace);
    enlace.click();
    enlace.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  async function subir(entidad, archivo) {
    const datos = new FormData();
    datos.append('archivo', archivo, archivo.name);
    PREP.aviso(mensaje, 'Subiendo ' + archivo.name + '…', '');
    let respuesta;
    try {
      respuesta = await fetch(PREP.raiz + '/api/plantillas/' + encodeURIComponent(entidad.clave), {
        method: 'PUT', credentials: 'same-origin', headers: PREP.encabezados(), body: datos
      });
    } catch (e) {
      PREP.aviso(mensaje, 'No hay conexión con el servidor. Inténtelo de nuevo.', 'error');
      return;
    }
    if (respuesta.status === 401) return PREP.sesionTerminada();
    const cuerpo = (respuesta.headers.get('Content-Type') || '').includes('json') ? await respuesta.json() : null;
    if (!respuesta.ok) {
      PREP.aviso(mensaje, (cuerpo && cuerpo.mensaje) || 'No se pudo subir la plantilla (' + respuesta.status + ').', 'error');
      return;
    }
    PREP.aviso(mensaje, 'La plantilla de ' + entidad.nombre + ' es ahora ' + cuerpo.archivo + '.', 'exito');
    cargar();
  }

  async function quitar(entidad) {
    const r = await PREP.api('DELETE', '/plantillas/' + encodeURIComponent(entidad.clave));
    if (r.estado !== 204) {
      PREP.aviso(mensaje, (r.datos && r.datos.mensaje) || 'No se pudo quitar (' + r.estado + ').', 'error');
      return;
    }
    PREP.aviso(mensaje, entidad.nombre + ' vuelve a la plantilla predeterminada.', 'exito');
    cargar();
  }

  async function cargar() {
    try {
      const [entidades, plantillas] = await Promise.all([PREP.leer(PREP.conFecha('/entidades')), PREP.leer('/plantillas')]);
      const porClave = new Map(plantillas.map(p => [p.entidad, p]));
      vaciar(tbody, entidades.map(e => {
        const p = porClave.get(e.clave);
        const campo = h('input', { type: 'file', accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'aria-label': 'Plantilla de ' + e.nombre });
        campo.addEventListener('change', () => { if (campo.files.length) subir(e, campo.files[0]); });
        return h('tr', { 'data-clave': e.clave },
          h('td', { 'data-rotulo': 'Entidad' }, e.nombre + ' (' + e.siglas + ')'),
          h('td', { 'data-rotulo': 'Plantilla' }, p
            ? p.archivo + ' · ' + Math.max(1, Math.round(p.tamano / 1024)) + ' KB · ' + p.usuario + ', ' + PREP.momentoLegible(p.momento)
            : 'Predeterminada'),
          h('td', { 'data-rotulo': 'Subir .docx' }, campo),
          h('td', { 'data-rotulo': 'Acciones' }, p
            ? [h('button', { type: 'button', clase: 'secundario', onclick: () => descargar('/plantillas/' + encodeURIComponent(e.clave), p.archivo) }, 'Descargar'), ' ',
               h('button', { type: 'button', clase: 'secundario', onclick: () => quitar(e) }, 'Quitar')]
            : '—'));
      }));
    } catch (e) {
      PREP.aviso(mensaje, e.message, 'error');
    }
  }

  document.getElementById('predeterminada').addEventListener('click', ev => {
    ev.preventDefault();
    descargar('/plantillas/predeterminada', 'plantilla-informe.docx');
  });
  cargar();
})();
