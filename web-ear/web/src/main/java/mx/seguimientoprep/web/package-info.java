/**
 * La aplicación web: el único lugar que conoce todos los módulos y los ensambla (la raíz de
 * composición). Ensamblan este paquete (la configuración), {@code web.bot}, {@code web.arranque},
 * {@code web.importacion} y {@code web.exportacion}; las entradas ({@code web.api}, {@code
 * web.pagina}, {@code web.telegram}) los usan y no se conocen entre sí (ReglaDeDependenciasTest).
 */
package mx.seguimientoprep.web;
