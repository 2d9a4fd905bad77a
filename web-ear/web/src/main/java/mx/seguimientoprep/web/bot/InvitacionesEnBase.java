package mx.seguimientoprep.web.bot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import mx.seguimientoprep.bot.acceso.Invitaciones;
import mx.seguimientoprep.bot.acceso.Vinculo;
import mx.seguimientoprep.domain.acceso.AccesoBot;
import mx.seguimientoprep.domain.acceso.VinculoTelegram;
import mx.seguimientoprep.domain.usuario.Rol;

/** El canje de invitaciones del bot y los vínculos, con el caso de uso de acceso de la base. */
@ApplicationScoped
public class InvitacionesEnBase implements Invitaciones {

  @Inject AccesoBot acceso;

  @Override
  public Optional<Vinculo> canjear(
      String codigo, long usuarioTelegram, String nombreTelegram, Instant ahora) {
    return acceso
        .canjear(codigo, usuarioTelegram, nombreTelegram, ahora)
        .flatMap(InvitacionesEnBase::vinculo);
  }

  @Override
  public boolean anular(String codigo, Instant ahora) {
    return acceso.anular(codigo, ahora);
  }

  /**
   * El vínculo vigente del usuario, leído en cada mensaje: revocar surte efecto en el siguiente.
   */
  public Optional<Vinculo> vinculoDe(long usuarioTelegram) {
    return acceso.vinculoActivo(usuarioTelegram).flatMap(InvitacionesEnBase::vinculo);
  }

  static Optional<Vinculo> vinculo(VinculoTelegram guardado) {
    return Rol.delBot(guardado.getRol()).map(rol -> new Vinculo(rol, guardado.getCuenta()));
  }
}
