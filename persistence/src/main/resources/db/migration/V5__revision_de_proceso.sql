-- La revisión de cada proceso: las escrituras que tocan sus registros la incrementan, y la caché
-- del estado solo vuelve a leer los procesos cuya revisión cambió.
alter table proceso_electoral add column revision bigint default 0 not null;

-- El último oficio de un proceso a una fecha se busca por proceso y fecha; este índice sustituye
-- al de solo el proceso.
create index ix_oficio_proceso_fecha on oficio (proceso_id, fecha);
drop index ix_oficio_proceso;
