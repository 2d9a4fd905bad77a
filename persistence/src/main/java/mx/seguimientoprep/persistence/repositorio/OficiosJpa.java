package mx.seguimientoprep.persistence.repositorio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.OficioRepository;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

@ApplicationScoped
public class OficiosJpa extends RepositorioJpa implements OficioRepository {

  /** Números de oficio por sentencia al buscarlos por número. */
  private static final int LOTE = 1000;

  protected OficiosJpa() {}

  public OficiosJpa(EntityManager em) {
    super(em);
  }

  @Override
  public void store(Oficio oficio) {
    persistir(oficio);
  }

  @Override
  public Optional<Oficio> findByNumero(NumeroOficio numero) {
    return em.createQuery("select o from Oficio o where o.numero = :numero", Oficio.class)
        .setParameter("numero", numero)
        .getResultStream()
        .findFirst();
  }

  /**
   * Los oficios registrados entre estos números: mil números por sentencia o, cuando hay más
   * números que oficios registrados, primero los números de la tabla.
   */
  public List<Oficio> findByNumeros(Collection<NumeroOficio> numeros) {
    if (numeros.isEmpty()) {
      return List.of();
    }
    if (numeros.size() <= LOTE) {
      // Una sola sentencia por el índice del número: contar los oficios registrados costaría más
      // (recorre la tabla: más de un segundo con un millón).
      return porLotes(numeros);
    }
    long registrados =
        em.createQuery("select count(o) from Oficio o", Long.class).getSingleResult();
    if (registrados == 0) {
      return List.of();
    }
    if (registrados <= numeros.size()) {
      // Más números que oficios registrados (un libro grande): primero los números de la tabla, una
      // sentencia, en vez de cientos de sentencias de mil parámetros cada una.
      Set<NumeroOficio> buscados = new HashSet<>(numeros);
      List<NumeroOficio> existentes =
          em.createQuery("select o.numero from Oficio o", NumeroOficio.class).getResultList();
      List<NumeroOficio> pedidos = existentes.stream().filter(buscados::contains).toList();
      if (pedidos.size() == existentes.size()) {
        return em.createQuery("select o from Oficio o", Oficio.class).getResultList();
      }
      return porLotes(pedidos);
    }
    return porLotes(numeros);
  }

  private List<Oficio> porLotes(Collection<NumeroOficio> numeros) {
    List<NumeroOficio> todos = List.copyOf(numeros);
    List<Oficio> encontrados = new ArrayList<>();
    for (int desde = 0; desde < todos.size(); desde += LOTE) {
      encontrados.addAll(
          em.createQuery("select o from Oficio o where o.numero in :numeros", Oficio.class)
              .setParameter("numeros", todos.subList(desde, Math.min(desde + LOTE, todos.size())))
              .getResultList());
    }
    return encontrados;
  }

  @Override
  public List<Oficio> findByProceso(ProcesoElectoral proceso) {
    return findByProcesos(List.of(proceso));
  }

  /** Los oficios de varios procesos a la vez (una sentencia). */
  public List<Oficio> findByProcesos(List<ProcesoElectoral> procesos) {
    return em.createQuery(
            "select o from Oficio o where o.proceso in :procesos order by o.fecha, o.id",
            Oficio.class)
        .setParameter("procesos", procesos)
        .getResultList();
  }

  /**
   * El último oficio de cada proceso con fecha hasta la dada: el de fecha mayor y, a igual fecha,
   * el registrado después (id mayor), la regla del dominio ({@code UltimoOficio.POR_RECIENCIA}) con
   * los ids que la base siempre tiene. Una sentencia para todos los procesos: por cada proceso, una
   * subconsulta baja por el índice {@code ix_oficio_proceso_reciente} (proceso, fecha descendente,
   * id descendente) y se detiene en la primera fila. El orden nombra el proceso primero, como el
   * índice: así H2 lee en el orden del índice en vez de ordenar los oficios del proceso.
   */
  public List<Oficio> findUltimos(Collection<ProcesoElectoral> procesos, LocalDate hasta) {
    // SQL nativo: el JPQL estricto de WildFly no admite ORDER BY ni FETCH FIRST en una
    // subconsulta. Es SQL estándar, igual en H2 y en PostgreSQL.
    @SuppressWarnings("unchecked")
    List<Oficio> ultimos =
        em.createNativeQuery(
                "select o.* from proceso_electoral p, oficio o where p.id in (:procesos) and"
                    + " o.id = (select u.id from oficio u where u.proceso_id = p.id and u.fecha <="
                    + " :hasta order by u.proceso_id, u.fecha desc, u.id desc fetch first 1 row"
                    + " only)",
                Oficio.class)
            .setParameter("procesos", procesos.stream().map(ProcesoElectoral::getId).toList())
            .setParameter("hasta", hasta)
            .getResultList();
    return ultimos;
  }

  @Override
  public List<Oficio> findRecientes(ClaveEntidad entidad, int cuantos) {
    return em.createQuery(
            "select o from Oficio o where o.entidad.clave = :entidad order by o.fecha desc, o.id"
                + " desc",
            Oficio.class)
        .setParameter("entidad", entidad.valor())
        .setMaxResults(cuantos)
        .getResultList();
  }

  @Override
  public List<Oficio> findRespuestasA(NumeroOficio numero) {
    // La columna guarda los números separados por ';': se buscan los que lo contienen y se
    // confirma en el dominio (un número puede ser parte de otro).
    @SuppressWarnings("unchecked")
    List<Oficio> candidatos =
        em.createNativeQuery(
                "select * from oficio where en_respuesta_a like ?1 order by fecha, id",
                Oficio.class)
            .setParameter(1, "%" + numero.valor() + "%")
            .getResultList();
    return candidatos.stream().filter(o -> o.respondeA(numero)).toList();
  }
}
