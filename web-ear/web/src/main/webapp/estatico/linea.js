'use strict';
/* Los plazos como dibujo: la línea de tiempo de un proceso (página de la entidad) y la franja de
   los próximos días de todas las entidades (tablero), en SVG armado con el DOM. Sin estilos en
   línea (la política de contenido no los admite): los colores y las formas son clases de prep.css.
   Se carga antes que comun.js y solo usa PREP dentro de sus funciones. */
const LINEA = (() => {
  const NS = 'http://www.w3.org/2000/svg';
  const ANCHO = 1000;
  const DIA = 86400000;

  /** s('circle', {cx: 3}, hijo): un elemento SVG; las cadenas son texto, nunca marcado. */
  function s(etiqueta, atributos, ...hijos) {
    const el = document.createElementNS(NS, etiqueta);
    for (const [nombre, valor] of Object.entries(atributos || {})) {
      if (valor === null || valor === undefined || valor === false) continue;
      el.setAttribute(nombre === 'clase' ? 'class' : nombre, String(valor));
    }
    for (const hijo of hijos.flat()) {
      if (hijo === null || hijo === undefined || hijo === false) continue;
      el.append(hijo instanceof Node ? hijo : document.createTextNode(String(hijo)));
    }
    return el;
  }

  /** 2021-11-05 → días desde 1970 (UTC: sin husos ni horarios de verano). */
  function dia(iso) {
    const [a, m, d] = iso.substring(0, 10).split('-').map(Number);
    return Date.UTC(a, m - 1, d) / DIA;
  }

  function iso(dias) {
    return new Date(dias * DIA).toISOString().substring(0, 10);
  }

  function inicioDeMes(dias) {
    const f = new Date(dias * DIA);
    return Date.UTC(f.getUTCFullYear(), f.getUTCMonth(), 1) / DIA;
  }

  function finDeMes(dias) {
    const f = new Date(dias * DIA);
    return Date.UTC(f.getUTCFullYear(), f.getUTCMonth() + 1, 0) / DIA;
  }

  function masUnMes(dias) {
    const f = new Date(dias * DIA);
    return Date.UTC(f.getUTCFullYear(), f.getUTCMonth() + 1, f.getUTCDate()) / DIA;
  }

  /**
   * Cada estado con su clase (el color de la barra de entregables de la página), su forma (para
   * quien no distingue los colores) y lo que dice la leyenda.
   */
  const ESTADOS = {
    'Sin observaciones': { clase: 'aprobado', forma: 'circulo', leyenda: 'Sin observaciones o atendidas' },
    'Observaciones atendidas': { clase: 'aprobado', forma: 'circulo', leyenda: 'Sin observaciones o atendidas' },
    'Enviado': { clase: 'enviado', forma: 'cuadro', leyenda: 'Enviado, en revisión' },
    'Con observaciones': { clase: 'observaciones', forma: 'rombo', leyenda: 'Con observaciones' },
    'Pendiente': { clase: 'pendiente', forma: 'circulo', leyenda: 'Pendiente en plazo' },
    'Vencido': { clase: 'vencido', forma: 'triangulo', leyenda: 'Vencido' },
    'Sin registro': { clase: 'sinregistro', forma: 'circulo', leyenda: 'Sin registro (fuera del periodo de seguimiento)' },
    'No aplica': { clase: 'noaplica', forma: 'raya', leyenda: 'No aplica' }
  };

  /** Los estados de un entregable que ya se envió a la fecha: solo ellos dibujan su envío (uno
      enviado después de la fecha de referencia aún estaba pendiente en ella). */
  const ENVIADOS = new Set(['Enviado', 'Sin observaciones', 'Observaciones atendidas', 'Con observaciones']);

  function envioDe(x) {
    return x.fechaEnvio && ENVIADOS.has(x.estado) ? x.fechaEnvio : null;
  }

  function estadoDe(texto) {
    return ESTADOS[texto] || ESTADOS.Pendiente;
  }

  /** La figura de una marca, centrada en (x, y). */
  function figura(forma, x, y, clase) {
    const c = 'figura ' + clase;
    switch (forma) {
      case 'cuadro': return s('rect', { clase: c, x: x - 5.5, y: y - 5.5, width: 11, height: 11 });
      case 'rombo': return s('polygon', { clase: c, points: [x, y - 7.5, x + 7.5, y, x, y + 7.5, x - 7.5, y].join(' ') });
      case 'triangulo': return s('polygon', { clase: c, points: [x, y - 7.5, x + 7, y + 5.5, x - 7, y + 5.5].join(' ') });
      case 'raya': return s('rect', { clase: c, x: x - 7, y: y - 2, width: 14, height: 4 });
      default: return s('circle', { clase: c, cx: x, cy: y, r: 6 });
    }
  }

  /** La escala de un periodo: de la fecha a la coordenada horizontal. */
  function escala(inicio, fin, izquierda, derecha) {
    const util = ANCHO - izquierda - derecha;
    return d => izquierda + Math.min(1, Math.max(0, (d - inicio) / (fin - inicio))) * util;
  }

  /**
   * Reparte las marcas en renglones sin que se encimen: cada una ocupa de su extremo izquierdo al
   * final de su rótulo; va al primer renglón donde cabe.
   */
  function acomodar(marcas) {
    const finales = [];
    for (const m of [...marcas].sort((a, b) => a.izquierda - b.izquierda)) {
      let r = finales.findIndex(fin => fin + 6 <= m.izquierda);
      if (r < 0) { r = finales.length; finales.push(0); }
      finales[r] = m.derecha;
      m.renglon = r;
    }
    return finales.length;
  }

  /** Marcas de los meses: una línea al empezar cada uno y su nombre corto (con el año en enero). */
  function meses(inicio, fin, x, arriba, abajo) {
    const grupo = s('g', { clase: 'meses', 'aria-hidden': 'true' });
    const ancho = x(masUnMes(inicio)) - x(inicio);
    const cada = ancho >= 60 ? 1 : ancho >= 30 ? 2 : 3;
    let n = 0;
    for (let m = inicioDeMes(inicio); m <= fin; m = masUnMes(m), n++) {
      if (n % cada) continue;
      const f = new Date(m * DIA);
      const desde = Math.max(m, inicio);
      const nombre = PREP.MESES[f.getUTCMonth()] + (f.getUTCMonth() === 0 || desde === inicio ? ' ' + f.getUTCFullYear() : '');
      if (m >= inicio) grupo.append(s('line', { clase: 'rejilla', x1: x(m), x2: x(m), y1: arriba, y2: abajo }));
      grupo.append(s('text', { clase: 'mes', x: x(desde) + 4, y: arriba - 6 }, nombre));
    }
    return grupo;
  }

  /** Una línea vertical con su rótulo arriba (la jornada, la fecha de referencia). */
  function lineaVertical(clase, texto, xl, yRotulo, arriba, abajo) {
    // el rótulo sale a la derecha de la línea, o a su izquierda si no cabe antes del borde
    const alFinal = xl > ANCHO - 260;
    return s('g', { clase: 'vertical ' + clase, role: 'img', 'aria-label': texto },
      s('title', {}, texto),
      s('line', { x1: xl, x2: xl, y1: arriba, y2: abajo }),
      s('text', { x: alFinal ? xl - 5 : xl + 5, y: yRotulo, 'text-anchor': alFinal ? 'end' : 'start' }, texto));
  }

  /** Lo que dice un entregable a quien no ve el dibujo: «E03 …: vence el 05/11/2021, pendiente». */
  function textoDe(x, prefijo) {
    const nombre = (prefijo || '') + x.codigo + ' ' + x.nombre + (x.periodo ? ' de ' + PREP.mesLegible(x.periodo) : '');
    const envio = envioDe(x) ? 'entregado el ' + PREP.fechaNumerica(envioDe(x)) : null;
    const estados = {
      'Enviado': envio || 'enviado',
      'Sin observaciones': [envio || 'entregado', 'sin observaciones'].join(', '),
      'Observaciones atendidas': [envio || 'entregado', 'observaciones atendidas'].join(', '),
      'Con observaciones': [envio || 'entregado', 'con observaciones del INE'].join(', '),
      'Vencido': 'vencido',
      'Sin registro': 'sin registro',
      'No aplica': 'no aplica',
      'Pendiente': 'pendiente'
    };
    return nombre + ': vence el ' + PREP.fechaNumerica(x.fechaLimite) + ', ' + (estados[x.estado] || x.estado.toLowerCase());
  }

  /** Una marca de entregable: su figura en la fecha límite, unida al punto de su envío. */
  function marca(m, y) {
    const x = m.entregable;
    const e = estadoDe(x.estado);
    const grupo = s('g', {
      clase: 'entregable ' + e.clase, role: 'img', 'aria-label': m.texto,
      'data-codigo': x.codigo, 'data-periodo': x.periodo, 'data-estado': x.estado,
      'data-fecha-limite': x.fechaLimite, 'data-fecha-envio': envioDe(x)
    }, s('title', {}, m.texto));
    if (m.xEnvio !== null) {
      grupo.append(s('line', { clase: 'union', x1: m.xEnvio, x2: m.xLimite, y1: y, y2: y }),
        s('circle', { clase: 'envio', cx: m.xEnvio, cy: y, r: 3 }));
    }
    grupo.append(figura(e.forma, m.xLimite, y, e.clase),
      s('text', { clase: 'rotulo-marca', x: Math.max(m.xLimite, m.xEnvio ?? m.xLimite) + 10, y: y + 4 }, m.rotulo));
    return grupo;
  }

  /** Los datos de la marca de un entregable en la escala, con el espacio que ocupa. */
  function medir(x, escalaX, rotulo, texto) {
    const xLimite = escalaX(dia(x.fechaLimite));
    const xEnvio = envioDe(x) ? escalaX(dia(envioDe(x))) : null;
    const derecha = Math.max(xLimite, xEnvio ?? xLimite) + 10 + rotulo.length * 7.2;
    return { entregable: x, xLimite, xEnvio, rotulo, texto, izquierda: Math.min(xLimite, xEnvio ?? xLimite) - 8, derecha };
  }

  function contenedor(svg, clase) {
    return PREP.h('div', { clase: 'linea-contenedor ' + (clase || '') }, svg);
  }

  /** La leyenda: cada estado presente con su figura y su nombre; el envío y las líneas. */
  function leyenda(estados, conEnvio) {
    const icono = (...hijos) => s('svg', { viewBox: '-9 -9 18 18', width: 18, height: 18, 'aria-hidden': 'true', focusable: 'false' }, ...hijos);
    const vistos = new Set();
    const items = [];
    for (const nombre of Object.keys(ESTADOS)) {
      const e = ESTADOS[nombre];
      if (!estados.has(nombre) || vistos.has(e.leyenda)) continue;
      vistos.add(e.leyenda);
      items.push(PREP.h('li', { clase: 'ley-' + e.clase }, icono(figura(e.forma, 0, 0, e.clase)), e.leyenda));
    }
    if (conEnvio) {
      items.push(PREP.h('li', {}, icono(s('line', { clase: 'union', x1: -8, x2: 6, y1: 0, y2: 0 }),
        s('circle', { clase: 'envio', cx: -5, cy: 0, r: 3 })), 'Fecha de envío, unida a su fecha límite'));
    }
    items.push(PREP.h('li', {}, icono(s('line', { clase: 'icono-jornada', x1: 0, x2: 0, y1: -8, y2: 8 })), 'Jornada electoral'));
    items.push(PREP.h('li', {}, icono(s('line', { clase: 'icono-referencia', x1: 0, x2: 0, y1: -8, y2: 8 })), 'Fecha de referencia'));
    return PREP.h('ul', { clase: 'leyenda leyenda-linea', 'aria-label': 'Qué dice cada marca' }, items);
  }

  /**
   * La línea de tiempo de un proceso (el expediente de la API): del mes de su primer plazo (el
   * primer informe mensual o el primer entregable) al fin del mes que sigue a la jornada. Las
   * marcas de los informes mensuales (E03) van en un renglón propio; las demás, acomodadas en
   * renglones sin encimarse. Devuelve el elemento para ponerlo en la página.
   */
  function deProceso(expediente) {
    const { h } = PREP;
    const conFecha = expediente.entregables.filter(x => x.fechaLimite);
    const sinFecha = expediente.entregables.length - conFecha.length;
    const jornada = expediente.proceso.jornada;
    const referencia = expediente.fechaReferencia;
    if (!conFecha.length) {
      return h('p', { clase: 'ayuda' }, 'Sin plazos que dibujar: ' + (jornada ? 'el proceso no espera entregables.' : 'el proceso no tiene jornada registrada.'));
    }
    const dias = conFecha.map(x => dia(x.fechaLimite))
      .concat(conFecha.filter(x => x.periodo).map(x => dia(x.periodo + '-01')));
    const inicio = inicioDeMes(Math.min(...dias));
    const fin = finDeMes(Math.max(...dias, jornada ? masUnMes(dia(jornada)) : -Infinity));
    const x = escala(inicio, fin, 12, 12);

    const mensuales = conFecha.filter(e => e.periodo).map(e => medir(e, x, PREP.MESES[Number(e.periodo.substring(5, 7)) - 1], textoDe(e)));
    const otros = conFecha.filter(e => !e.periodo).map(e => medir(e, x, e.codigo, textoDe(e)));
    const renglonesMensuales = Math.max(1, acomodar(mensuales));
    const renglones = acomodar(otros);

    const ejeY = 64;
    const alto = 24;
    const yMensual = ejeY + 30;
    const yTituloOtros = yMensual + renglonesMensuales * alto + 10;
    const yOtros = yTituloOtros + 22;
    const abajo = yOtros + Math.max(0, renglones - 1) * alto + 18;

    const idTitulo = 'linea-titulo';
    const titulo = 'Plazos de ' + expediente.entidad.nombre + ', ' + expediente.proceso.nombre + ', del '
      + PREP.fechaLegible(iso(inicio)) + ' al ' + PREP.fechaLegible(iso(fin));
    const svg = s('svg', {
      clase: 'linea-tiempo', viewBox: '0 0 ' + ANCHO + ' ' + abajo, width: '100%',
      role: 'group', 'aria-labelledby': idTitulo
    }, s('title', { id: idTitulo }, titulo));
    svg.append(meses(inicio, fin, x, ejeY, abajo));
    svg.append(s('line', { clase: 'eje', x1: x(inicio), x2: x(fin), y1: ejeY, y2: ejeY }));
    // las líneas de la jornada y de la referencia, detrás de las marcas
    const dJornada = jornada ? dia(jornada) : null;
    if (dJornada !== null && dJornada >= inicio && dJornada <= fin) {
      svg.append(lineaVertical('jornada', 'Jornada electoral: ' + PREP.fechaLegible(jornada), x(dJornada), 16, 22, abajo));
    }
    const dReferencia = dia(referencia);
    const referenciaDentro = dReferencia >= inicio && dReferencia <= fin;
    if (referenciaDentro) {
      svg.append(lineaVertical('referencia', 'Fecha de referencia: ' + PREP.fechaLegible(referencia), x(dReferencia), 36, 42, abajo));
    }

    svg.append(s('text', { clase: 'titulo-fila', x: 12, y: ejeY + 14 }, 'Informes mensuales (E03)'));
    svg.append(s('g', { clase: 'fila fila-mensual', role: 'list', 'aria-label': 'Informes mensuales (E03)' },
      mensuales.map(m => s('g', { role: 'listitem' }, marca(m, yMensual + m.renglon * alto)))));
    svg.append(s('line', { clase: 'separador', x1: x(inicio), x2: x(fin), y1: yTituloOtros - 12, y2: yTituloOtros - 12 }));
    svg.append(s('text', { clase: 'titulo-fila', x: 12, y: yTituloOtros }, 'Demás entregables, en su fecha límite'));
    svg.append(s('g', { clase: 'fila fila-entregables', role: 'list', 'aria-label': 'Demás entregables' },
      otros.sort((a, b) => a.xLimite - b.xLimite).map(m => s('g', { role: 'listitem' }, marca(m, yOtros + m.renglon * alto)))));

    // en una pantalla angosta el dibujo se desliza de lado: se abre con la fecha de referencia a la vista
    if (referenciaDentro) {
      requestAnimationFrame(() => {
        const caja = svg.parentElement;
        if (!caja || caja.scrollWidth <= caja.clientWidth) return;
        const pixeles = svg.getBoundingClientRect().width / ANCHO;
        caja.scrollLeft = Math.max(0, x(dReferencia) * pixeles - caja.clientWidth * 0.1);
      });
    }

    const estados = new Set(conFecha.map(e => e.estado));
    const notas = [
      sinFecha ? sinFecha + (sinFecha === 1 ? ' entregable sin fecha límite no aparece' : ' entregables sin fecha límite no aparecen') + ' en el dibujo.' : null,
      referenciaDentro ? null : 'La fecha de referencia (' + PREP.fechaLegible(referencia) + ') queda fuera de este periodo.'
    ].filter(Boolean).join(' ');
    return h('figure', { clase: 'linea-figura' },
      contenedor(svg),
      h('figcaption', {}, leyenda(estados, conFecha.some(envioDe)),
        h('p', { clase: 'ayuda' }, 'Cada marca es un entregable en su fecha límite; la tabla de abajo tiene los mismos datos. ', notas)));
  }

  /**
   * La franja de lo que vence en los próximos días (la respuesta de /api/vencimientos): un renglón
   * por entidad, cada entregable en su fecha límite y con enlace a la página de su entidad.
   */
  function proximos(datos, enlace) {
    const { h } = PREP;
    const inicio = dia(datos.desde);
    const fin = dia(datos.hasta);
    const izquierda = 150;
    const x = escala(inicio, fin, izquierda, 16);
    const porEntidad = new Map();
    for (const v of datos.vencimientos) {
      if (!porEntidad.has(v.entidad.clave)) porEntidad.set(v.entidad.clave, { entidad: v.entidad, marcas: [] });
      const rotulo = v.codigo + (v.periodo ? ' ' + PREP.MESES[Number(v.periodo.substring(5, 7)) - 1] : '');
      const faltan = v.diasRestantes === 0 ? 'vence hoy' : v.diasRestantes === 1 ? 'falta 1 día' : 'faltan ' + v.diasRestantes + ' días';
      porEntidad.get(v.entidad.clave).marcas.push(Object.assign(
        medir(v, x, rotulo, textoDe(v, v.entidad.nombre + ' · ') + ' (' + faltan + ')'), { vencimiento: v }));
    }
    const ejeY = 34;
    const alto = 26;
    let y = ejeY + 26;
    const filas = [];
    for (const { entidad, marcas } of porEntidad.values()) {
      const renglones = acomodar(marcas);
      const yFila = y;
      filas.push(s('g', { clase: 'fila fila-entidad', role: 'listitem', 'data-entidad': entidad.clave },
        s('text', { clase: 'titulo-fila', x: 8, y: yFila + 4 }, entidad.nombre),
        s('g', { role: 'list', 'aria-label': entidad.nombre },
          marcas.map(m => s('g', { role: 'listitem' }, s('a', { href: enlace(m.vencimiento) }, marca(m, yFila + m.renglon * alto)))))));
      y += renglones * alto + 8;
    }
    const abajo = Math.max(y, ejeY + 40) - 4;
    const svg = s('svg', {
      clase: 'linea-tiempo franja', viewBox: '0 0 ' + ANCHO + ' ' + abajo, width: '100%', role: 'group', 'aria-labelledby': 'franja-titulo'
    }, s('title', { id: 'franja-titulo' }, 'Lo que vence del ' + PREP.fechaLegible(datos.desde) + ' al ' + PREP.fechaLegible(datos.hasta)));
    // una marca por semana, desde la fecha de referencia
    const semanas = s('g', { clase: 'meses', 'aria-hidden': 'true' });
    for (let d = inicio; d <= fin; d += 7) {
      semanas.append(s('line', { clase: 'rejilla', x1: x(d), x2: x(d), y1: ejeY, y2: abajo }),
        s('text', { clase: 'mes', x: x(d) + 3, y: ejeY - 6 }, PREP.fechaLegible(iso(d)).replace(/\/\d{4}$/, '')));
    }
    svg.append(semanas, s('line', { clase: 'eje', x1: izquierda, x2: x(fin), y1: ejeY, y2: ejeY }));
    if (!filas.length) {
      svg.append(s('text', { clase: 'titulo-fila', x: izquierda, y: ejeY + 24 }, 'Ningún entregable pendiente vence en estos días.'));
    }
    svg.append(lineaVertical('referencia', 'Fecha de referencia: ' + PREP.fechaLegible(datos.desde), x(inicio), 14, ejeY - 2, abajo));
    svg.append(s('g', { role: 'list', 'aria-label': 'Entidades' }, filas));
    return contenedor(svg, 'franja-contenedor');
  }

  return { deProceso, proximos };
})();
