package mx.seguimientoprep.domain.calendario;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/** Crear, listar y revocar los calendarios personales, y abrir uno por su token. */
public interface CalendariosPersonales {

  /**
   * Un calendario personal como se lista: nunca con su token.
   *
   * @param proceso el nombre del proceso, o {@code null} si sigue al actual
   */
  record Calendario(
      long id,
      String cuenta,
      ClaveEntidad entidad,
      String nombreEntidad,
      String proceso,
      Instant creado,
      Instant usado) {}

  /** Un calendario recién creado y su token, que solo se conoce ahora. */
  record Creado(Calendario calendario, String token) {}

  /** Lo que un token abre: los plazos de esa entidad, de ese proceso o del actual. */
  record Destino(String cuenta, ClaveEntidad entidad, Optional<String> proceso) {}

  /**
   * @param proceso el nombre del proceso, ya comprobado, o {@code null} para el actual
   */
  Creado crear(String cuenta, ClaveEntidad entidad, String proceso, Instant ahora);

  /** Los de la cuenta, del más reciente al más antiguo. */
  List<Calendario> deCuenta(String cuenta);

  /** Los de todas las cuentas, del más reciente al más antiguo. */
  List<Calendario> todos();

  /**
   * Revoca (borra) el calendario: su dirección deja de abrir.
   *
   * @param cuenta la cuenta a la que debe pertenecer; vacía, cualquiera (el administrador)
   * @return {@code false} si no existe o no es de esa cuenta
   */
  boolean revocar(long id, Optional<String> cuenta);

  /**
   * Lo que abre el token, si existe y su cuenta está activa; anota que se usó. Un token con otra
   * forma no se busca.
   */
  Optional<Destino> abrir(String token, Instant ahora);
}
