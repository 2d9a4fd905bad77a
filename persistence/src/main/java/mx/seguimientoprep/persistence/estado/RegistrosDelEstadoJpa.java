package mx.seguimientoprep.persistence.estado;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.estado.DatosDelEstado;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.estado.RegistrosDelEstado;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.sesion.Sesion;
import mx.seguimientoprep.persistence.registro.VersionDeDatos;
import mx.seguimientoprep.persistence.repositorio.AcuerdosJpa;
import mx.seguimientoprep.persistence.repositorio.DefinicionesEntregableJpa;
import mx.seguimientoprep.persistence.repositorio.EntregablesJpa;
import mx.seguimientoprep.persistence.repositorio.IntegrantesCotaprepJpa;
import mx.seguimientoprep.persistence.repositorio.OficiosJpa;
import mx.seguimientoprep.persistence.repositorio.ProcesosJpa;
import mx.seguimientoprep.persistence.repositorio.SesionesJpa;

/**
 * Los registros que lee el estado, con su caché por proceso.
 *
 * <p>Cada pregunta lee la versión de los datos (una sentencia). Si no cambió desde la pregunta
 * anterior, todo lo demás sale de la caché. Si cambió (una escritura en cualquier nodo), se leen de
 * nuevo los procesos con su {@linkplain ProcesoElectoral#getRevision() revisión} y el catálogo;
 * solo los procesos cuya revisión cambió vuelven a leer sus registros, así que una escritura en un
 * proceso le cuesta a ese proceso nada más.
 *
 * <p>Lo que se guarda de cada proceso es lo pequeño (entregables, acuerdos, sesiones, integrantes,
 * leídos de varios procesos a la vez con una sentencia por tipo) y, por fecha de referencia, su
 * último oficio (una consulta para todos los procesos pedidos, que baja por el índice de proceso y
 * fecha descendente): nunca todos sus oficios, que pueden ser miles. Tras un cambio, una pregunta
 * cuesta un número fijo de sentencias, sean cuantos sean los registros y los procesos. Los
 * expedientes completos (con todos los oficios) se guardan solo unos pocos, los últimos pedidos.
 * Las entidades guardadas están desprendidas y solo se leen.
 */
@ApplicationScoped
public class RegistrosDelEstadoJpa implements RegistrosDelEstado {

  /** Fechas de referencia distintas que se recuerdan por proceso antes de olvidarlas todas. */
  private static final int FECHAS_POR_PROCESO = 64;

  /** Expedientes completos que se recuerdan. */
  private static final int EXPEDIENTES = 16;

  /** Procesos que se leyeron de la base en la pregunta en curso, para la bitácora. */
  private static final ThreadLocal<int[]> LEIDOS = ThreadLocal.withInitial(() -> new int[1]);

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  @Inject ProcesosJpa procesos;
  @Inject EntregablesJpa entregables;
  @Inject AcuerdosJpa acuerdos;
  @Inject OficiosJpa oficios;
  @Inject SesionesJpa sesiones;
  @Inject IntegrantesCotaprepJpa integrantes;
  @Inject DefinicionesEntregableJpa definiciones;
  @Inject VersionDeDatos version;

