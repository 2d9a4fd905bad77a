'use strict';
/* La página de la entidad: el expediente de un proceso (se puede cambiar de proceso), sus oficios
   como conversaciones, su historial y el registro de un oficio (staff). */
(() => {
  const { h, vaciar, fechaLegible } = PREP;
  const clave = decodeURIComponent(location.pathname.substring(location.pathname.lastIndexOf('/') + 1));
  const mensaje = document.getElementById('mensaje');
  const selector = document.getElementById('proceso');
  const parametros = new URLSearchParams(location.search);
  let expediente = null;
  /** Cada carga lleva un número: una respuesta que llega después de pedir otra más nueva se descarta. */
  let ultimaCarga = 0;
  let ultimoHistorial = 0;

  function ruta(sufijo, proceso) {
    let r = '/entidades/' + encodeURIComponent(clave) + sufijo;
    if (proceso) r += '?proceso=' + encodeURIComponent(proceso);
    return PREP.conFecha(r);
  }

  /** Una fecha de la que solo se sabe el mes ('2020-03') se lee como el mes: «marzo de 2020». */
  function fechaOMes(fecha, mes) {
    if (fecha) return fechaLegible(fecha);
    if (mes) return PREP.mesLegible(mes);
    return 'sin fecha';
  }

  function cifra(valor, rotulo) {
    return h('div', { clase: 'cifra' }, h('span', { clase: 'valor' }, valor), h('span', { clase: 'rotulo' }, rotulo));
  }

  function dato(dl, termino, valor) {
    if (valor === null || valor === undefined || valor === '') return;
    dl.append(h('dt', {}, termino), h('dd', {}, valor));
  }

  function filaVacia(tbody, columnas, texto) {
    vaciar(tbody, h('tr', {}, h('td', { colspan: columnas }, texto)));
  }

  function pintarResumen(e) {
    document.title = e.entidad.nombre + ' · Seguimiento PREP';
    document.getElementById('titulo').textContent = e.entidad.nombre + ' (' + e.entidad.siglas + ')';
    document.getElementById('migas-entidad').textContent = e.entidad.nombre;
    document.getElementById('subtitulo').textContent = e.proceso.nombre;
    document.getElementById('fecha-referencia').textContent = fechaLegible(e.fechaReferencia);
    const c = e.conteo;
    vaciar(document.getElementById('cifras'),
      h('div', { clase: 'cifra' }, h('span', { clase: 'valor' }, PREP.semaforo(e.semaforo)), h('span', { clase: 'rotulo' }, 'Semáforo')),
      cifra(e.proceso.diasParaJornada === null ? '—' : String(e.proceso.diasParaJornada), PREP.diasParaJornada(e.proceso.diasParaJornada) + ' · jornada ' + fechaLegible(e.proceso.jornada)),
      h('div', { clase: 'cifra' }, h('span', { clase: 'valor' }, c.vencidos + ' vencidos'), h('span', { clase: 'rotulo' }, 'de ' + c.total + ' entregables esperados'
        + (c.sinRegistro ? ' · ' + c.sinRegistro + ' ' + (e.proceso.sinRegistro || 'sin registro') : '')), PREP.barraEntregables(c)),
      cifra(String(e.oficios.length), 'conversaciones de oficios'));
    const dl = vaciar(document.getElementById('datos-proceso'));
    dato(dl, 'Proceso', e.proceso.nombre);
    dato(dl, 'Jornada electoral', fechaLegible(e.proceso.jornada));
    if (e.proceso.jornadaOriginal) dato(dl, 'Jornada original', fechaLegible(e.proceso.jornadaOriginal)
      + (e.proceso.cambioDeJornada ? ' (cambio decidido el ' + fechaLegible(e.proceso.cambioDeJornada) + ')' : ''));
    dato(dl, 'Periodo de seguimiento', e.proceso.sinRegistro ? 'Registros completos; ' + e.proceso.sinRegistro : null);
    dato(dl, 'Lineamientos', e.proceso.lineamientos === 'anterior' ? 'Anteriores a INE/CG825/2022' : 'Reformados por INE/CG825/2022');
    dato(dl, 'Instancia interna', e.proceso.instanciaInterna);
    dato(dl, 'Titular de la instancia', e.proceso.titularInstancia);
    dato(dl, 'Acuerdo de designación', e.proceso.acuerdoDesignacion);
    dato(dl, 'Implementación', e.proceso.realizacion);
    dato(dl, 'Ente auditor', e.proceso.enteAuditor);
  }

  function pintarEntregables(e) {
    const tbody = document.querySelector('#tabla-entregables tbody');
    if (!e.entregables.length) return filaVacia(tbody, 5, 'No hay entregables esperados (el proceso no tiene jornada registrada).');
    vaciar(tbody, e.entregables.map(x => {
      const envio = [
        x.fechaEnvio ? 'Enviado el ' + fechaLegible(x.fechaEnvio) : null,
        x.oficioEnvio ? 'con ' + x.oficioEnvio : null,
        x.oficioRespuesta ? 'respuesta ' + x.oficioRespuesta : null
      ].filter(Boolean).join(', ');
      return h('tr', { clase: x.vencido ? 'vencido' : x.sinRegistro ? 'sin-registro' : null },
        h('td', { 'data-rotulo': 'Entregable' }, h('strong', {}, x.codigo), ' ', x.nombre),
        h('td', { 'data-rotulo': 'Periodo' }, x.periodo || '—'),
        h('td', { 'data-rotulo': 'Fecha límite' }, fechaLegible(x.fechaLimite)),
        h('td', { 'data-rotulo': 'Estado' }, h('span', { clase: 'estado' + (x.vencido ? ' vencido' : '') }, x.estado)),
        h('td', { 'data-rotulo': 'Envío y respuesta' }, envio || '—', x.observaciones ? h('div', { clase: 'historial-detalle' }, x.observaciones) : null));
    }));
  }

  function oficio(o) {
    let demora = null;
    if (o.diasDeRespuesta !== null && o.diasDeRespuesta !== undefined) {
      const dias = o.diasDeRespuesta === 1 ? '1 día' : o.diasDeRespuesta + ' días';
      demora = h('span', { clase: 'demora' }, o.respuestaDelIne ? 'El INE respondió en ' + dias : 'Respondido en ' + dias);
    }
    return h('li', {},
      h('article', { clase: 'oficio', 'aria-label': 'Oficio ' + o.numero },
        h('div', { clase: 'cabeza' },
          h('span', { clase: 'numero' }, o.numero),
          h('span', {}, fechaOMes(o.fecha, o.fechaMes)),
          h('span', { clase: 'sentido' }, o.sentido),
          o.resultado ? h('span', { clase: 'estado' }, o.resultado) : null,
          demora),
        h('p', {}, o.asunto),
        (o.remitente || o.destinatario) ? h('p', { clase: 'ayuda' }, [o.remitente ? 'De: ' + o.remitente : null, o.destinatario ? 'Para: ' + o.destinatario : null].filter(Boolean).join(' · ')) : null,
        o.entregables && o.entregables.length ? h('p', { clase: 'ayuda' }, 'Entregables: ' + o.entregables.join(', ')) : null,
        o.enRespuestaA && !o.diasDeRespuesta && o.diasDeRespuesta !== 0 ? h('p', { clase: 'ayuda' }, 'En respuesta a ' + o.enRespuestaA + ' (no registrado)') : null,
        o.anexos && o.anexos.length ? h('p', { clase: 'ayuda' }, 'Anexos: ', ...o.anexos.flatMap((a, i) => [i ? '; ' : '',
          a.oficio || a.acuerdo ? h('strong', { title: a.oficio ? 'Oficio registrado' : 'Acuerdo registrado' }, a.texto) : a.texto])) : null,
        o.notas ? h('p', { clase: 'historial-detalle' }, o.notas) : null),
      o.respuestas.length ? h('ol', { clase: 'respuestas', 'aria-label': 'Respuestas a ' + o.numero }, o.respuestas.map(oficio)) : null);
  }

  function numeros(hilos, lista) {
    hilos.forEach(o => { lista.push(o.numero); numeros(o.respuestas, lista); });
    return lista;
  }

  function pintarOficios(e) {
    const hilos = document.getElementById('hilos');
    if (!e.oficios.length) vaciar(hilos, h('li', {}, 'No hay oficios registrados en este proceso.'));
    else vaciar(hilos, e.oficios.map(oficio));
    vaciar(document.getElementById('numeros-oficio'), numeros(e.oficios, []).map(n => h('option', { value: n })));
    document.getElementById('proceso-del-oficio').textContent = 'Se registra en ' + e.entidad.nombre + ', ' + e.proceso.nombre + '.';
  }

  function pintarAcuerdos(e) {
    const tbody = document.querySelector('#tabla-acuerdos tbody');
    if (!e.acuerdos.length) return filaVacia(tbody, 4, 'No hay acuerdos registrados.');
    vaciar(tbody, e.acuerdos.map(a => h('tr', {},
      h('td', { 'data-rotulo': 'Acuerdo' }, h('strong', {}, a.clave), a.entregable ? h('span', { clase: 'siglas' }, 'Entregable ' + a.entregable) : null),
      h('td', { 'data-rotulo': 'Fecha' }, fechaOMes(a.fecha, a.fechaMes)),
      h('td', { 'data-rotulo': 'Órgano' }, a.organo || '—', a.sesion ? h('span', { clase: 'siglas' }, a.sesion) : null),
      h('td', { 'data-rotulo': 'Descripción' }, a.descripcion || '—'))));
  }

  function pintarSesiones(e) {
    const lista = document.getElementById('lista-sesiones');
    if (!e.sesiones.length) return vaciar(lista, h('p', {}, 'No hay sesiones registradas.'));
    vaciar(lista, e.sesiones.map(s => h('div', { clase: 'sesion-item' },
      h('h3', {}, s.organo + ' · ' + s.tipo + (s.numero ? ' ' + s.numero : '') + ' · ' + fechaLegible(s.fecha),
        s.celebrada ? null : h('span', { clase: 'ayuda' }, ' (aún no celebrada a la fecha)')),
      s.puntos.length ? h('div', {}, h('span', { clase: 'ayuda' }, 'Orden del día:'), h('ol', {}, s.puntos.map(p => h('li', {}, p)))) : null,
      s.resultados ? h('p', { clase: 'historial-detalle' }, 'Resultados: ' + s.resultados) : null)));
  }

  function pintarCotaprep(e) {
    const c = e.cotaprep;
    const dl = vaciar(document.getElementById('datos-cotaprep'));
    dato(dl, 'Acuerdo de integración', c.acuerdo ? c.acuerdo + (c.fechaAcuerdo ? ' (' + fechaLegible(c.fechaAcuerdo) + ')' : '') : 'Sin registrar');
    dato(dl, 'Instalación', c.instalacion ? fechaLegible(c.instalacion) : 'Sin registrar');
    dato(dl, 'Secretario técnico', c.secretarioTecnico || 'Sin registrar');
    dato(dl, 'Sesiones celebradas', String(c.sesionesCelebradas));
    dato(dl, 'Reuniones de trabajo', String(c.reunionesCelebradas));
    const tbody = document.querySelector('#tabla-integrantes tbody');
    if (!e.integrantes.length) return filaVacia(tbody, 4, 'No hay integrantes registrados.');
    vaciar(tbody, e.integrantes.map(i => h('tr', {},
      h('td', { 'data-rotulo': 'Nombre' }, i.nombre),
      h('td', { 'data-rotulo': 'Institución' }, i.institucion || '—'),
      h('td', { 'data-rotulo': 'Cargo' }, i.cargo || '—'),
      h('td', { 'data-rotulo': 'Acuerdo' }, i.acuerdo || '—'))));
  }

  function que(c) {
    if (c.operacion === 'Alta') {
      return [h('strong', {}, 'Alta de ' + c.tipo.toLowerCase() + ' ' + c.clave),
        c.valorNuevo ? h('details', {}, h('summary', {}, 'Ver datos'), h('div', { clase: 'historial-detalle' }, c.valorNuevo)) : null];
    }
    return [h('strong', {}, c.tipo + ' ' + c.clave), h('div', {}, c.campo + ': ',
      h('span', { clase: 'cambio-valor' }, '«' + (c.valorAnterior || '') + '»'), ' → ',
      h('span', { clase: 'cambio-valor' }, '«' + (c.valorNuevo || '') + '»'))];
  }

  async function cargarHistorial() {
    const tbody = document.querySelector('#tabla-historial tbody');
    const esta = ++ultimoHistorial;
    try {
      const historial = await PREP.leer('/entidades/' + encodeURIComponent(clave) + '/historial?limite=300');
      if (esta !== ultimoHistorial) return;
      document.getElementById('historial-total').textContent = historial.total > historial.cambios.length
        ? 'Los ' + historial.cambios.length + ' cambios más recientes de ' + historial.total + '.'
        : historial.total + ' cambios, el más reciente primero.';
      if (!historial.cambios.length) return filaVacia(tbody, 4, 'Sin cambios registrados.');
      vaciar(tbody, historial.cambios.map(c => h('tr', {},
        h('td', { 'data-rotulo': 'Cuándo' }, PREP.momentoLegible(c.momento)),
        h('td', { 'data-rotulo': 'Quién' }, c.usuario),
        h('td', { 'data-rotulo': 'Por dónde' }, c.canal),
        h('td', { 'data-rotulo': 'Qué' }, que(c)))));
    } catch (e) {
      if (esta === ultimoHistorial) filaVacia(tbody, 4, e.message);
    }
  }

  async function cargar(proceso) {
    const esta = ++ultimaCarga;
    let leido;
    try {
      leido = await PREP.leer(ruta('/expediente', proceso));
    } catch (e) {
      if (esta !== ultimaCarga) return;
      PREP.aviso(mensaje, e.message, 'error');
      document.getElementById('titulo').textContent = 'Entidad no disponible';
      return;
    }
    if (esta !== ultimaCarga) return;
    expediente = leido;
    PREP.aviso(mensaje, '');
    const e = expediente;
    vaciar(selector, e.procesos.map(p => h('option', { value: p.nombre, selected: p.mostrado },
      p.nombre + (p.jornada ? ' (jornada ' + fechaLegible(p.jornada) + ')' : ''))));
    document.getElementById('elegir-proceso').hidden = e.procesos.length < 2;
    pintarResumen(e);
    pintarEntregables(e);
    vaciar(document.getElementById('linea-tiempo'), LINEA.deProceso(e));
    document.getElementById('enlace-calendario').href =
      (document.documentElement.dataset.raiz || '') + '/api' + ruta('/calendario.ics', e.proceso.nombre);
    pintarOficios(e);
    pintarAcuerdos(e);
    pintarSesiones(e);
    pintarCotaprep(e);
    document.getElementById('registrar').hidden = !PREP.puede('admin', 'staff');
    document.getElementById('contenido').hidden = false;
  }

  /* «Suscribirse en un calendario»: una dirección personal de esta entidad (y del proceso de la
     dirección de la página, si se eligió uno; si no, sigue al actual), que se muestra una vez. */
  document.getElementById('suscribir-calendario').addEventListener('click', async ev => {
    ev.preventDefault();
    const panel = document.getElementById('calendario-personal');
    const aviso = document.getElementById('mensaje-calendario');
    panel.hidden = false;
    try {
      const creado = await PREP.crearCalendario(clave, parametros.get('proceso'));
      vaciar(document.getElementById('direccion-personal'), PREP.direccionCopiable(creado.url, 'url-calendario'));
      PREP.aviso(aviso, 'Calendario de ' + creado.calendario.nombreEntidad + ' creado.', 'exito');
    } catch (e) {
      PREP.aviso(aviso, e.message, 'error');
    }
  });

  selector.addEventListener('change', () => {
    const url = new URL(location.href);
    url.searchParams.set('proceso', selector.value);
    history.replaceState(null, '', url);
    cargar(selector.value);
  });

  const form = document.getElementById('form-oficio');
  const mensajeOficio = document.getElementById('mensaje-oficio');
  const CAMPOS = { 'Número': 'numero', 'Fecha': 'fecha', 'Sentido': 'sentido', 'Asunto': 'asunto', 'Entregables': 'entregables',
    'En respuesta a': 'enRespuestaA', 'Resultado': 'resultado', 'Remitente': 'remitente', 'Destinatario': 'destinatario', 'Notas': 'notas' };

  function limpiarErrores() {
    form.querySelectorAll('.error-campo').forEach(x => x.remove());
    form.querySelectorAll('[aria-invalid]').forEach(x => { x.removeAttribute('aria-invalid'); x.removeAttribute('aria-describedby'); });
  }

  function marcar(nombre, texto) {
    const campo = form.elements[nombre];
    if (!campo) return false;
    const id = campo.id + '-error';
    campo.setAttribute('aria-invalid', 'true');
    campo.setAttribute('aria-describedby', id);
    campo.parentElement.append(h('span', { clase: 'error-campo', id }, texto));
    return true;
  }

  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    limpiarErrores();
    const datos = { entidad: expediente.entidad.clave, proceso: expediente.proceso.nombre };
    for (const nombre of Object.values(CAMPOS)) datos[nombre] = (form.elements[nombre].value || '').trim() || null;
    const faltan = ['numero', 'fecha', 'sentido', 'asunto'].filter(n => !datos[n]);
    if (faltan.length) {
      faltan.forEach(n => marcar(n, 'Este dato es obligatorio.'));
      PREP.aviso(mensajeOficio, 'Faltan datos obligatorios.', 'error');
      form.elements[faltan[0]].focus();
      return;
    }
    const r = await PREP.api('POST', '/oficios', datos);
    if (r.estado === 201) {
      PREP.aviso(mensajeOficio, 'Se registró el oficio ' + r.datos.numero + '.', 'exito');
      form.reset();
      await cargar(expediente.proceso.nombre);
      cargarHistorial();
    } else if (r.estado === 409) {
      marcar('numero', r.datos.mensaje);
      PREP.aviso(mensajeOficio, r.datos.mensaje, 'error');
    } else if (r.estado === 422 && r.datos.errores) {
      const sinCampo = r.datos.errores.filter(x => !marcar(CAMPOS[x.campo], x.mensaje)).map(x => x.campo + ': ' + x.mensaje);
      PREP.aviso(mensajeOficio, [r.datos.mensaje, ...sinCampo].join(' '), 'error');
    } else {
      PREP.aviso(mensajeOficio, (r.datos && r.datos.mensaje) || 'No se pudo registrar el oficio.', 'error');
    }
  });

  cargar(parametros.get('proceso'));
  cargarHistorial();
})();
