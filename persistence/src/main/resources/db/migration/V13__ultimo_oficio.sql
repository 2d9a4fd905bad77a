-- El último oficio de un proceso a una fecha (el de fecha mayor y, a igual fecha, el registrado
-- después) se lee en el orden de este índice: la base baja por él y se detiene en la primera fila,
-- sin recorrer los miles de oficios del proceso. Sustituye al de proceso y fecha ascendente, que
-- sirve igual a las búsquedas por proceso y por rango de fechas.
create index ix_oficio_proceso_reciente on oficio (proceso_id, fecha desc, id desc);
drop index ix_oficio_proceso_fecha;
