-- El informe mensual (E03): la plantilla de membrete de cada entidad (un documento .docx, nunca
-- código) y la constancia de cada informe generado, por proceso y mes.

create table plantilla_informe (
    entidad_clave varchar(2)               not null,
    archivo       varchar(300)             not null,
    contenido     bytea                    not null,
    tamano        integer                  not null,
    sha256        varchar(64)              not null,
    usuario       varchar(100)             not null,
    momento       timestamp with time zone not null,
    constraint pk_plantilla_informe primary key (entidad_clave),
    constraint fk_plantilla_informe_entidad foreign key (entidad_clave) references entidad (clave)
);

create sequence informe_generado_seq start with 1 increment by 50;

create table informe_generado (
    id         bigint                   not null,
    proceso_id bigint                   not null,
    mes        varchar(7)               not null,
    veces      integer                  not null,
    primera    timestamp with time zone not null,
    ultima     timestamp with time zone not null,
    usuario    varchar(100)             not null,
    constraint pk_informe_generado primary key (id),
    constraint uq_informe_generado unique (proceso_id, mes),
    constraint fk_informe_generado_proceso foreign key (proceso_id) references proceso_electoral (id)
);
