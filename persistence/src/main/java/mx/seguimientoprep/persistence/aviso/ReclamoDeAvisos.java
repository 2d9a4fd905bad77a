package mx.seguimientoprep.persistence.aviso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mx.seguimientoprep.domain.aviso.Aviso;
import mx.seguimientoprep.domain.aviso.AvisoPlaneado;
import mx.seguimientoprep.domain.aviso.AvisoRepository.Reclamado;

/**
 * La inserción que reclama avisos, cada lote en su propia transacción: si otro nodo ya insertó
 * alguno (la llave única {@code uk_aviso}), el lote entero se deshace y la excepción sale de aquí.
 */
@ApplicationScoped
public class ReclamoDeAvisos {

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public List<Reclamado> insertar(List<AvisoPlaneado> avisos, String nodo, Instant ahora) {
    List<Aviso> nuevos = new ArrayList<>(avisos.size());
    for (AvisoPlaneado planeado : avisos) {
      Aviso aviso = new Aviso(planeado, nodo, ahora);
      em.persist(aviso);
      nuevos.add(aviso);
    }
    em.flush();
    List<Reclamado> reclamados = new ArrayList<>(avisos.size());
    for (int i = 0; i < avisos.size(); i++) {
      reclamados.add(new Reclamado(nuevos.get(i).getId(), avisos.get(i)));
    }
    return reclamados;
  }
}
