-- La última pregunta entendida de cada chat del bot: con ella se entienden «¿y Coahuila?», una
-- pregunta sin entidad después de nombrar una, y «otra vez», durante 30 minutos, en cualquier nodo
-- y después de un reinicio. Guarda lo entendido (el comando, la entidad, la fecha, el entregable,
-- los documentos y las palabras en su forma comparable), no el mensaje; la vencida se borra.
create table pregunta_reciente (
    chat     bigint                   not null,
    pregunta varchar(8000)            not null,
    hecha    timestamp with time zone not null,
    constraint pk_pregunta_reciente primary key (chat)
);

create index ix_pregunta_reciente_hecha on pregunta_reciente (hecha);
