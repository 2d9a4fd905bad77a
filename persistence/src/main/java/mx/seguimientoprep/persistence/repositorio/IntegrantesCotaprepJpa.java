package mx.seguimientoprep.persistence.repositorio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprepRepository;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

@ApplicationScoped
public class IntegrantesCotaprepJpa extends RepositorioJpa implements IntegranteCotaprepRepository {

  protected IntegrantesCotaprepJpa() {}

  public IntegrantesCotaprepJpa(EntityManager em) {
    super(em);
  }

  @Override
  public void store(IntegranteCotaprep integrante) {
    persistir(integrante);
  }

  @Override
  public List<IntegranteCotaprep> findByProceso(ProcesoElectoral proceso) {
    return em.createQuery(
            "select i from IntegranteCotaprep i where i.proceso = :proceso order by i.id",
            IntegranteCotaprep.class)
        .setParameter("proceso", proceso)
        .getResultList();
  }

  /** Los integrantes de varios procesos de una vez (una sola sentencia). */
  public List<IntegranteCotaprep> findByProcesos(List<ProcesoElectoral> procesos) {
    return em.createQuery(
            "select i from IntegranteCotaprep i where i.proceso in :procesos order by i.id",
            IntegranteCotaprep.class)
        .setParameter("procesos", procesos)
        .getResultList();
  }

  @Override
  public Optional<IntegranteCotaprep> findByProcesoAndNombre(
      ProcesoElectoral proceso, String nombre) {
    return em.createQuery(
            "select i from IntegranteCotaprep i where i.proceso = :proceso and i.nombre = :nombre",
            IntegranteCotaprep.class)
        .setParameter("proceso", proceso)
        .setParameter("nombre", nombre)
        .getResultStream()
        .findFirst();
  }
}
