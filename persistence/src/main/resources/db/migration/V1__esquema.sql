-- Esquema de Seguimiento PREP. SQL portable: corre igual en H2 2.2 y en PostgreSQL 15.
-- Los nombres de tablas y columnas son los del mapeo JPA del módulo domain (Hibernate no valida el esquema).
-- Los textos largos son varchar(4000); las fichas del historial, varchar(12000).

create table entidad (
    clave          varchar(2)   not null,
    nombre         varchar(100) not null,
    siglas         varchar(40)  not null,
    nombre_oficial varchar(200) not null,
    alias          varchar(400),
    version        bigint       not null,
    constraint pk_entidad primary key (clave)
);

create table definicion_entregable (
    codigo  varchar(10)  not null,
    nombre  varchar(300) not null,
    plazo   varchar(40),
    version bigint       not null,
    constraint pk_definicion_entregable primary key (codigo)
);

create sequence proceso_electoral_seq start with 1 increment by 50;

create table proceso_electoral (
    id                  bigint       not null,
    entidad_clave       varchar(2)   not null,
    nombre              varchar(200) not null,
    jornada             date,
    instancia_interna   varchar(300),
    titular_instancia   varchar(300),
    acuerdo_designacion varchar(80),
    realizacion         varchar(20),
    ente_auditor        varchar(300),
    version             bigint       not null,
    constraint pk_proceso_electoral primary key (id),
    constraint uk_proceso_electoral_entidad_nombre unique (entidad_clave, nombre),
    constraint fk_proceso_electoral_entidad foreign key (entidad_clave) references entidad (clave)
);

create sequence integrante_cotaprep_seq start with 1 increment by 50;

create table integrante_cotaprep (
    id          bigint       not null,
    proceso_id  bigint       not null,
    nombre      varchar(200) not null,
    institucion varchar(300),
    cargo       varchar(20)  not null,
    acuerdo     varchar(80),
    version     bigint       not null,
    constraint pk_integrante_cotaprep primary key (id),
    constraint uk_integrante_cotaprep_proceso_nombre unique (proceso_id, nombre),
    constraint fk_integrante_cotaprep_proceso foreign key (proceso_id) references proceso_electoral (id)
);

create sequence acuerdo_seq start with 1 increment by 50;

create table acuerdo (
    id            bigint        not null,
    entidad_clave varchar(2)    not null,
    proceso_id    bigint,
    clave         varchar(80)   not null,
    fecha         date,
    organo        varchar(20),
    sesion        varchar(200),
    entregable    varchar(10),
    descripcion   varchar(4000) not null,
    version       bigint        not null,
    constraint pk_acuerdo primary key (id),
    constraint uk_acuerdo_entidad_clave unique (entidad_clave, clave),
    constraint fk_acuerdo_entidad foreign key (entidad_clave) references entidad (clave),
    constraint fk_acuerdo_proceso foreign key (proceso_id) references proceso_electoral (id),
    constraint fk_acuerdo_entregable foreign key (entregable) references definicion_entregable (codigo)
);

create index ix_acuerdo_proceso on acuerdo (proceso_id);
create index ix_acuerdo_entregable on acuerdo (entregable);

create sequence oficio_seq start with 1 increment by 50;

create table oficio (
    id             bigint        not null,
    entidad_clave  varchar(2)    not null,
    proceso_id     bigint        not null,
    numero         varchar(80)   not null,
    fecha          date          not null,
    sentido        varchar(20)   not null,
    remitente      varchar(300),
    destinatario   varchar(300),
    asunto         varchar(4000) not null,
    entregables    varchar(400),
    en_respuesta_a varchar(80),
    resultado      varchar(30),
    notas          varchar(4000),
    version        bigint        not null,
    constraint pk_oficio primary key (id),
    constraint uk_oficio_numero unique (numero),
    constraint fk_oficio_entidad foreign key (entidad_clave) references entidad (clave),
    constraint fk_oficio_proceso foreign key (proceso_id) references proceso_electoral (id)
);

create index ix_oficio_entidad_fecha on oficio (entidad_clave, fecha);
create index ix_oficio_proceso on oficio (proceso_id);
create index ix_oficio_en_respuesta_a on oficio (en_respuesta_a);

create sequence sesion_seq start with 1 increment by 50;

create table sesion (
    id            bigint      not null,
    entidad_clave varchar(2)  not null,
    proceso_id    bigint      not null,
    organo        varchar(30) not null,
    tipo          varchar(30) not null,
    numero        integer,
    fecha         date        not null,
    orden_del_dia varchar(4000),
    resultados    varchar(4000),
    version       bigint      not null,
    constraint pk_sesion primary key (id),
    constraint uk_sesion_proceso_organo_tipo_fecha unique (proceso_id, organo, tipo, fecha),
    constraint fk_sesion_entidad foreign key (entidad_clave) references entidad (clave),
    constraint fk_sesion_proceso foreign key (proceso_id) references proceso_electoral (id)
);

create index ix_sesion_entidad on sesion (entidad_clave);

create sequence entregable_seq start with 1 increment by 50;

-- periodo: 'aaaa-mm' para los entregables mensuales y '' (no NULL) para los demás, para que la clave única sirva.
create table entregable (
    id               bigint      not null,
    proceso_id       bigint      not null,
    codigo           varchar(10) not null,
    periodo          varchar(7)  not null,
    fecha_limite     date,
    estado           varchar(30) not null,
    fecha_envio      date,
    oficio_envio     varchar(80),
    oficio_respuesta varchar(80),
    observaciones    varchar(4000),
    version          bigint      not null,
    constraint pk_entregable primary key (id),
    constraint uk_entregable_proceso_codigo_periodo unique (proceso_id, codigo, periodo),
    constraint fk_entregable_proceso foreign key (proceso_id) references proceso_electoral (id),
    constraint fk_entregable_definicion foreign key (codigo) references definicion_entregable (codigo)
);

create index ix_entregable_codigo on entregable (codigo);

create sequence cambio_seq start with 1 increment by 50;

-- Historial: sin llave foránea, para que una línea de historial nunca impida nada ni desaparezca.
create table cambio (
    id             bigint                   not null,
    momento        timestamp with time zone not null,
    usuario        varchar(100)             not null,
    canal          varchar(20)              not null,
    tipo           varchar(40)              not null,
    clave          varchar(200)             not null,
    entidad_clave  varchar(2),
    operacion      varchar(20)              not null,
    campo          varchar(100),
    valor_anterior varchar(12000),
    valor_nuevo    varchar(12000),
    constraint pk_cambio primary key (id)
);

create index ix_cambio_entidad on cambio (entidad_clave);
create index ix_cambio_tipo_clave on cambio (tipo, clave);

-- Cuentas de las personas; el realm JDBC de Elytron las lee directamente. Sin entidad JPA en domain.
create sequence usuario_seq start with 1 increment by 50;

create table usuario (
    id          bigint       not null,
    nombre      varchar(100) not null,
    clave_hash  varchar(200) not null,
    sal         varchar(100) not null,
    iteraciones integer      not null,
    activo      boolean      not null,
    version     bigint       not null,
    constraint pk_usuario primary key (id),
    constraint uk_usuario_nombre unique (nombre)
);

create table usuario_rol (
    usuario_id bigint      not null,
    rol        varchar(20) not null,
    constraint pk_usuario_rol primary key (usuario_id, rol),
    constraint fk_usuario_rol_usuario foreign key (usuario_id) references usuario (id)
);
