package mx.seguimientoprep.domain.acceso;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Quién puede hablar con el bot: invitar, canjear una invitación, listar y revocar vínculos. */
public interface AccesoBot {

  /** Una invitación recién creada: el código, que no se vuelve a mostrar, y cuándo vence. */
  record InvitacionCreada(String codigo, String rol, String nombre, Instant expira) {}

  /**
   * Crea una invitación con un código nuevo; solo se guarda su hash.
   *
   * @param rol {@code consejero} o {@code capturista}, ya validado por quien invita
   * @throws mx.seguimientoprep.domain.DatoInvalido si falta el nombre o es demasiado largo
   */
  InvitacionCreada invitar(String rol, String nombre, String creadaPor, Instant ahora);

  /**
   * Vincula al usuario de Telegram con el rol de la invitación y la marca usada.
   *
   * @return el vínculo; vacío si el código no existe, ya se usó o venció
   */
  Optional<VinculoTelegram> canjear(
      String codigo, long usuarioTelegram, String nombreTelegram, Instant ahora);

  /**
   * Anula la invitación de ese código si aún era vigente (se escribió en un grupo: otros pudieron
   * verlo).
   *
   * @return si había una invitación vigente con ese código
   */
  boolean anular(String codigo, Instant ahora);

  /** El vínculo vigente del usuario de Telegram: vacío si no tiene o si se revocó. */
  Optional<VinculoTelegram> vinculoActivo(long usuarioTelegram);

  /** Los vínculos vigentes, el más reciente primero. */
  List<VinculoTelegram> vinculados();

  /**
   * Revoca el vínculo: el usuario deja de ser atendido desde su siguiente mensaje.
   *
   * @return {@code false} si no había un vínculo vigente con ese usuario
   */
  boolean revocar(long usuarioTelegram, Instant ahora);
}
