package mx.seguimientoprep.persistence.repositorio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.acuerdo.AcuerdoRepository;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

@ApplicationScoped
public class AcuerdosJpa extends RepositorioJpa implements AcuerdoRepository {

  protected AcuerdosJpa() {}

  public AcuerdosJpa(EntityManager em) {
    super(em);
  }

  @Override
  public void store(Acuerdo acuerdo) {
    persistir(acuerdo);
  }

  @Override
  public Optional<Acuerdo> findByEntidadAndClave(ClaveEntidad entidad, NumeroAcuerdo clave) {
    return em.createQuery(
            "select a from Acuerdo a where a.entidad.clave = :entidad and a.clave = :clave",
            Acuerdo.class)
        .setParameter("entidad", entidad.valor())
        .setParameter("clave", clave)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Acuerdo> findByProceso(ProcesoElectoral proceso) {
    return findByProcesos(List.of(proceso));
  }

  /** Los acuerdos de varios procesos de una vez (una sola sentencia). */
  public List<Acuerdo> findByProcesos(List<ProcesoElectoral> procesos) {
    return em.createQuery(
            "select a from Acuerdo a where a.proceso in :procesos order by a.fecha nulls last, a.id",
            Acuerdo.class)
        .setParameter("procesos", procesos)
        .getResultList();
  }

  /** Los acuerdos de varias entidades de una vez (una sola sentencia). */
  public List<Acuerdo> findByEntidades(Collection<String> claves) {
    return em.createQuery("select a from Acuerdo a where a.entidad.clave in :claves", Acuerdo.class)
        .setParameter("claves", claves)
        .getResultList();
  }

  @Override
  public List<Acuerdo> findByEntidad(ClaveEntidad entidad) {
    return em.createQuery(
            "select a from Acuerdo a where a.entidad.clave = :entidad"
                + " order by a.fecha nulls last, a.id",
            Acuerdo.class)
        .setParameter("entidad", entidad.valor())
        .getResultList();
  }
}
