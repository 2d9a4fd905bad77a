package mx.seguimientoprep.persistence.registro;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.TextoComparable;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
import mx.seguimientoprep.domain.historial.Auditable;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Cambio;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.ResolutorProceso;
import mx.seguimientoprep.domain.registro.AvisoDeRegistro;
import mx.seguimientoprep.domain.registro.Comando;
import mx.seguimientoprep.domain.registro.ComandoAcuerdo;
import mx.seguimientoprep.domain.registro.ComandoEntregable;
import mx.seguimientoprep.domain.registro.ComandoIntegrante;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import mx.seguimientoprep.domain.registro.ComandoProceso;
import mx.seguimientoprep.domain.registro.ComandoSesion;
import mx.seguimientoprep.domain.registro.Conteo;
import mx.seguimientoprep.domain.registro.ErrorDeRegistro;
import mx.seguimientoprep.domain.registro.Hoja;

/**
 * One write, inside one transaction: each command becomes a new record or an update of the record
 * with the same natural key (never a deletion), and every change goes to the history. Errors are
 * collected, not thrown, so that the caller can report all of them and roll back.
 */
final class Registro {

  private final Repositorios repos;
  private final Autoria autoria;
  private final Instant momento = Instant.now();
  private final Catalogo catalogo;
  private final Map<String, Entidad> entidades = new HashMap<>();
  private final Map<String, List<ProcesoElectoral>> procesos = new HashMap<>();
  private final Map<Hoja, Conteo> conteos = new EnumMap<>(Hoja.class);
  private final List<ErrorDeRegistro> errores = new ArrayList<>();
  private final List<AvisoDeRegistro> avisos = new ArrayList<>();

  Registro(Repositorios repos, Autoria autoria) {
    this.repos = repos;
    this.autoria = autoria;
    this.catalogo = repos.definiciones.catalogo();
    repos.entidades.todas().forEach(e -> entidades.put(e.getClave().valor(), e));
    for (ProcesoElectoral p : repos.procesos.todos()) {
      procesos.computeIfAbsent(p.getEntidad().getClave().valor(), k -> new ArrayList<>()).add(p);
    }
  }

  void aplicar(Comando comando) {
    try {
      Entidad entidad = entidad(comando.entidad());
      if (comando instanceof ComandoProceso c) {
        aplicarProceso(c, entidad);
      } else if (comando instanceof ComandoAcuerdo c) {
        guardar(
            c,
            repos.acuerdos.findByEntidadAndClave(c.entidad(), c.clave()),
            c.crear(entidad, proceso(c), catalogo),
            repos.acuerdos::store,
            (existente, nuevo) -> existente.actualizarDesde(nuevo));
        if (c.fecha() == null) {
          avisos.add(
              AvisoDeRegistro.de(
                  c,
                  "Fecha",
                  "",
                  "El acuerdo " + c.clave() + " no tiene fecha; se guarda sin ella."));
        }
      } else if (comando instanceof ComandoOficio c) {
        guardar(
            c,
            repos.oficios.findByNumero(c.numero()),
            c.crear(proceso(c), catalogo),
            repos.oficios::store,
            (existente, nuevo) -> existente.actualizarDesde(nuevo));
      } else if (comando instanceof ComandoSesion c) {
        ProcesoElectoral proceso = proceso(c);
        guardar(
            c,
            repos.sesiones.findByClave(proceso, c.organo(), c.tipo(), c.fecha()),
            c.crear(proceso),
            repos.sesiones::store,
            (existente, nueva) -> existente.actualizarDesde(nueva));
      } else if (comando instanceof ComandoEntregable c) {
        ProcesoElectoral proceso = proceso(c);
        var nuevo = c.crear(proceso, catalogo);
        guardar(
            c,
            repos.entregables.findByClave(proceso, nuevo.getCodigo(), c.periodo()),
            nuevo,
            repos.entregables::store,
            (existente, otro) -> existente.actualizarDesde(otro));
      } else if (comando instanceof ComandoIntegrante c) {
        ProcesoElectoral proceso = proceso(c);
        guardar(
            c,
            repos.integrantes.findByProcesoAndNombre(proceso, c.nombre()),
            c.crear(proceso),
            repos.integrantes::store,
            (existente, otro) -> existente.actualizarDesde(otro));
      }
    } catch (DatoInvalido dato) {
      errores.add(ErrorDeRegistro.de(comando, dato));
    }
  }

