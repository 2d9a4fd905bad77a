package mx.seguimientoprep.bot;

import java.util.List;
import mx.seguimientoprep.bot.comando.Menu;
import mx.seguimientoprep.bot.respuesta.Respuesta;

/**
 * Lo que el transporte (webhook, long polling o la consola de la web) llama con cada mensaje o
 * botón. Contesta los mensajes que hay que enviar al mismo chat, en orden, cada uno de a lo más
 * {@link Respuesta#LIMITE} caracteres; una lista vacía si no hay nada que contestar.
 */
public interface UpdateDispatcher {

  List<Respuesta> atender(MensajeEntrante mensaje);

  /** El menú de comandos que el transporte registra en Telegram (setMyCommands). */
  Menu menu();
}
