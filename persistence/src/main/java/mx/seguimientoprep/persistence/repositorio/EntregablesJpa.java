package mx.seguimientoprep.persistence.repositorio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.entregable.EntregableRepository;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

@ApplicationScoped
public class EntregablesJpa extends RepositorioJpa implements EntregableRepository {

  protected EntregablesJpa() {}

  public EntregablesJpa(EntityManager em) {
    super(em);
  }

  @Override
  public void store(Entregable entregable) {
    persistir(entregable);
  }

  @Override
  public Optional<Entregable> findByClave(
      ProcesoElectoral proceso, String codigo, YearMonth periodo) {
    return em.createQuery(
            "select e from Entregable e where e.proceso = :proceso and e.codigo = :codigo"
                + " and e.periodo = :periodo",
            Entregable.class)
        .setParameter("proceso", proceso)
        .setParameter("codigo", codigo)
        .setParameter("periodo", periodo == null ? "" : periodo.toString())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Entregable> findByProceso(ProcesoElectoral proceso) {
    return findByProcesos(List.of(proceso));
  }

  /** Los entregables de varios procesos de una vez (una sola sentencia). */
  public List<Entregable> findByProcesos(List<ProcesoElectoral> procesos) {
    return em.createQuery(
            "select e from Entregable e where e.proceso in :procesos"
                + " order by e.codigo, e.periodo",
            Entregable.class)
        .setParameter("procesos", procesos)
        .getResultList();
  }
}
