'use strict';
/* Importar: la subida con su avance, la revisión (sin guardar nada) y luego aplicar los mismos bytes
   revisados o descartarlos; abajo, la bitácora de las subidas. */
(() => {
  const { h, vaciar } = PREP;
  const form = document.getElementById('form-subir');
  const entrada = document.getElementById('archivo');
  const mensaje = document.getElementById('mensaje');
  const progreso = document.getElementById('progreso');
  const barra = document.getElementById('barra-progreso');
  const porcentaje = document.getElementById('porcentaje');
  const textoProgreso = document.getElementById('texto-progreso');
  const informe = document.getElementById('informe');
  const aplicar = document.getElementById('aplicar');
  const descartar = document.getElementById('descartar');
  const LIMITE = 20 * 1024 * 1024;
  /** Los bytes revisados, guardados para que [Aplicar] envíe justo esos aunque el archivo cambie en el disco. */
  let revisado = null;

  function cuenta(n, uno, varios) {
    return n + ' ' + (n === 1 ? uno : varios);
  }

  function tamano(bytes) {
    return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024)) + ' KB' : (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  /** Sube el libro, en revisión (simular) o para aplicarlo. */
  function subir(contenido, nombre, simular) {
    const datos = new FormData();
    datos.append('archivo', contenido, nombre);
    return PREP.subir('/importaciones' + (simular ? '?simular=true' : ''), datos, nombre,
      { progreso, barra, porcentaje, texto: textoProgreso },
      simular ? 'Revisando el libro…' : 'Aplicando los cambios…');
  }

  function hallazgos(tabla, bloque, lista) {
    bloque.hidden = !lista.length;
    vaciar(tabla.querySelector('tbody'), lista.map(x => h('tr', {},
      h('td', { 'data-rotulo': 'Hoja' }, x.hoja || '—'),
      h('td', { 'data-rotulo': 'Fila', clase: 'numero' }, x.fila ? String(x.fila) : '—'),
      h('td', { 'data-rotulo': 'Columna' }, x.columna || '—'),
      h('td', { 'data-rotulo': 'Valor' }, x.valor ? h('span', { clase: 'cambio-valor' }, x.valor) : '(vacío)'),
      h('td', { 'data-rotulo': 'Qué pasa' }, x.mensaje))));
  }

  function mostrar(r, simulado) {
    const d = r.datos;
    if (!d || !d.hojas) {
      PREP.aviso(mensaje, (d && d.mensaje) || 'El servidor no pudo revisar el archivo (' + r.estado + ').', 'error');
      informe.hidden = true;
      return;
    }
    const estado = document.getElementById('estado-informe');
    const filasHojas = Object.entries(d.hojas);
    const cambios = filasHojas.reduce((n, [, c]) => n + c.nuevos + c.actualizados, 0);
    if (d.estado === 'rechazada') {
      const total = d.totalErrores ?? d.errores.length;
      estado.textContent = 'El libro tiene ' + total + (total === 1 ? ' error' : ' errores') + ': no se guardó nada.';
      PREP.aviso(mensaje, 'Revise los errores señalados abajo.', 'error');
    } else if (d.estado === 'simulada') {
      estado.textContent = cambios
        ? 'Si lo aplica: ' + filasHojas.map(([hoja, c]) => c.nuevos || c.actualizados ? hoja + ': ' + cuenta(c.nuevos, 'nuevo', 'nuevos') + ', ' + cuenta(c.actualizados, 'actualizado', 'actualizados') : null).filter(Boolean).join('; ') + '.'
        : 'El libro no cambia nada de lo registrado.';
      PREP.aviso(mensaje, 'Revisión terminada: todavía no se guardó nada.', '');
    } else {
      estado.textContent = 'Se aplicó el libro: ' + cuenta(cambios, 'registro nuevo o actualizado', 'registros nuevos o actualizados') + '.';
      PREP.aviso(mensaje, 'Cambios guardados.', 'exito');
    }
    document.getElementById('aviso-listado').textContent = d.aviso || '';
    document.getElementById('datos-archivo').textContent = d.archivo + ' · SHA-256 ' + d.sha256;
    document.getElementById('bloque-conteos').hidden = d.estado === 'rechazada';
    vaciar(document.querySelector('#tabla-conteos tbody'), filasHojas.map(([hoja, c]) => h('tr', {},
      h('th', { scope: 'row' }, hoja), h('td', { clase: 'numero' }, String(c.nuevos)),
      h('td', { clase: 'numero' }, String(c.actualizados)), h('td', { clase: 'numero' }, String(c.sinCambios)))));
    hallazgos(document.getElementById('tabla-errores'), document.getElementById('bloque-errores'), d.errores);
    hallazgos(document.getElementById('tabla-advertencias'), document.getElementById('bloque-advertencias'), d.advertencias);
    document.getElementById('decision').hidden = !(simulado && d.estado === 'simulada' && cambios > 0);
    informe.hidden = false;
    document.getElementById('h-informe').focus();
  }

  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const archivo = entrada.files[0];
    informe.hidden = true;
    if (!archivo) return PREP.aviso(mensaje, 'Elija el libro .xlsx que quiere revisar.', 'error');
    if (archivo.size > LIMITE) return PREP.aviso(mensaje, 'El archivo pesa ' + tamano(archivo.size) + ': el máximo es 20 MB.', 'error');
    PREP.aviso(mensaje, '');
    try {
      revisado = { nombre: archivo.name, contenido: new Blob([await archivo.arrayBuffer()], { type: archivo.type }) };
    } catch (e) {
      return PREP.aviso(mensaje, 'No se pudo leer el archivo elegido: ' + e.message, 'error');
    }
    document.getElementById('revisar').disabled = true;
    try {
      const r = await subir(revisado.contenido, revisado.nombre, true);
      if (r.estado === 401) return PREP.sesionTerminada();
      mostrar(r, true);
    } catch (e) {
      PREP.aviso(mensaje, e.message, 'error');
    } finally {
      progreso.hidden = true;
      document.getElementById('revisar').disabled = false;
      cargarBitacora();
    }
  });

  aplicar.addEventListener('click', async () => {
    if (!revisado) return;
    aplicar.disabled = descartar.disabled = true;
    try {
      const r = await subir(revisado.contenido, revisado.nombre, false);
      if (r.estado === 401) return PREP.sesionTerminada();
      mostrar(r, false);
      revisado = null;
      form.reset();
    } catch (e) {
      PREP.aviso(mensaje, e.message, 'error');
    } finally {
      progreso.hidden = true;
      aplicar.disabled = descartar.disabled = false;
      cargarBitacora();
    }
  });

  descartar.addEventListener('click', () => {
    revisado = null;
    informe.hidden = true;
    form.reset();
    PREP.aviso(mensaje, 'Se descartó la revisión; no se guardó nada.', '');
    entrada.focus();
  });

  async function cargarBitacora() {
    const tbody = document.querySelector('#tabla-bitacora tbody');
    try {
      const lista = await PREP.leer('/importaciones?limite=50');
      if (!lista.length) return vaciar(tbody, h('tr', {}, h('td', { colspan: 6 }, 'Todavía no hay importaciones.')));
      vaciar(tbody, lista.map(i => {
        const cambios = Object.entries(i.hojas).filter(([, c]) => c.nuevos || c.actualizados)
          .map(([hoja, c]) => hoja + ': ' + cuenta(c.nuevos, 'nuevo', 'nuevos') + ', ' + cuenta(c.actualizados, 'actualizado', 'actualizados'));
        return h('tr', {},
          h('td', { 'data-rotulo': 'Cuándo' }, PREP.momentoLegible(i.momento)),
          h('td', { 'data-rotulo': 'Quién' }, i.usuario),
          h('td', { 'data-rotulo': 'Archivo' }, i.archivo, h('span', { clase: 'siglas', title: 'SHA-256 ' + i.sha256 }, 'SHA-256 ' + i.sha256.substring(0, 12) + '…')),
          h('td', { 'data-rotulo': 'Resultado' }, h('span', { clase: 'estado' + (i.estado === 'rechazada' ? ' vencido' : '') }, i.estado)),
          h('td', { 'data-rotulo': 'Registros' }, cambios.length ? cambios.join('; ') : 'Sin cambios'),
          h('td', { 'data-rotulo': 'Errores', clase: 'numero' }, String(i.errores)));
      }));
    } catch (e) {
      vaciar(tbody, h('tr', {}, h('td', { colspan: 6 }, e.message)));
    }
  }

  cargarBitacora();
  // «Leer un informe» (abajo) avisa cuando aplica o simula, para que la bitácora lo muestre.
  document.addEventListener('prep:importacion', cargarBitacora);
})();

