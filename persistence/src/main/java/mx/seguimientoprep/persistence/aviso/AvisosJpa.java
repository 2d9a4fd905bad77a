package mx.seguimientoprep.persistence.aviso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.aviso.Aviso;
import mx.seguimientoprep.domain.aviso.AvisoPlaneado;
import mx.seguimientoprep.domain.aviso.AvisoRepository;
import mx.seguimientoprep.domain.aviso.LlaveDeAviso;
import mx.seguimientoprep.domain.aviso.PlanDeAvisos.OficioRegistrado;
import mx.seguimientoprep.domain.aviso.Suscripcion;
import mx.seguimientoprep.domain.aviso.TipoDeAviso;
import mx.seguimientoprep.domain.historial.Operacion;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;

/**
 * Los avisos en la base. Reclamar es insertar: la llave única (suscripción, tipo, asunto) la gana
 * un solo nodo y una sola pasada, también con dos servidores sobre la misma base. Los avisos se
 * insertan por lotes; un lote con alguno ya reclamado se deshace y se reclama uno por uno.
 */
@ApplicationScoped
@Transactional
public class AvisosJpa implements AvisoRepository {

  private static final Logger LOG = Logger.getLogger(AvisosJpa.class.getName());

  /** Avisos por inserción. */
  static final int LOTE = 500;

  /** Lo que admite una lista de parámetros {@code in (…)}, con holgura. */
  private static final int PARAMETROS = 1000;

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  @Inject ReclamoDeAvisos reclamo;

  @Override
  public Set<LlaveDeAviso> registrados(Set<TipoDeAviso> tipos, LocalDate desde) {
    return em.createQuery(
            "select a.suscripcion, a.tipo, a.asunto from Aviso a"
                + " where a.tipo in :tipos and a.vence >= :desde",
            Object[].class)
        .setParameter("tipos", tipos)
        .setParameter("desde", desde)
        .getResultStream()
        .map(f -> new LlaveDeAviso((Long) f[0], (TipoDeAviso) f[1], (String) f[2]))
        .collect(Collectors.toSet());
  }

  @Override
  public Set<LlaveDeAviso> registradosDe(TipoDeAviso tipo, Collection<String> asuntos) {
    List<String> todos = List.copyOf(new HashSet<>(asuntos));
    Set<LlaveDeAviso> llaves = new HashSet<>();
    for (int i = 0; i < todos.size(); i += PARAMETROS) {
      em.createQuery(
              "select a.suscripcion, a.asunto from Aviso a"
                  + " where a.tipo = :tipo and a.asunto in :asuntos",
              Object[].class)
          .setParameter("tipo", tipo)
          .setParameter("asuntos", todos.subList(i, Math.min(todos.size(), i + PARAMETROS)))
          .getResultStream()
          .forEach(f -> llaves.add(new LlaveDeAviso((Long) f[0], tipo, (String) f[1])));
    }
    return llaves;
  }

  @Override
  @Transactional(TxType.NOT_SUPPORTED)
  public List<Reclamado> reclamar(List<AvisoPlaneado> avisos, String nodo, Instant ahora) {
    List<Reclamado> reclamados = new ArrayList<>(avisos.size());
    for (int desde = 0; desde < avisos.size(); desde += LOTE) {
      List<AvisoPlaneado> lote = avisos.subList(desde, Math.min(avisos.size(), desde + LOTE));
      try {
        reclamados.addAll(reclamo.insertar(lote, nodo, ahora));
      } catch (RuntimeException e) {
        if (!llaveRepetida(e)) {
          throw e;
        }
        for (AvisoPlaneado aviso : lote) {
          uno(aviso, nodo, ahora).ifPresent(reclamados::add);
        }
      }
    }
    return reclamados;
  }

  private Optional<Reclamado> uno(AvisoPlaneado aviso, String nodo, Instant ahora) {
    try {
      return Optional.of(reclamo.insertar(List.of(aviso), nodo, ahora).get(0));
    } catch (RuntimeException e) {
      if (!llaveRepetida(e)) {
        throw e;
      }
      LOG.fine(() -> "Aviso " + aviso.llave() + " ya reclamado por otra pasada u otro nodo.");
      return Optional.empty();
    }
  }

  /** Si la base rechazó una llave repetida (SQLSTATE 23…, violación de integridad). */
  static boolean llaveRepetida(Throwable e) {
    for (Throwable causa = e; causa != null; causa = causa.getCause()) {
      if (causa instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
      if (causa.getCause() == causa) {
        break;
      }
    }
    return false;
  }

  @Override
  public void enviado(long id, long mensajeTelegram, int intentos, Instant ahora) {
    em.find(Aviso.class, id).enviado(mensajeTelegram, intentos, ahora);
  }

  @Override
  public void fallido(long id, String motivo, int intentos) {
    em.find(Aviso.class, id).fallido(motivo, intentos);
  }

  @Override
  public List<OficioRegistrado> conObservacionesDesde(Instant desde) {
    List<Object[]> cambios =
        em.createQuery(
                "select c.clave, min(c.momento) from Cambio c where c.tipo = 'Oficio'"
                    + " and c.momento >= :desde"
                    + " and (c.operacion = :alta or c.campo = 'Resultado')"
                    + " group by c.clave",
                Object[].class)
            .setParameter("desde", desde)
            .setParameter("alta", Operacion.ALTA)
            .getResultList();
    Map<NumeroOficio, Instant> momentos = new HashMap<>();
    for (Object[] cambio : cambios) {
      momentos.put(new NumeroOficio((String) cambio[0]), (Instant) cambio[1]);
    }
    List<NumeroOficio> numeros = new ArrayList<>(momentos.keySet());
    List<OficioRegistrado> registrados = new ArrayList<>();
    for (int i = 0; i < numeros.size(); i += PARAMETROS) {
      em.createQuery(
              "select o from Oficio o join fetch o.entidad join fetch o.proceso"
                  + " where o.numero in :numeros and o.sentido = :sentido"
                  + " and o.resultado = :resultado",
              Oficio.class)
          .setParameter("numeros", numeros.subList(i, Math.min(numeros.size(), i + PARAMETROS)))
          .setParameter("sentido", Sentido.RECIBIDO_DEL_INE)
          .setParameter("resultado", ResultadoRevision.CON_OBSERVACIONES)
          .getResultStream()
          .forEach(o -> registrados.add(new OficioRegistrado(o, momentos.get(o.getNumero()))));
    }
    return registrados;
  }

  @Override
  public List<AvisoDeSuscripcion> ultimos(int limite) {
    List<Aviso> avisos =
        em.createQuery("select a from Aviso a order by a.reclamado desc, a.id desc", Aviso.class)
            .setMaxResults(limite)
            .getResultList();
    Set<Long> ids = avisos.stream().map(Aviso::getSuscripcion).collect(Collectors.toSet());
    Map<Long, Suscripcion> suscripciones =
        ids.isEmpty()
            ? Map.of()
            : em.createQuery("select s from Suscripcion s where s.id in :ids", Suscripcion.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Suscripcion::getId, s -> s));
    return avisos.stream()
        .map(
            a ->
                new AvisoDeSuscripcion(
                    a, Optional.ofNullable(suscripciones.get(a.getSuscripcion()))))
        .toList();
  }
}
