/**
 * Los comandos del bot, cada uno descrito una sola vez ({@link
 * mx.seguimientoprep.bot.comando.Comando}, como una {@code Ability} de TelegramBots): de esos
 * descriptores salen el intérprete, /ayuda y el menú de Telegram, y con ellos el despachador revisa
 * el rol y el chat antes de llamar al manejador.
 *
 * <p>Agregar un comando (por ejemplo `/informe durango` o `/suscribir`) es un descriptor y un
 * manejador, los dos en {@code mx.seguimientoprep.bot.ComandosDelBot}:
 *
 * <ol>
 *   <li>el descriptor, una constante, y la constante en la lista {@code TODOS}, en el lugar en que
 *       debe aparecer en /ayuda y en el menú:
 *       <pre>{@code
 * public static final Comando<Contexto> INFORME =
 *     Comando.<Contexto>llamado("informe")
 *         .ayuda("/informe durango", "el informe mensual de una entidad")
 *         .porEntidad()
 *         .frases(Frase.con(TEMA, Set.of("informe", "informes")))
 *         .atiende(ComandosDelBot::informe);
 * }</pre>
 *       Con {@code soloPara} se limita a unos roles y con {@code soloEn} a un tipo de chat; sin
 *       renglones de ayuda no se anuncia ni en /ayuda ni en el menú.
 *   <li>el manejador, un método que recibe el {@code Contexto} y contesta con {@code Respuesta}s;
 *       lo que se redacta de un modelo de lectura del dominio va en {@code bot.respuesta}.
 * </ol>
 *
 * <p>Nada más cambia: el intérprete reconoce sus nombres y sus frases, /ayuda y el menú lo
 * muestran, y {@code ComandosDelBotTest} comprueba que aparece en la ayuda de los roles que pueden
 * usarlo y en el menú de los chats en que se atiende.
 */
package mx.seguimientoprep.bot.comando;
