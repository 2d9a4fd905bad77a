package mx.seguimientoprep.persistence.estado;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.estado.ExpedienteConEstado;
import mx.seguimientoprep.domain.estado.LecturaDelEstado;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.persistence.sql.ContadorSentencias;

/**
 * El caso de uso de lectura del dominio ({@link LecturaDelEstado}) dentro de una transacción, sobre
 * los registros de la base con su caché ({@link RegistrosDelEstadoJpa}). Aquí no se calcula nada:
 * solo se abre la transacción y se anota en la bitácora (nivel FINE) lo que costó cada pregunta,
 * para la medición.
 */
@ApplicationScoped
@Transactional
public class ConsultarEstadoJpa implements ConsultarEstado {

  private static final Logger LOG = Logger.getLogger(ConsultarEstadoJpa.class.getName());

  @Inject RegistrosDelEstadoJpa registros;

  private ConsultarEstado lectura;

  @PostConstruct
  void crear() {
    lectura = new LecturaDelEstado(registros);
  }

  @Override
  public Optional<EstadoPrep> estadoActual(ClaveEntidad entidad, LocalDate referencia) {
    return medido(() -> lectura.estadoActual(entidad, referencia), r -> r.isPresent() ? 1 : 0);
  }

  @Override
  public List<EstadoPrep> estadosActuales(LocalDate referencia) {
    return medido(() -> lectura.estadosActuales(referencia), List::size);
  }

  @Override
  public Optional<Expediente> expediente(ClaveEntidad entidad, LocalDate referencia) {
    return lectura.expediente(entidad, referencia);
  }

  @Override
  public Optional<ExpedienteConEstado> expedienteConEstado(
      ClaveEntidad entidad, Optional<String> proceso, LocalDate referencia) {
    return lectura.expedienteConEstado(entidad, proceso, referencia);
  }

  @Override
  public Optional<ProcesoElectoral> procesoActual(ClaveEntidad entidad, LocalDate referencia) {
    return lectura.procesoActual(entidad, referencia);
  }

  @Override
  public List<ProcesoElectoral> procesos(ClaveEntidad entidad) {
    return lectura.procesos(entidad);
  }

  @Override
  public List<ExpedienteConEstado> seleccion(
      Optional<ClaveEntidad> entidad,
      Optional<String> proceso,
      Optional<YearMonth> mes,
      LocalDate referencia) {
    return lectura.seleccion(entidad, proceso, mes, referencia);
  }

  /**
   * La respuesta, con una línea FINE: cuántos estados, cuántos procesos leídos, cuántas SQL y
   * cuánto tardó el cálculo dentro del servidor (sin HTTP ni la verificación de la contraseña), en
   * reloj y en CPU de su hilo: en una máquina compartida el reloj cuenta también la espera por la
   * CPU.
   */
  private <T> T medido(Supplier<T> pregunta, ToIntFunction<T> estados) {
    if (!LOG.isLoggable(Level.FINE)) {
      return pregunta.get();
    }
    long antes = ContadorSentencias.sentencias();
    RegistrosDelEstadoJpa.leidosYReiniciar();
    ThreadMXBean hilos = ManagementFactory.getThreadMXBean();
    long cpu = hilos.getCurrentThreadCpuTime();
    long inicio = System.nanoTime();
    T respuesta = pregunta.get();
    long nanos = System.nanoTime() - inicio;
    cpu = hilos.getCurrentThreadCpuTime() - cpu;
    int n = estados.applyAsInt(respuesta);
    int leidos = RegistrosDelEstadoJpa.leidosYReiniciar();
    LOG.fine(
        "Estado de "
            + n
            + (n == 1 ? " proceso (" : " procesos (")
            + leidos
            + (leidos == 1 ? " leído" : " leídos")
            + " de la base) con "
            + (ContadorSentencias.sentencias() - antes)
            + " sentencias SQL en "
            + String.format(Locale.ROOT, "%.3f ms (CPU %.3f ms)", nanos / 1e6, cpu / 1e6));
    return respuesta;
  }
}
