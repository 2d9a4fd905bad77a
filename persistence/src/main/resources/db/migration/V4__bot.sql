-- The Telegram bot: invitations, linked users, conversations in progress, and the updates
-- received (their primary key is where a repeated update is refused, on every node).

create sequence invitacion_bot_seq start with 1 increment by 50;

create table invitacion_bot (
    id          bigint                   not null,
    codigo_hash varchar(64)              not null,
    rol         varchar(20)              not null,
    nombre      varchar(200)             not null,
    creada      timestamp with time zone not null,
    creada_por  varchar(100)             not null,
    expira      timestamp with time zone not null,
    usada_por   bigint,
    usada_en    timestamp with time zone,
    version     bigint                   not null,
    constraint pk_invitacion_bot primary key (id),
    constraint uk_invitacion_bot_codigo unique (codigo_hash)
);

create table vinculo_telegram (
    usuario_telegram bigint                   not null,
    nombre_telegram  varchar(200),
    rol              varchar(20)              not null,
    cuenta           varchar(200)             not null,
    activo           boolean                  not null,
    creado           timestamp with time zone not null,
    revocado         timestamp with time zone,
    version          bigint                   not null,
    constraint pk_vinculo_telegram primary key (usuario_telegram)
);

create table conversacion_bot (
    chat        bigint                   not null,
    estado      varchar(12000)           not null,
    actualizada timestamp with time zone not null,
    version     bigint                   not null,
    constraint pk_conversacion_bot primary key (chat)
);

create table update_telegram (
    update_id bigint                   not null,
    recibido  timestamp with time zone not null,
    estado    varchar(20)              not null,
    contenido varchar(200000),
    concluido timestamp with time zone,
    constraint pk_update_telegram primary key (update_id)
);

create index ix_update_telegram_estado on update_telegram (estado, recibido);
