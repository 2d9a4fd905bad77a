'use strict';
/* Exportar: los filtros y luego la descarga (con fetch, para mostrar aquí un error en español). */
(() => {
  const { h } = PREP;
  const form = document.getElementById('form-exportar');
  const mensaje = document.getElementById('mensaje');
  const boton = document.getElementById('descargar');

  PREP.leer(PREP.conFecha('/entidades')).then(entidades => {
    const selector = document.getElementById('entidad');
    entidades.forEach(e => selector.append(h('option', { value: e.clave }, e.nombre + ' (' + e.siglas + ')')));
    const procesos = [...new Set(entidades.map(e => e.procesoActual))];
    document.getElementById('procesos').replaceChildren(...procesos.map(p => h('option', { value: p })));
  }).catch(e => PREP.aviso(mensaje, e.message, 'error'));

  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const filtros = new URLSearchParams();
    for (const nombre of ['entidad', 'proceso', 'mes']) {
      const valor = form.elements[nombre].value.trim();
      if (valor) filtros.set(nombre, valor);
    }
    if (filtros.has('mes') && !/^\d{4}-\d{2}$/.test(filtros.get('mes'))) {
      PREP.aviso(mensaje, 'Escriba el mes como aaaa-mm, por ejemplo 2021-10.', 'error');
      return;
    }
    if (PREP.fecha) filtros.set('fecha', PREP.fecha);
    boton.disabled = true;
    PREP.aviso(mensaje, 'Preparando el libro…', '');
    try {
      const respuesta = await fetch(PREP.raiz + '/api/exportacion?' + filtros, { credentials: 'same-origin', headers: PREP.encabezados() });
      if (respuesta.status === 401) return PREP.sesionTerminada();
      if (!respuesta.ok) {
        const error = (respuesta.headers.get('Content-Type') || '').includes('json') ? await respuesta.json() : null;
        PREP.aviso(mensaje, (error && error.mensaje) || 'No se pudo exportar (' + respuesta.status + ').', 'error');
        return;
      }
      const disposicion = respuesta.headers.get('Content-Disposition') || '';
      const nombre = (/filename="([^"]+)"/.exec(disposicion) || [])[1] || 'seguimiento-prep.xlsx';
      const libro = await respuesta.blob();
      const url = URL.createObjectURL(libro);
      const enlace = h('a', { href: url, download: nombre, hidden: true });
      document.body.append(enlace);
      enlace.click();
      enlace.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      PREP.aviso(mensaje, 'Se descargó ' + nombre + ' (' + Math.max(1, Math.round(libro.size / 1024)) + ' KB).', 'exito');
    } catch (e) {
      PREP.aviso(mensaje, 'No hay conexión con el servidor. Inténtelo de nuevo.', 'error');
    } finally {
      boton.disabled = false;
    }
  });
})();
