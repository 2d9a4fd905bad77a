package mx.seguimientoprep.persistence.repositorio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.historial.Cambio;
import mx.seguimientoprep.domain.historial.CambioRepository;

@ApplicationScoped
public class CambiosJpa extends RepositorioJpa implements CambioRepository {

  protected CambiosJpa() {}

  public CambiosJpa(EntityManager em) {
    super(em);
  }

  @Override
  public void store(Cambio cambio) {
    em.persist(cambio);
  }

  @Override
  public List<Cambio> findByEntidad(ClaveEntidad entidad, int limite) {
    // el límite va en el SQL: solo se leen de la base los cambios que se muestran
    return em.createQuery(
            "select c from Cambio c where c.entidad = :entidad order by c.momento desc, c.id desc",
            Cambio.class)
        .setParameter("entidad", entidad.valor())
        .setMaxResults(limite)
        .getResultList();
  }

  @Override
  public long countByEntidad(ClaveEntidad entidad) {
    return em.createQuery("select count(c) from Cambio c where c.entidad = :entidad", Long.class)
        .setParameter("entidad", entidad.valor())
        .getSingleResult();
  }

  @Override
  public List<Cambio> findByRegistro(String tipo, String clave) {
    return em.createQuery(
            "select c from Cambio c where c.tipo = :tipo and c.clave = :clave"
                + " order by c.momento desc, c.id desc",
            Cambio.class)
        .setParameter("tipo", tipo)
        .setParameter("clave", clave)
        .getResultList();
  }
}
