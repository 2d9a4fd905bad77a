-- The log of workbook uploads, and the row that serializes imports (on every node of a cluster).

create sequence importacion_seq start with 1 increment by 50;

create table importacion (
    id        bigint                   not null,
    momento   timestamp with time zone not null,
    usuario   varchar(100)             not null,
    archivo   varchar(300)             not null,
    sha256    varchar(64)              not null,
    estado    varchar(20)              not null,
    conteos   varchar(1000)            not null,
    errores   integer                  not null,
    avisos    integer                  not null,
    constraint pk_importacion primary key (id)
);

create index ix_importacion_momento on importacion (momento);

create table candado_importacion (
    id      integer not null,
    version bigint  not null,
    constraint pk_candado_importacion primary key (id)
);

insert into candado_importacion (id, version) values (1, 0);
