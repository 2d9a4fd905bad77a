'use strict';
/* «Informe del mes» de la página de la entidad: el mes (por omisión, el anterior a la fecha de
   referencia), la descarga del .docx, y cada mes del proceso mostrado con si su informe se generó
   aquí y si se envió al INE. */
(() => {
  const { h, vaciar, fechaLegible, mesLegible } = PREP;
  const clave = decodeURIComponent(location.pathname.substring(location.pathname.lastIndexOf('/') + 1));
  const form = document.getElementById('form-informe');
  const campoMes = document.getElementById('informe-mes');
  const mensaje = document.getElementById('mensaje-informe');
  const boton = document.getElementById('descargar-informe');
  const selector = document.getElementById('proceso');

  function proceso() {
    return selector && selector.value ? selector.value : new URLSearchParams(location.search).get('proceso');
  }

  function ruta(sufijo, extra) {
    const p = new URLSearchParams(extra || {});
    if (proceso()) p.set('proceso', proceso());
    if (PREP.fecha) p.set('fecha', PREP.fecha);
    const q = p.toString();
    return '/entidades/' + encodeURIComponent(clave) + sufijo + (q ? '?' + q : '');
  }

  async function cargarMeses() {
    const tbody = document.querySelector('#tabla-informes tbody');
    try {
      const datos = await PREP.leer(ruta('/informes'));
      if (!campoMes.value) campoMes.value = datos.mesSugerido;
      if (!datos.meses.length) {
        vaciar(tbody, h('tr', {}, h('td', { colspan: 4 }, 'El catálogo no espera informes mensuales de este proceso (sin jornada registrada).')));
        return;
      }
      vaciar(tbody, datos.meses.map(m => h('tr', {},
        h('td', { 'data-rotulo': 'Mes' }, mesLegible(m.mes)),
        h('td', { 'data-rotulo': 'Generado' }, m.generado ? 'Sí, ' + PREP.momentoLegible(m.generadoEl) + (m.veces > 1 ? ' (' + m.veces + ' veces)' : '') : 'No'),
        h('td', { 'data-rotulo': 'Remitido al INE' }, m.enviado
          ? 'Sí' + (m.fechaEnvio ? ', el ' + fechaLegible(m.fechaEnvio) : '') + (m.oficioEnvio ? ' con ' + m.oficioEnvio : '') + ' · ' + m.estado
          : 'No · ' + m.estado),
        h('td', { 'data-rotulo': 'Fecha límite' }, m.fechaLimite ? fechaLegible(m.fechaLimite) : '—'))));
    } catch (e) {
      vaciar(tbody, h('tr', {}, h('td', { colspan: 4 }, e.message)));
    }
  }

  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const mes = campoMes.value.trim();
    if (!/^\d{4}-\d{2}$/.test(mes)) {
      PREP.aviso(mensaje, 'Escriba el mes como aaaa-mm, por ejemplo 2020-11.', 'error');
      return;
    }
    boton.disabled = true;
    PREP.aviso(mensaje, 'Escribiendo el informe de ' + mesLegible(mes) + '…', '');
    try {
      const respuesta = await fetch(PREP.raiz + '/api' + ruta('/informe', { mes }), { credentials: 'same-origin', headers: PREP.encabezados() });
      if (respuesta.status === 401) return PREP.sesionTerminada();
      if (!respuesta.ok) {
        const error = (respuesta.headers.get('Content-Type') || '').includes('json') ? await respuesta.json() : null;
        PREP.aviso(mensaje, (error && error.mensaje) || 'No se pudo generar el informe (' + respuesta.status + ').', 'error');
        return;
      }
      const disposicion = respuesta.headers.get('Content-Disposition') || '';
      const nombre = (/filename="([^"]+)"/.exec(disposicion) || [])[1] || 'informe.docx';
      const documento = await respuesta.blob();
      const url = URL.createObjectURL(documento);
      const enlace = h('a', { href: url, download: nombre, hidden: true });
      document.body.append(enlace);
      enlace.click();
      enlace.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      PREP.aviso(mensaje, 'Se descargó ' + nombre + ' (' + Math.max(1, Math.round(documento.size / 1024)) + ' KB).', 'exito');
      cargarMeses();
    } catch (e) {
      PREP.aviso(mensaje, 'No hay conexión con el servidor. Inténtelo de nuevo.', 'error');
    } finally {
      boton.disabled = false;
    }
  });

  if (selector) selector.addEventListener('change', () => { campoMes.value = ''; cargarMeses(); });
  cargarMeses();
})();
