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
 * La importación: todos los comandos en una transacción, en el orden de las hojas (primero los
 * procesos, para que las demás hojas puedan nombrar un proceso del mismo archivo). Con un error, o
 * en simulación, la transacción se deshace y vuelve el mismo informe.
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
    // Escritura lleva sus propios índices de lo que existe: ninguna consulta necesita ver filas sin
    // volcar.
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
