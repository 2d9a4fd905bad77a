'use strict';
/* El tablero: un renglón por entidad con proceso actual, ordenable. */
(() => {
  const { h, vaciar } = PREP;
  const cuerpo = document.querySelector('#tablero tbody');
  const mensaje = document.getElementById('mensaje');
  const selector = document.getElementById('orden');
  const URGENCIA = { 'vencidos': 0, 'con observaciones': 1, 'al día': 2 };
  document.getElementById('fecha-referencia').textContent =
    PREP.fechaLegible(PREP.fecha || document.documentElement.dataset.fechaReferencia);
  let filas = [];
  let orden = { campo: 'nombre', ascendente: true };

  const COMPARAR = {
    nombre: (a, b) => a.nombre.localeCompare(b.nombre, 'es'),
    semaforo: (a, b) => (URGENCIA[a.semaforo] - URGENCIA[b.semaforo]) || (b.entregables.vencidos - a.entregables.vencidos),
    dias: (a, b) => (a.diasParaJornada ?? Infinity) - (b.diasParaJornada ?? Infinity),
    avance: (a, b) => (b.entregables.vencidos - a.entregables.vencidos) || (b.entregables.pendientes - a.entregables.pendientes),
    actividad: (a, b) => (b.ultimaActividad || '').localeCompare(a.ultimaActividad || '')
  };

  function enlace(e) {
    return PREP.conFecha(PREP.raiz + '/entidad/' + encodeURIComponent(e.clave));
  }

  function fila(e) {
    const tr = h('tr', { 'data-clave': e.clave, onclick: ev => { if (!ev.target.closest('a')) location.href = enlace(e); } },
      h('td', { 'data-rotulo': 'Entidad' },
        h('a', { href: enlace(e) }, e.nombre), h('span', { clase: 'siglas' }, e.siglas),
        h('span', { clase: 'proceso-nombre' }, e.procesoActual)),
      h('td', { 'data-rotulo': 'Semáforo' }, PREP.semaforo(e.semaforo)),
      h('td', { 'data-rotulo': 'Días para la jornada', clase: 'numero' },
        e.diasParaJornada === null ? '—' : h('span', { clase: 'dias', 'data-dias': e.diasParaJornada },
          e.diasParaJornada >= 0 ? String(e.diasParaJornada) : 'Celebrada'),
        h('span', { clase: 'siglas' }, e.diasParaJornada < 0
          ? PREP.fechaLegible(e.jornada) + ', hace ' + (-e.diasParaJornada) + ' días'
          : 'jornada ' + PREP.fechaLegible(e.jornada))),
      h('td', { 'data-rotulo': 'Entregables' }, PREP.barraEntregables(e.entregables),
        e.entregables.sinRegistro ? h('span', { clase: 'siglas' }, e.entregables.sinRegistro + ' ' + (e.sinRegistro || 'sin registro')) : null),
      h('td', { 'data-rotulo': 'Última actividad' }, PREP.fechaLegible(e.ultimaActividad)));
    return tr;
  }

  function pintar() {
    const comparar = COMPARAR[orden.campo];
    const ordenadas = [...filas].sort((a, b) => (orden.ascendente ? 1 : -1) * comparar(a, b) || a.nombre.localeCompare(b.nombre, 'es'));
    vaciar(cuerpo, ordenadas.map(fila));
    document.querySelectorAll('#tablero th[data-orden]').forEach(th => {
      if (th.dataset.orden === orden.campo) th.setAttribute('aria-sort', orden.ascendente ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
    selector.value = orden.campo;
  }

  document.querySelectorAll('#tablero th[data-orden] button').forEach(boton => boton.addEventListener('click', () => {
    const campo = boton.parentElement.dataset.orden;
    orden = { campo, ascendente: orden.campo === campo ? !orden.ascendente : true };
    pintar();
  }));
  selector.addEventListener('change', () => { orden = { campo: selector.value, ascendente: true }; pintar(); });

  /** Los próximos 60 días: la franja y, con las mismas palabras, la lista. */
  function pintarProximos(datos) {
    const lista = document.getElementById('lista-proximos');
    document.getElementById('h-proximos').textContent = 'Próximos ' + datos.dias + ' días';
    document.getElementById('proximos-periodo').textContent = 'Los entregables pendientes que vencen del '
      + PREP.fechaLegible(datos.desde) + ' al ' + PREP.fechaLegible(datos.hasta) + ', en todas las entidades; pulse uno para abrir su entidad.';
    const abrir = v => enlace(v.entidad) + '#entregables';
    vaciar(document.getElementById('franja'), LINEA.proximos(datos, abrir));
    if (!datos.vencimientos.length) return vaciar(lista, h('li', {}, 'Ningún entregable pendiente vence en estos días.'));
    vaciar(lista, datos.vencimientos.map(v => h('li', { 'data-entidad': v.entidad.clave, 'data-codigo': v.codigo },
      h('strong', {}, PREP.fechaLegible(v.fechaLimite)), ' · ', h('a', { href: abrir(v) }, v.entidad.nombre), ' · ',
      v.codigo + ' ' + v.nombre + (v.periodo ? ', ' + PREP.mesLegible(v.periodo) : ''), ' ',
      h('span', { clase: 'faltan' }, v.diasRestantes === 0 ? '(vence hoy)' : v.diasRestantes === 1 ? '(falta 1 día)' : '(faltan ' + v.diasRestantes + ' días)'))));
  }

  PREP.leer(PREP.conFecha('/vencimientos?dias=60')).then(pintarProximos)
    .catch(e => vaciar(document.getElementById('lista-proximos'), h('li', {}, e.message)));

  PREP.leer(PREP.conFecha('/entidades')).then(entidades => {
    filas = entidades;
    if (entidades.length) document.getElementById('fecha-referencia').textContent = PREP.fechaLegible(entidades[0].fechaReferencia);
    else PREP.aviso(mensaje, 'Todavía no hay procesos registrados: importe el libro de seguimiento.', '');
    pintar();
  }).catch(e => PREP.aviso(mensaje, e.message, 'error'));
})();
