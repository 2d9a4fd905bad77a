package mx.seguimientoprep.persistence.repositorio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.EntidadRepository;

@ApplicationScoped
public class EntidadesJpa extends RepositorioJpa implements EntidadRepository {

  protected EntidadesJpa() {}

  public EntidadesJpa(EntityManager em) {
    super(em);
  }

  @Override
  public List<Entidad> todas() {
    return em.createQuery("select e from Entidad e order by e.clave", Entidad.class)
        .getResultList();
  }

  @Override
  public Optional<Entidad> findByClave(ClaveEntidad clave) {
    return Optional.ofNullable(em.find(Entidad.class, clave.valor()));
  }
}
