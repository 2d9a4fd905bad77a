/**
 * La aplicación web: el único lugar que conoce todos los módulos y los ensambla (la raíz de
 * composición).
 */
package mx.seguimientoprep.web;
