package mx.seguimientoprep.persistence.acceso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import mx.seguimientoprep.domain.acceso.MensajesNoEntendidos;

/**
 * La cuenta de los mensajes no entendidos en la tabla {@code mensaje_no_entendido}: una fila por
 * día, clase e intento, que se incrementa en la base (sin leerla antes), así que dos nodos que
 * cuentan a la vez no se pisan. Solo si dos insertan a la vez la primera fila del día de un
 * intento, la clave primaria rechaza una y ese mensaje no se cuenta. Cada cuenta va en su propia
 * transacción: una que falla no deshace la atención del mensaje.
 */
@ApplicationScoped
public class MensajesNoEntendidosJpa implements MensajesNoEntendidos {

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void contar(LocalDate dia, String clase, String intento) {
    int cambiadas =
        em.createNativeQuery(
                "update mensaje_no_entendido set cuantos = cuantos + 1"
                    + " where dia = ?1 and clase = ?2 and intento = ?3")
            .setParameter(1, dia)
            .setParameter(2, clase)
            .setParameter(3, intento)
            .executeUpdate();
    if (cambiadas == 0) {
      em.createNativeQuery(
              "insert into mensaje_no_entendido (dia, clase, intento, cuantos) values (?1, ?2, ?3, 1)")
          .setParameter(1, dia)
          .setParameter(2, clase)
          .setParameter(3, intento)
          .executeUpdate();
    }
  }

  @Override
  @Transactional
  public Resumen desde(LocalDate dia, int cuantos) {
    Number total =
        (Number)
            em.createNativeQuery(
                    "select coalesce(sum(cuantos), 0) from mensaje_no_entendido where dia >= ?1")
                .setParameter(1, dia)
                .getSingleResult();
    @SuppressWarnings("unchecked")
    List<Object[]> filas =
        em.createNativeQuery(
                "select clase, intento, sum(cuantos) as veces from mensaje_no_entendido"
                    + " where dia >= ?1 group by clase, intento order by veces desc, intento")
            .setParameter(1, dia)
            .setMaxResults(cuantos)
            .getResultList();
    return new Resumen(
        dia,
        total.longValue(),
        filas.stream()
            .map(f -> new Intento((String) f[0], (String) f[1], ((Number) f[2]).longValue()))
            .toList());
  }
}
