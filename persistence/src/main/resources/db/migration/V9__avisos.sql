-- Los avisos del bot: las suscripciones de las personas vinculadas a una entidad y cada aviso
-- enviado o intentado. La llave única de aviso (suscripción, tipo, asunto) es donde un aviso que
-- otra pasada u otro nodo ya reclamó se rechaza: así sale una sola vez.

create sequence suscripcion_seq start with 1 increment by 50;

create table suscripcion (
    id               bigint                   not null,
    usuario_telegram bigint                   not null,
    chat             bigint                   not null,
    entidad_clave    varchar(2)               not null,
    creada           timestamp with time zone not null,
    cancelada        timestamp with time zone,
    version          bigint                   not null,
    constraint pk_suscripcion primary key (id),
    constraint uk_suscripcion unique (usuario_telegram, chat, entidad_clave),
    constraint fk_suscripcion_entidad foreign key (entidad_clave) references entidad (clave)
);

create index ix_suscripcion_entidad on suscripcion (entidad_clave, cancelada);

create sequence aviso_seq start with 1 increment by 50;

create table aviso (
    id               bigint                   not null,
    suscripcion_id   bigint                   not null,
    tipo             varchar(30)              not null,
    asunto           varchar(200)             not null,
    vence            date,
    estado           varchar(20)              not null,
    intentos         integer                  not null,
    reclamado        timestamp with time zone not null,
    enviado          timestamp with time zone,
    mensaje_telegram bigint,
    motivo           varchar(1000),
    nodo             varchar(100),
    constraint pk_aviso primary key (id),
    constraint uk_aviso unique (suscripcion_id, tipo, asunto),
    constraint fk_aviso_suscripcion foreign key (suscripcion_id) references suscripcion (id)
);

create index ix_aviso_vence on aviso (vence);
create index ix_aviso_reclamado on aviso (reclamado);

-- Los avisos de observaciones del INE buscan cada minuto los oficios registrados recientemente.
create index ix_cambio_momento on cambio (momento);
