package mx.seguimientoprep.persistence.registro;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.registro.AplicarRegistros;
import mx.seguimientoprep.domain.registro.Comando;
import mx.seguimientoprep.domain.registro.ErrorDeRegistro;
import mx.seguimientoprep.domain.registro.ResultadoAplicacion;

/**
 * The import: all commands in one transaction, in the order of the sheets (processes first, so that
 * the other sheets can name a process of the same file). With one error, or in simulation, the
 * transaction is rolled back and the same report comes back.
 */
@ApplicationScoped
public class AplicarRegistrosJpa implements AplicarRegistros {

  private static final Logger LOG = Logger.getLogger(AplicarRegistrosJpa.class.getName());

  @Inject Repositorios repositorios;
  @Inject VersionDeDatos version;

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transaccion;

  @Override
  @Transactional
  public ResultadoAplicacion aplicar(
      List<? extends Comando> comandos, Autoria autoria, boolean simular) {
    if (!simular) {
      // Una simulación no toma el candado de escritura: no guarda nada, así que no hace esperar a
      // las escrituras del bot ni de la API.
      version.escribir();
    }
    // Escritura keeps its own indexes of what exists: no query needs to see unflushed rows.
    em.setFlushMode(FlushModeType.COMMIT);
    Altas.EnLote altas = Altas.enLote();
    Escritura escritura = new Escritura(repositorios, altas, autoria, comandos);
    comandos.stream()
        .sorted(Comparator.comparing(Comando::hoja))
        .forEachOrdered(escritura::aplicar);
    escritura.avisarOficiosNoRegistrados(comandos);
    List<ErrorDeRegistro> errores = new ArrayList<>(escritura.errores());
    if (errores.isEmpty()) {
      try {
        em.flush();
        altas.insertar(em);
        if (!simular) {
          version.tocar(escritura.procesosTocados());
        }
      } catch (PersistenceException e) {
        LOG.log(Level.WARNING, "La base de datos rechazó la importación", e);
        errores.add(
            new ErrorDeRegistro(
                "",
                0,
                "",
                "",
                "La base de datos rechazó los cambios (otro usuario pudo guardar los mismos"
                    + " registros al mismo tiempo); no se guardó nada. Intente de nuevo."));
      }
    }
    if (simular || !errores.isEmpty()) {
      transaccion.setRollbackOnly();
    }
    return new ResultadoAplicacion(simular, escritura.conteos(), errores, escritura.avisos());
  }
}
