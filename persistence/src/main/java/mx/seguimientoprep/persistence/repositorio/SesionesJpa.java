package mx.seguimientoprep.persistence.repositorio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.sesion.Organo;
import mx.seguimientoprep.domain.sesion.Sesion;
import mx.seguimientoprep.domain.sesion.SesionRepository;
import mx.seguimientoprep.domain.sesion.TipoSesion;

@ApplicationScoped
public class SesionesJpa extends RepositorioJpa implements SesionRepository {

  protected SesionesJpa() {}

  public SesionesJpa(EntityManager em) {
    super(em);
  }

  @Override
  public void store(Sesion sesion) {
    persistir(sesion);
  }

  @Override
  public Optional<Sesion> findByClave(
      ProcesoElectoral proceso, Organo organo, TipoSesion tipo, LocalDate fecha) {
    return em.createQuery(
            "select s from Sesion s where s.proceso = :proceso and s.organo = :organo"
                + " and s.tipo = :tipo and s.fecha = :fecha",
            Sesion.class)
        .setParameter("proceso", proceso)
        .setParameter("organo", organo)
        .setParameter("tipo", tipo)
        .setParameter("fecha", fecha)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Sesion> findByProceso(ProcesoElectoral proceso) {
    return findByProcesos(List.of(proceso));
  }

  /** Las sesiones de varios procesos de una vez (una sola sentencia). */
  public List<Sesion> findByProcesos(List<ProcesoElectoral> procesos) {
    return em.createQuery(
            "select s from Sesion s where s.proceso in :procesos order by s.fecha, s.id",
            Sesion.class)
        .setParameter("procesos", procesos)
        .getResultList();
  }
}