/* Leer un informe: el informe se sube en simulación; se muestran sus propuestas por hoja, cada una
   con su enunciado y la clave resaltada, y una casilla en las de certeza baja; Aplicar vuelve a
   subir los mismos bytes con las claves marcadas en «conservar». */
(() => {
  const { h, vaciar } = PREP;
  const form = document.getElementById('form-informe');
  const entrada = document.getElementById('archivo-informe');
  const mensaje = document.getElementById('mensaje-informe');
  const progreso = document.getElementById('progreso-informe');
  const barra = document.getElementById('barra-informe');
  const porcentaje = document.getElementById('porcentaje-informe');
  const texto = document.getElementById('texto-progreso-informe');
  const bloque = document.getElementById('propuestas-informe');
  const lista = document.getElementById('lista-propuestas');
  const aplicar = document.getElementById('aplicar-informe');
  const descartar = document.getElementById('descartar-informe');
  const LIMITE = 20 * 1024 * 1024;
  let leido = null;

  function subir(simular, conservar) {
    const datos = new FormData();
    datos.append('archivo', leido.contenido, leido.nombre);
    for (const campo of ['entidad', 'proceso', 'mes']) if (leido[campo]) datos.append(campo, leido[campo]);
    if (conservar.length) datos.append('conservar', conservar.join('\n'));
    return PREP.subir('/informes' + (simular ? '?simular=true' : ''), datos, leido.nombre,
      { progreso, barra, porcentaje, texto },
      simular ? 'Leyendo el informe…' : 'Aplicando los cambios…');
  }

  /** El enunciado con la clave resaltada, como nodos de texto (nada se interpreta como HTML). */
  function resaltado(fuente, clave) {
    const donde = fuente.indexOf(clave);
    if (donde < 0) return h('span', {}, fuente);
    return h('span', {}, fuente.substring(0, donde), h('mark', {}, clave), fuente.substring(donde + clave.length));
  }

  function mostrar(d, simulado) {
    const hojas = {};
    for (const p of d.propuestas) (hojas[p.hoja] = hojas[p.hoja] || []).push(p);
    const partes = Object.entries(hojas).map(([hoja, ps]) => h('div', { clase: 'grupo-propuestas' },
      h('h4', {}, hoja + ' (' + ps.length + ')'),
      h('ul', { clase: 'propuestas' }, ps.map(p => h('li', { 'data-certeza': p.certeza },
        p.certeza === 'baja'
          ? h('label', {}, h('input', { type: 'checkbox', clase: 'conservar', value: p.clave }), ' ', h('strong', {}, p.clave), ' · certeza baja: aplicar también')
          : h('span', {}, h('strong', {}, p.clave), ' · certeza alta'),
        h('p', { clase: 'ayuda' }, Object.entries(p.campos).filter(([c]) => c !== 'Entidad' && c !== 'Proceso').map(([c, v]) => c + ': ' + v).join(' · ')),
        h('blockquote', {}, resaltado(p.fuente, p.clave.split(' ')[0])))))));
    vaciar(lista, partes.length ? partes : h('p', {}, 'El lector no encontró hechos en este informe.'));
    const port = d.portada || {};
    const cambios = Object.values(d.hojas || {}).reduce((n, c) => n + c.nuevos + c.actualizados, 0);
    const estado = document.getElementById('estado-propuestas');
    const de = [port.entidad, port.proceso, port.mes].filter(Boolean).join(' · ');
    if (d.estado === 'rechazada') {
      estado.textContent = 'Las propuestas tienen ' + d.totalErrores + ' errores: ' + d.errores.slice(0, 5).map(e => e.hoja + ' fila ' + e.fila + ': ' + e.mensaje).join(' ');
    } else if (simulado) {
      estado.textContent = (de ? de + '. ' : '') + d.propuestas.length + ' propuestas; si aplica las de certeza alta: ' + cambios + ' registros nuevos o actualizados.';
    } else {
      estado.textContent = 'Se aplicó el informe: ' + cambios + ' registros nuevos o actualizados.';
    }
    document.getElementById('decision-informe').hidden = !(simulado && d.estado !== 'rechazada' && d.propuestas.length);
    bloque.hidden = false;
    document.getElementById('h-propuestas').focus();
  }

  async function enviar(simular) {
    const conservar = [...lista.querySelectorAll('input.conservar:checked')].map(c => c.value);
    const r = await subir(simular, conservar);
    if (r.estado === 401) return PREP.sesionTerminada();
    const d = r.datos;
    if (!d || !d.propuestas) {
      bloque.hidden = true;
      return PREP.aviso(mensaje, (d && d.mensaje) || 'El servidor no pudo leer el informe (' + r.estado + ').', 'error');
    }
    PREP.aviso(mensaje, simular ? 'Lectura terminada: todavía no se guardó nada.' : 'Cambios guardados.', simular ? '' : 'exito');
    mostrar(d, simular);
    document.dispatchEvent(new CustomEvent('prep:importacion'));
  }

  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const archivo = entrada.files[0];
    bloque.hidden = true;
    if (!archivo) return PREP.aviso(mensaje, 'Elija el informe que quiere leer.', 'error');
    if (archivo.size > LIMITE) return PREP.aviso(mensaje, 'El archivo pesa más de 20 MB.', 'error');
    try {
      leido = {
        nombre: archivo.name,
        contenido: new Blob([await archivo.arrayBuffer()], { type: archivo.type }),
        entidad: document.getElementById('entidad-informe').value.trim(),
        proceso: document.getElementById('proceso-informe').value.trim(),
        mes: document.getElementById('mes-informe').value
      };
    } catch (e) {
      return PREP.aviso(mensaje, 'No se pudo leer el archivo elegido: ' + e.message, 'error');
    }
    document.getElementById('leer-informe').disabled = true;
    try {
      await enviar(true);
    } catch (e) {
      PREP.aviso(mensaje, e.message, 'error');
    } finally {
      progreso.hidden = true;
      document.getElementById('leer-informe').disabled = false;
    }
  });

  aplicar.addEventListener('click', async () => {
    if (!leido) return;
    aplicar.disabled = descartar.disabled = true;
    try {
      await enviar(false);
      leido = null;
      form.reset();
    } catch (e) {
      PREP.aviso(mensaje, e.message, 'error');
    } finally {
      progreso.hidden = true;
      aplicar.disabled = descartar.disabled = false;
    }
  });

  descartar.addEventListener('click', () => {
    leido = null;
    bloque.hidden = true;
    form.reset();
    PREP.aviso(mensaje, 'Se descartó la lectura; no se guardó nada.', '');
    entrada.focus();
  });
})();
