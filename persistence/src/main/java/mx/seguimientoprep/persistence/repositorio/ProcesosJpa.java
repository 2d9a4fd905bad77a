package mx.seguimientoprep.persistence.repositorio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.ProcesoRepository;

@ApplicationScoped
public class ProcesosJpa extends RepositorioJpa implements ProcesoRepository {

  protected ProcesosJpa() {}

  public ProcesosJpa(EntityManager em) {
    super(em);
  }

  @Override
  public void store(ProcesoElectoral proceso) {
    persistir(proceso);
  }

  @Override
  public List<ProcesoElectoral> findByEntidad(ClaveEntidad entidad) {
    return em.createQuery(
            "select p from ProcesoElectoral p join fetch p.entidad where p.entidad.clave = :entidad"
                + " order by p.jornada nulls last, p.nombre",
            ProcesoElectoral.class)
        .setParameter("entidad", entidad.valor())
        .getResultList();
  }

  @Override
  public Optional<ProcesoElectoral> findByEntidadAndNombre(ClaveEntidad entidad, String nombre) {
    return em.createQuery(
            "select p from ProcesoElectoral p where p.entidad.clave = :entidad and p.nombre ="
                + " :nombre",
            ProcesoElectoral.class)
        .setParameter("entidad", entidad.valor())
        .setParameter("nombre", nombre)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ProcesoElectoral> todos() {
    return em.createQuery(
            "select p from ProcesoElectoral p join fetch p.entidad"
                + " order by p.entidad.clave, p.jornada nulls last, p.nombre",
            ProcesoElectoral.class)
        .getResultList();
  }
}
