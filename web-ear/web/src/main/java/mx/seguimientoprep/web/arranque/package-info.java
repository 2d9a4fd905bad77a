/**
 * Lo que ocurre al desplegar la aplicación: migraciones, primera cuenta y datos de demostración.
 */
package mx.seguimientoprep.web.arranque;
