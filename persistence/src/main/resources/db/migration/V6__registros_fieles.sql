-- Registros fieles a los informes (issue 11).

-- Oficios que los informes citan sin fecha, o con solo el mes: la fecha es opcional, y fecha_mes
-- ('aaaa-mm') guarda el mes cuando no se sabe el día (nunca se convierte en un día).
alter table oficio alter column fecha drop not null;
alter table oficio add column fecha_mes varchar(7);
alter table acuerdo add column fecha_mes varchar(7);

-- Una respuesta a varios oficios: sus números separados por ';'.
alter table oficio alter column en_respuesta_a set data type varchar(400);

-- Lo que llevó el oficio, un anexo por renglón.
alter table oficio add column anexos varchar(4000);

-- El periodo en que los registros del proceso están completos, la jornada que cambió y la
-- versión de los Lineamientos con que se mide el proceso (en blanco: la de su jornada).
alter table proceso_electoral add column seguimiento_desde date;
alter table proceso_electoral add column seguimiento_hasta date;
alter table proceso_electoral add column jornada_original date;
alter table proceso_electoral add column cambio_de_jornada date;
alter table proceso_electoral add column lineamientos varchar(10);

-- El catálogo por versión de los Lineamientos: el punto del numeral 33 después de INE/CG825/2022
-- (el del código), si el entregable existía antes (E01 no) y su punto antes (uno menos).
alter table definicion_entregable add column punto integer;
alter table definicion_entregable add column existe_antes boolean default true not null;
alter table definicion_entregable add column punto_anterior integer;
update definicion_entregable set punto = cast(substring(codigo, 2, 2) as integer);
update definicion_entregable set punto_anterior = punto - 1 where codigo <> 'E01';
update definicion_entregable set existe_antes = false, punto_anterior = null where codigo = 'E01';
