package mx.seguimientoprep.bot.comando;

import java.util.List;
import mx.seguimientoprep.bot.respuesta.Respuesta;

/**
 * Lo que hace un comando cuando se pide y quien lo pide puede usarlo ahí: contesta con los mensajes
 * que hay que enviar, en orden.
 *
 * @param <C> lo que el despachador le da al manejador: el mensaje, lo que se entendió de él y con
 *     qué contestarlo
 */
@FunctionalInterface
public interface Manejador<C> {

  List<Respuesta> atender(C contexto);
}
