package mx.seguimientoprep.persistence.informe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.informe.InformeGenerado;
import mx.seguimientoprep.domain.informe.InformesRepository;
import mx.seguimientoprep.domain.informe.PlantillaInforme;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/** Las plantillas y las constancias del informe mensual en la base, cada escritura en la suya. */
@ApplicationScoped
@Transactional
public class InformesJpa implements InformesRepository {

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  @Override
  public Optional<PlantillaInforme> plantillaDe(ClaveEntidad entidad) {
    return Optional.ofNullable(em.find(PlantillaInforme.class, entidad.valor()));
  }

  @Override
  public List<PlantillaInforme> plantillas() {
    return em.createQuery(
            "select p from PlantillaInforme p order by p.entidad", PlantillaInforme.class)
        .getResultList();
  }

  @Override
  public void guardarPlantilla(
      ClaveEntidad entidad,
      String archivo,
      byte[] contenido,
      String sha256,
      String usuario,
      Instant momento) {
    PlantillaInforme actual = em.find(PlantillaInforme.class, entidad.valor());
    if (actual == null) {
      em.persist(new PlantillaInforme(entidad, archivo, contenido, sha256, usuario, momento));
    } else {
      actual.reemplazar(archivo, contenido, sha256, usuario, momento);
    }
  }

  @Override
  public boolean quitarPlantilla(ClaveEntidad entidad) {
    PlantillaInforme actual = em.find(PlantillaInforme.class, entidad.valor());
    if (actual == null) {
      return false;
    }
    em.remove(actual);
    return true;
  }

  @Override
  public void anotarGenerado(
      ProcesoElectoral proceso, YearMonth mes, String usuario, Instant momento) {
    List<InformeGenerado> previo =
        em.createQuery(
                "select g from InformeGenerado g where g.proceso.id = :proceso and g.mes = :mes",
                InformeGenerado.class)
            .setParameter("proceso", proceso.getId())
            .setParameter("mes", mes.toString())
            .getResultList();
    if (previo.isEmpty()) {
      em.persist(
          new InformeGenerado(
              em.getReference(ProcesoElectoral.class, proceso.getId()), mes, usuario, momento));
    } else {
      previo.get(0).otraVez(usuario, momento);
    }
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<InformeGenerado> generados(ProcesoElectoral proceso) {
    return em.createQuery(
            "select g from InformeGenerado g where g.proceso.id = :proceso order by g.mes",
            InformeGenerado.class)
        .setParameter("proceso", proceso.getId())
        .getResultList();
  }
}