  private volatile Foto foto = new Foto(-1, List.of(), List.of());
  private final Map<Long, Pequenos> pequenos = new ConcurrentHashMap<>();
  private final Map<Long, Expediente> expedientes =
      new LinkedHashMap<>(EXPEDIENTES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Expediente> mayor) {
          return size() > EXPEDIENTES;
        }
      };

  /** Los procesos y el catálogo a una versión de los datos. */
  private record Foto(
      long version, List<ProcesoElectoral> procesos, List<DefinicionEntregable> catalogo) {}

  /** Lo pequeño de un proceso a una revisión, y su último oficio a cada fecha pedida. */
  private record Pequenos(
      long revision,
      List<Entregable> entregables,
      List<Acuerdo> acuerdos,
      List<Sesion> sesiones,
      List<IntegranteCotaprep> integrantes,
      Map<LocalDate, Optional<Oficio>> ultimos) {}

  @Override
  public Vista vista() {
    long actual = version.actual();
    Foto vigente = foto;
    if (vigente.version() != actual) {
      vigente = new Foto(actual, procesos.todos(), definiciones.todas());
      foto = vigente;
    }
    return new VistaJpa(vigente);
  }

  /** Cuántos procesos leyó de la base este hilo desde la última llamada, y vuelve a cero. */
  public static int leidosYReiniciar() {
    int leidos = LEIDOS.get()[0];
    LEIDOS.get()[0] = 0;
    return leidos;
  }

  private final class VistaJpa implements Vista {

    private final Foto foto;

    VistaJpa(Foto foto) {
      this.foto = foto;
    }

    @Override
    public List<ProcesoElectoral> procesos() {
      return foto.procesos();
    }

    @Override
    public List<DefinicionEntregable> catalogo() {
      return foto.catalogo();
    }

    @Override
    public List<DatosDelEstado> datosDelEstado(
        List<ProcesoElectoral> deProcesos, LocalDate referencia) {
      Map<Long, Pequenos> vigentes = pequenos(deProcesos);
      List<ProcesoElectoral> sinUltimo =
          deProcesos.stream()
              .filter(p -> !vigentes.get(p.getId()).ultimos().containsKey(referencia))
              .toList();
      if (!sinUltimo.isEmpty()) {
        Map<Long, Oficio> ultimos = ultimosOficios(sinUltimo, referencia);
        for (ProcesoElectoral p : sinUltimo) {
          Map<LocalDate, Optional<Oficio>> delProceso = vigentes.get(p.getId()).ultimos();
          if (delProceso.size() >= FECHAS_POR_PROCESO) {
            delProceso.clear();
          }
          delProceso.put(referencia, Optional.ofNullable(ultimos.get(p.getId())));
        }
      }
      return deProcesos.stream()
          .map(
              p -> {
                Pequenos d = vigentes.get(p.getId());
                return new DatosDelEstado(
                    p,
                    d.entregables(),
                    d.acuerdos(),
                    d.sesiones(),
                    d.integrantes(),
                    d.ultimos().getOrDefault(referencia, Optional.empty()));
              })
          .toList();
    }

    @Override
    public List<Expediente> expedientes(List<ProcesoElectoral> deProcesos) {
      Map<Long, Expediente> guardados = new HashMap<>();
      List<ProcesoElectoral> faltantes = new ArrayList<>();
      synchronized (expedientes) {
        for (ProcesoElectoral p : deProcesos) {
          Expediente e = expedientes.get(p.getId());
          if (e != null && e.proceso().getRevision() == p.getRevision()) {
            guardados.put(p.getId(), e);
          } else {
            faltantes.add(p);
          }
        }
      }
      if (!faltantes.isEmpty()) {
        List<Expediente> leidos = leerExpedientes(faltantes);
        leidos.forEach(e -> guardados.put(e.proceso().getId(), e));
        if (faltantes.size() <= EXPEDIENTES) {
          synchronized (expedientes) {
            leidos.forEach(e -> expedientes.put(e.proceso().getId(), e));
          }
        }
      }
      return deProcesos.stream().map(p -> guardados.get(p.getId())).toList();
    }
  }

  /** Lo pequeño de cada proceso a su revisión actual, leyendo de una vez los que faltan. */
  private Map<Long, Pequenos> pequenos(List<ProcesoElectoral> deProcesos) {
    Map<Long, Pequenos> vigentes = new HashMap<>();
    List<ProcesoElectoral> faltantes = new ArrayList<>();
    for (ProcesoElectoral p : deProcesos) {
      Pequenos d = pequenos.get(p.getId());
      if (d != null && d.revision() == p.getRevision()) {
        vigentes.put(p.getId(), d);
      } else {
        faltantes.add(p);
      }
    }
    if (!faltantes.isEmpty()) {
      LEIDOS.get()[0] += faltantes.size();
      var entregablesDe = agrupar(entregables.findByProcesos(faltantes), Entregable::getProceso);
      var acuerdosDe = agrupar(acuerdos.findByProcesos(faltantes), Acuerdo::getProceso);
      var sesionesDe = agrupar(sesiones.findByProcesos(faltantes), Sesion::getProceso);
      var integrantesDe =
          agrupar(integrantes.findByProcesos(faltantes), IntegranteCotaprep::getProceso);
      for (ProcesoElectoral p : faltantes) {
        Pequenos d =
            new Pequenos(
                p.getRevision(),
                entregablesDe.getOrDefault(p.getId(), List.of()),
                acuerdosDe.getOrDefault(p.getId(), List.of()),
                sesionesDe.getOrDefault(p.getId(), List.of()),
                integrantesDe.getOrDefault(p.getId(), List.of()),
                new ConcurrentHashMap<>());
        pequenos.put(p.getId(), d);
        vigentes.put(p.getId(), d);
      }
    }
    return vigentes;
  }

  /**
   * El último oficio de cada proceso con fecha hasta la referencia: una sentencia, que ya aplica la
   * regla del dominio y trae uno por proceso (ninguno si el proceso no tiene oficios a esa fecha).
   */
  private Map<Long, Oficio> ultimosOficios(
      Collection<ProcesoElectoral> deProcesos, LocalDate referencia) {
    Map<Long, Oficio> ultimos = new HashMap<>();
    for (Oficio o : oficios.findUltimos(deProcesos, referencia)) {
      ultimos.put(o.getProceso().getId(), o);
    }
    return ultimos;
  }

  /** Todo lo registrado de los procesos, cinco sentencias en total, en el orden pedido. */
  private List<Expediente> leerExpedientes(List<ProcesoElectoral> deProcesos) {
    LEIDOS.get()[0] += deProcesos.size();
    var entregablesDe = agrupar(entregables.findByProcesos(deProcesos), Entregable::getProceso);
    var acuerdosDe = agrupar(acuerdos.findByProcesos(deProcesos), Acuerdo::getProceso);
    var oficiosDe = agrupar(oficios.findByProcesos(deProcesos), Oficio::getProceso);
    var sesionesDe = agrupar(sesiones.findByProcesos(deProcesos), Sesion::getProceso);
    var integrantesDe =
        agrupar(integrantes.findByProcesos(deProcesos), IntegranteCotaprep::getProceso);
    return deProcesos.stream()
        .map(
            p ->
                new Expediente(
                    p,
                    entregablesDe.getOrDefault(p.getId(), List.of()),
                    acuerdosDe.getOrDefault(p.getId(), List.of()),
                    oficiosDe.getOrDefault(p.getId(), List.of()),
                    sesionesDe.getOrDefault(p.getId(), List.of()),
                    integrantesDe.getOrDefault(p.getId(), List.of())))
        .toList();
  }

  private static <T> Map<Long, List<T>> agrupar(
      List<T> registros, Function<T, ProcesoElectoral> proceso) {
    return registros.stream().collect(Collectors.groupingBy(r -> proceso.apply(r).getId()));
  }
}
