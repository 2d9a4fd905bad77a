/**
 * Los avisos que el bot envía sin que se los pidan: las suscripciones de las personas vinculadas a
 * una entidad, cada aviso enviado (con su llave única, para que salga una sola vez) y la función
 * pura que decide qué avisos tocan en una pasada ({@link PlanDeAvisos}).
 */
package mx.seguimientoprep.domain.aviso;
