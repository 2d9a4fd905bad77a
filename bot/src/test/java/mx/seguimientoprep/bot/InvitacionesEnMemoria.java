package mx.seguimientoprep.bot;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import mx.seguimientoprep.bot.acceso.Invitaciones;
import mx.seguimientoprep.bot.acceso.Vinculo;

/** Códigos de un solo uso que vencen, como los que crea un administrador en la web. */
public final class InvitacionesEnMemoria implements Invitaciones {

  private record Invitacion(Vinculo vinculo, Instant vence) {}

  private final Map<String, Invitacion> pendientes = new HashMap<>();
  private final Map<Long, Vinculo> vinculados = new HashMap<>();

  public void invitar(String codigo, Vinculo vinculo, Instant vence) {
    pendientes.put(codigo, new Invitacion(vinculo, vence));
  }

  public Optional<Vinculo> vinculoDe(long usuario) {
    return Optional.ofNullable(vinculados.get(usuario));
  }

  @Override
  public boolean anular(String codigo, Instant ahora) {
    Invitacion invitacion = pendientes.remove(codigo);
    return invitacion != null && !ahora.isAfter(invitacion.vence());
  }

  @Override
  public Optional<Vinculo> canjear(
      String codigo, long usuarioTelegram, String nombreTelegram, Instant ahora) {
    Invitacion invitacion = pendientes.remove(codigo);
    if (invitacion == null || ahora.isAfter(invitacion.vence())) {
      return Optional.empty();
    }
    vinculados.put(usuarioTelegram, invitacion.vinculo());
    return Optional.of(invitacion.vinculo());
  }
}
