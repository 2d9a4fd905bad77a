/**
 * Los plazos de un proceso como calendario iCalendar (RFC 5545), escrito con iCal4j: lo que las
 * aplicaciones de calendario del personal leen.
 */
package mx.seguimientoprep.web.calendario;
