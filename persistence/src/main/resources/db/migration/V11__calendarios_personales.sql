-- Los calendarios personales: la dirección secreta con que una aplicación de calendario, que no
-- puede iniciar sesión, lee los plazos de una entidad. Del token solo se guarda su SHA-256; la
-- llave única es también el índice con que se busca. Pertenece a una cuenta (por su nombre, que no
-- cambia): desactivarla lo deja sin efecto.

create sequence calendario_personal_seq start with 1 increment by 50;

create table calendario_personal (
    id            bigint                   not null,
    cuenta        varchar(100)             not null,
    entidad_clave varchar(2)               not null,
    proceso       varchar(200),
    token_hash    varchar(64)              not null,
    creado        timestamp with time zone not null,
    usado         timestamp with time zone,
    version       bigint                   not null,
    constraint pk_calendario_personal primary key (id),
    constraint uk_calendario_personal_token unique (token_hash),
    constraint fk_calendario_personal_cuenta foreign key (cuenta) references usuario (nombre),
    constraint fk_calendario_personal_entidad foreign key (entidad_clave) references entidad (clave)
);

create index ix_calendario_personal_cuenta on calendario_personal (cuenta);
