-- Los mensajes que el bot no entendió, contados por día: un comando que no existe (`/borrar`) o
-- una frase sin comando ni entidad, con el comando cuyo ejemplo se sugirió primero. No se guarda
-- el texto de ningún mensaje.

create table mensaje_no_entendido (
    dia     date        not null,
    clase   varchar(10) not null,
    intento varchar(40) not null,
    cuantos bigint      not null,
    constraint pk_mensaje_no_entendido primary key (dia, clase, intento)
);