  /** After every command: the cited letters that are not registered are reported, not refused. */
  void avisarOficiosNoRegistrados(List<? extends Comando> comandos) {
    for (Comando comando : comandos) {
      if (comando instanceof ComandoOficio c && c.enRespuestaA() != null) {
        avisarSiNoExiste(c, "En respuesta a", c.enRespuestaA());
      } else if (comando instanceof ComandoEntregable c) {
        avisarSiNoExiste(c, "Oficio de envío", c.oficioEnvio());
        avisarSiNoExiste(c, "Oficio de respuesta", c.oficioRespuesta());
      }
    }
  }

  private void avisarSiNoExiste(Comando comando, String columna, NumeroOficio numero) {
    if (numero != null && repos.oficios.findByNumero(numero).isEmpty()) {
      avisos.add(
          AvisoDeRegistro.de(
              comando,
              columna,
              numero.toString(),
              "El oficio " + numero + " no está registrado; se guarda el número como texto."));
    }
  }

  private void aplicarProceso(ComandoProceso c, Entidad entidad) {
    List<ProcesoElectoral> deLaEntidad = procesosDe(entidad);
    Optional<ProcesoElectoral> existente =
        deLaEntidad.stream()
            .filter(p -> TextoComparable.iguales(p.getNombre(), c.proceso()))
            .findFirst();
    ProcesoElectoral nuevo = c.crear(entidad);
    guardar(
        c,
        existente,
        nuevo,
        p -> {
          repos.procesos.store(p);
          deLaEntidad.add(p);
        },
        (viejo, otro) -> viejo.actualizarDesde(otro));
  }

  private <T extends Auditable> void guardar(
      Comando comando,
      Optional<T> existente,
      T nuevo,
      Consumer<T> alta,
      BiConsumer<T, T> actualizar) {
    Hoja hoja = comando.hoja();
    Conteo conteo = conteos.getOrDefault(hoja, Conteo.CERO);
    if (existente.isEmpty()) {
      alta.accept(nuevo);
      repos.cambios.store(Cambio.alta(nuevo, autoria, momento));
      conteos.put(hoja, conteo.conNuevo());
      return;
    }
    T registro = existente.get();
    Map<String, String> antes = registro.valores();
    if (antes.equals(nuevo.valores())) {
      conteos.put(hoja, conteo.conSinCambios());
      return;
    }
    actualizar.accept(registro, nuevo);
    Cambio.modificaciones(antes, registro, autoria, momento).forEach(repos.cambios::store);
    conteos.put(hoja, conteo.conActualizado());
  }

  private Entidad entidad(ClaveEntidad clave) {
    if (clave == null) {
      throw new DatoInvalido("Entidad", "", "Falta la entidad.");
    }
    Entidad entidad = entidades.get(clave.valor());
    if (entidad == null) {
      throw new DatoInvalido("Entidad", clave.valor(), "No existe la entidad " + clave + ".");
    }
    return entidad;
  }

  private List<ProcesoElectoral> procesosDe(Entidad entidad) {
    return procesos.computeIfAbsent(entidad.getClave().valor(), k -> new ArrayList<>());
  }

  private ProcesoElectoral proceso(Comando comando) {
    Entidad entidad = entidad(comando.entidad());
    return new ResolutorProceso(entidad.getNombre(), procesosDe(entidad))
        .resolver(comando.proceso());
  }

  Map<Hoja, Conteo> conteos() {
    return conteos;
  }

  List<ErrorDeRegistro> errores() {
    return errores;
  }

  List<AvisoDeRegistro> avisos() {
    return avisos;
  }
}
