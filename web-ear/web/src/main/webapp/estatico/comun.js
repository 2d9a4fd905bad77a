'use strict';
/* Lo que comparten todas las páginas: las llamadas a la API JSON con la sesión y su token CSRF,
   armar elementos sin leer nunca los datos como HTML, y las fechas como se escriben en México. */
const PREP = (() => {
  const html = document.documentElement;
  const raiz = html.dataset.raiz || '';
  const roles = (html.dataset.roles || '').split(' ').filter(Boolean);
  const token = document.querySelector('meta[name="csrf-token"]')?.content || '';
  const parametros = new URLSearchParams(location.search);
  /** ?fecha=aaaa-mm-dd en la dirección de la página: el estado a otra fecha. */
  const fecha = /^\d{4}-\d{2}-\d{2}$/.test(parametros.get('fecha') || '') ? parametros.get('fecha') : null;

  function conFecha(ruta) {
    if (!fecha) return ruta;
    return ruta + (ruta.includes('?') ? '&' : '?') + 'fecha=' + fecha;
  }

  function encabezados(extra) {
    return Object.assign({ 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json', 'X-CSRF-Token': token }, extra || {});
  }

  /** Una sesión vencida: recargar la página trae el formulario de entrada y después vuelve aquí. */
  function sesionTerminada() {
    location.reload();
    return new Promise(() => {});
  }

  /** Llama a la API; responde {estado, datos} o lanza un Error con un mensaje en español. */
  async function api(metodo, ruta, cuerpo) {
    let respuesta;
    try {
      respuesta = await fetch(raiz + '/api' + ruta, {
        method: metodo,
        credentials: 'same-origin',
        headers: encabezados(cuerpo === undefined ? {} : { 'Content-Type': 'application/json' }),
        body: cuerpo === undefined ? undefined : JSON.stringify(cuerpo)
      });
    } catch (e) {
      throw new Error('No hay conexión con el servidor. Revise la red e inténtelo de nuevo.');
    }
    if (respuesta.status === 401) return sesionTerminada();
    let datos = null;
    const tipo = respuesta.headers.get('Content-Type') || '';
    if (tipo.includes('json')) datos = await respuesta.json();
    return { estado: respuesta.status, datos, respuesta };
  }

  /** Un GET que debe salir bien: los datos, o un Error con el mensaje del servidor. */
  async function leer(ruta) {
    const r = await api('GET', ruta);
    if (r.estado !== 200) throw new Error((r.datos && r.datos.mensaje) || 'No se pudo leer la información (' + r.estado + ').');
    return r.datos;
  }

  /** Sube un formulario con XHR, cuya subida informa su avance (fetch no): llena la barra de la
      página ({progreso, barra, porcentaje, texto}) y, al 100 %, pone el texto de lo que sigue.
      Responde {estado, datos}; una conexión perdida es un Error con su mensaje. */
  function subir(ruta, datos, nombre, avance, alTerminar) {
    return new Promise((resolver, rechazar) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', raiz + '/api' + ruta);
      for (const [k, v] of Object.entries(encabezados())) xhr.setRequestHeader(k, v);
      xhr.responseType = 'json';
      xhr.upload.addEventListener('progress', ev => {
        if (!ev.lengthComputable) return;
        const p = Math.round(100 * ev.loaded / ev.total);
        avance.barra.value = p;
        avance.porcentaje.textContent = p + ' %';
        if (p === 100) avance.texto.textContent = alTerminar;
      });
      xhr.addEventListener('load', () => resolver({ estado: xhr.status, datos: xhr.response }));
      xhr.addEventListener('error', () => rechazar(new Error('Se perdió la conexión durante la subida. Inténtelo de nuevo.')));
      avance.barra.value = 0;
      avance.porcentaje.textContent = '0 %';
      avance.texto.textContent = 'Subiendo ' + nombre + '…';
      avance.progreso.hidden = false;
      xhr.send(datos);
    });
  }

  /** h('a', {href: '…'}, 'texto', otroNodo): un elemento; los textos quedan como texto, nunca como HTML. */
  function h(etiqueta, atributos, ...hijos) {
    const el = document.createElement(etiqueta);
    for (const [nombre, valor] of Object.entries(atributos || {})) {
      if (valor === null || valor === undefined || valor === false) continue;
      if (nombre === 'clase') el.className = valor;
      else if (nombre.startsWith('on')) el.addEventListener(nombre.substring(2), valor);
      else el.setAttribute(nombre, valor === true ? '' : valor);
    }
    for (const hijo of hijos.flat()) {
      if (hijo === null || hijo === undefined || hijo === false) continue;
      el.append(hijo instanceof Node ? hijo : document.createTextNode(String(hijo)));
    }
    return el;
  }

  function vaciar(el, ...hijos) {
    el.replaceChildren(...hijos.flat().filter(x => x !== null && x !== undefined && x !== false));
    return el;
  }

  const MESES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];

  /** 2021-10-31 → 31/oct/2021 (sin ambigüedad para nadie). */
  function fechaLegible(iso) {
    if (!iso) return '—';
    const [a, m, d] = iso.substring(0, 10).split('-');
    return Number(d) + '/' + MESES[Number(m) - 1] + '/' + a;
  }

  const MESES_LARGOS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

  /** 2021-10 → «octubre de 2021». */
  function mesLegible(aaaaMm) {
    const [a, m] = aaaaMm.split('-');
    return MESES_LARGOS[Number(m) - 1] + ' de ' + a;
  }

  /** 2021-11-05 → 05/11/2021, como se escribe una fecha en México (y la lee un lector de pantalla). */
  function fechaNumerica(iso) {
    const [a, m, d] = iso.substring(0, 10).split('-');
    return d + '/' + m + '/' + a;
  }

  /** Un instante, en la zona horaria del navegador: 21/nov/2026 17:34. */
  function momentoLegible(iso) {
    if (!iso) return '—';
    const m = new Date(iso);
    const dos = n => String(n).padStart(2, '0');
    return m.getDate() + '/' + MESES[m.getMonth()] + '/' + m.getFullYear() + ' ' + dos(m.getHours()) + ':' + dos(m.getMinutes());
  }

  function diasParaJornada(dias) {
    if (dias === null || dias === undefined) return 'Sin jornada registrada';
    if (dias === 0) return 'Hoy es la jornada';
    if (dias > 0) return dias === 1 ? 'Falta 1 día' : 'Faltan ' + dias + ' días';
    return dias === -1 ? 'Fue ayer' : 'Fue hace ' + (-dias) + ' días';
  }

  function claseSemaforo(semaforo) {
    return 'semaforo ' + (semaforo || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '-');
  }

  function semaforo(valor) {
    return h('span', { clase: claseSemaforo(valor) }, valor ? valor.charAt(0).toUpperCase() + valor.slice(1) : '—');
  }

  function aviso(el, texto, tipo) {
    el.className = 'aviso' + (tipo ? ' ' + tipo : '');
    el.textContent = texto || '';
  }

  function puede(...algunos) {
    return algunos.some(r => roles.includes(r));
  }

  /** Porcentajes enteros de total que suman lo mismo que los exactos redondeados (mayor residuo):
      los anchos de la barra son clases (ancho-0 … ancho-100), porque la política de contenido no
      admite estilos en línea. */
  function porcentajes(valores, total) {
    const exactos = valores.map(v => 100 * v / (total || 1));
    const enteros = exactos.map(Math.floor);
    const faltan = Math.round(exactos.reduce((a, b) => a + b, 0)) - enteros.reduce((a, b) => a + b, 0);
    exactos.map((x, i) => i).sort((a, b) => (exactos[b] - enteros[b]) - (exactos[a] - enteros[a]))
      .slice(0, Math.max(0, faltan)).forEach(i => enteros[i]++);
    return enteros.map(p => Math.min(100, p));
  }

  /** Los entregables de un conteo como barra apilada, con sus palabras para los lectores de pantalla. */
  function barraEntregables(c) {
    const partes = [
      ['seg-aprobados', c.sinObservaciones + c.observacionesAtendidas, 'sin observaciones o atendidas'],
      ['seg-enviados', c.enviados, 'enviados en revisión'],
      ['seg-observaciones', c.conObservaciones, 'con observaciones'],
      ['seg-pendientes', c.pendientes, 'pendientes en plazo'],
      ['seg-vencidos', c.vencidos, 'vencidos'],
      ['seg-noaplica', c.noAplica, 'no aplican'],
      ['seg-sinregistro', c.sinRegistro || 0, 'sin registro (fuera del periodo de seguimiento)']
    ];
    const presentes = partes.filter(p => p[1] > 0);
    const anchos = porcentajes(presentes.map(p => p[1]), c.total);
    const texto = presentes.map(p => p[1] + ' ' + p[2]).join(', ');
    return h('div', {},
      h('div', { clase: 'barra-entregables', role: 'img', 'aria-label': c.total + ' entregables: ' + (texto || 'ninguno') },
        presentes.map((p, i) => h('span', { clase: p[0] + ' ancho-' + anchos[i], title: p[1] + ' ' + p[2] }))),
      h('div', { clase: 'cifras', 'aria-hidden': 'true' },
        c.total + ' esperados' + (c.vencidos ? ' · ' + c.vencidos + ' vencidos' : '') + (c.conObservaciones ? ' · ' + c.conObservaciones + ' con observaciones' : '')));
  }

  /** Crea una dirección de calendario personal (POST /calendarios): {url, calendario} o un Error. */
  async function crearCalendario(entidad, proceso) {
    const r = await api('POST', '/calendarios', proceso ? { entidad, proceso } : { entidad });
    if (r.estado !== 201) throw new Error((r.datos && r.datos.mensaje) || 'No se pudo crear el calendario (' + r.estado + ').');
    return r.datos;
  }

  /** La dirección, que se muestra una sola vez, de solo lectura y con un botón que la copia. */
  function direccionCopiable(url, id) {
    const campo = h('input', { id, type: 'text', readonly: true, value: url, clase: 'direccion-calendario', 'aria-label': 'Dirección del calendario' });
    const estado = h('span', { role: 'status', 'aria-live': 'polite' });
    const boton = h('button', { type: 'button', clase: 'secundario', onclick: async () => {
      campo.select();
      try {
        await navigator.clipboard.writeText(url);
      } catch (e) {
        document.execCommand('copy');
      }
      estado.textContent = ' Copiada.';
    } }, 'Copiar');
    return h('div', { clase: 'copiable' }, campo, ' ', boton, estado);
  }

  return { raiz, roles, token, fecha, conFecha, encabezados, sesionTerminada, api, leer, subir, h, vaciar,
    MESES, fechaLegible, mesLegible, fechaNumerica, momentoLegible, diasParaJornada, semaforo, aviso, puede, barraEntregables,
    crearCalendario, direccionCopiable };
})();
