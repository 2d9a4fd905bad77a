package mx.seguimientoprep.persistence.calendario;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.calendario.CalendarioPersonal;
import mx.seguimientoprep.domain.calendario.CalendariosPersonales;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;

/**
 * Los calendarios personales, cada operación en su transacción. Abrir uno cuesta lo mismo con
 * cualquier token: su SHA-256 y una búsqueda por la llave única de la columna del hash (con la
 * cuenta, que debe estar activa, en la misma consulta).
 */
@ApplicationScoped
@Transactional
public class CalendariosPersonalesJpa implements CalendariosPersonales {

  private static final String LISTA =
      "select c, e.nombre from CalendarioPersonal c, Entidad e where e.clave = c.entidad";

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  @Override
  public Creado crear(String cuenta, ClaveEntidad entidad, String proceso, Instant ahora) {
    String token = CalendarioPersonal.nuevoToken();
    CalendarioPersonal calendario = new CalendarioPersonal(token, cuenta, entidad, proceso, ahora);
    em.persist(calendario);
    em.flush();
    String nombre =
        em.createQuery("select e.nombre from Entidad e where e.clave = :clave", String.class)
            .setParameter("clave", entidad.valor())
            .getSingleResult();
    return new Creado(comoCalendario(calendario, nombre), token);
  }

  @Override
  public List<Calendario> deCuenta(String cuenta) {
    return em.createQuery(LISTA + " and c.cuenta = :cuenta order by c.creado desc", Object[].class)
        .setParameter("cuenta", cuenta)
        .getResultStream()
        .map(CalendariosPersonalesJpa::comoCalendario)
        .toList();
  }

  @Override
  public List<Calendario> todos() {
    return em.createQuery(LISTA + " order by c.creado desc", Object[].class)
        .getResultStream()
        .map(CalendariosPersonalesJpa::comoCalendario)
        .toList();
  }

  @Override
  public boolean revocar(long id, Optional<String> cuenta) {
    CalendarioPersonal calendario = em.find(CalendarioPersonal.class, id);
    if (calendario == null || cuenta.filter(c -> !c.equals(calendario.getCuenta())).isPresent()) {
      return false;
    }
    em.remove(calendario);
    return true;
  }

  @Override
  public Optional<Destino> abrir(String token, Instant ahora) {
    if (!CalendarioPersonal.pareceToken(token)) {
      return Optional.empty();
    }
    Optional<CalendarioPersonal> calendario =
        em.createQuery(
                "select c from CalendarioPersonal c where c.tokenHash = :hash and exists"
                    + " (select u from CuentaUsuario u where u.nombre = c.cuenta and u.activo = true)",
                CalendarioPersonal.class)
            .setParameter("hash", CalendarioPersonal.hashDe(token))
            .getResultStream()
            .findFirst();
    calendario.ifPresent(c -> c.usar(ahora));
    return calendario.map(c -> new Destino(c.getCuenta(), c.getEntidad(), c.getProceso()));
  }

  private static Calendario comoCalendario(Object[] fila) {
    return comoCalendario((CalendarioPersonal) fila[0], (String) fila[1]);
  }

  private static Calendario comoCalendario(CalendarioPersonal c, String nombreEntidad) {
    return new Calendario(
        c.getId(),
        c.getCuenta(),
        c.getEntidad(),
        nombreEntidad,
        c.getProceso().orElse(null),
        c.getCreado(),
        c.getUsado().orElse(null));
  }
}
