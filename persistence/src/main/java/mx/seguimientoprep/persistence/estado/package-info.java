/** Las lecturas del estado del PREP, con las consultas justas (sin N+1). */
package mx.seguimientoprep.persistence.estado;
