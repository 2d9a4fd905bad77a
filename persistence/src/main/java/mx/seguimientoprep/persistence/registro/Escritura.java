package mx.seguimientoprep.persistence.registro;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.TextoComparable;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.historial.Auditable;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Cambio;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
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
import mx.seguimientoprep.domain.registro.TipoDeRegistro;
import mx.seguimientoprep.domain.sesion.Sesion;

/**
 * Una escritura, dentro de una transacción: cada comando se vuelve un registro nuevo o la
 * actualización del registro con la misma clave natural (nunca un borrado), y cada cambio va al
 * historial. Los errores se juntan, no se lanzan, para que quien llama los informe todos y deshaga
 * la transacción.
 *
 * <p>Lo que ya existe se lee de antemano en índices por clave natural, con pocas sentencias para
 * todo el lote (los oficios por número, los acuerdos por entidad, lo demás por proceso la primera
 * vez que se toca un proceso); los registros nuevos se suman a los índices. Quien llama vuelca una
 * sola vez al final, para que un libro de 100 000 filas cueste inserciones en lote, no una consulta
 * por fila.
 */
final class Escritura {

  private final Repositorios repos;
  private final Altas altas;
  private final Autoria autoria;
  private final Instant momento = Instant.now();
  private final Catalogo catalogo;
  private final Map<String, Entidad> entidades = new HashMap<>();
  private final Map<String, List<ProcesoElectoral>> procesos = new HashMap<>();
  private final Map<NumeroOficio, Oficio> oficios = new HashMap<>();
  private final Map<String, Acuerdo> acuerdos = new HashMap<>();
  private final Set<Long> procesosLeidos = new HashSet<>();
  private final Set<ProcesoElectoral> procesosTocados = new HashSet<>();
  private final Map<String, ProcesoElectoral> resueltos = new HashMap<>();
  private final Map<String, Sesion> sesiones = new HashMap<>();
  private final Map<String, Entregable> entregables = new HashMap<>();
  private final Map<String, IntegranteCotaprep> integrantes = new HashMap<>();
  private final Map<TipoDeRegistro, Conteo> conteos = new EnumMap<>(TipoDeRegistro.class);
  private final List<ErrorDeRegistro> errores = new ArrayList<>();
  private final List<AvisoDeRegistro> avisos = new ArrayList<>();

  Escritura(Repositorios repos, Altas altas, Autoria autoria, List<? extends Comando> comandos) {
    this.repos = repos;
    this.altas = altas;
    this.autoria = autoria;
    this.catalogo = repos.definiciones.catalogo();
    repos.entidades.todas().forEach(e -> entidades.put(e.getClave().valor(), e));
    for (ProcesoElectoral p : repos.procesos.todos()) {
      procesos.computeIfAbsent(p.getEntidad().getClave().valor(), k -> new ArrayList<>()).add(p);
    }
    leerOficiosYAcuerdos(comandos);
  }

  private void leerOficiosYAcuerdos(List<? extends Comando> comandos) {
    Set<NumeroOficio> numeros = new HashSet<>();
    Set<String> conAcuerdos = new HashSet<>();
    for (Comando comando : comandos) {
      if (comando instanceof ComandoOficio c) {
        agregar(numeros, c.numero());
        c.enRespuestaA().forEach(n -> agregar(numeros, n));
      } else if (comando instanceof ComandoEntregable c) {
        agregar(numeros, c.oficioEnvio());
        agregar(numeros, c.oficioRespuesta());
      } else if (comando instanceof ComandoAcuerdo c && c.entidad() != null) {
        conAcuerdos.add(c.entidad().valor());
      }
    }
    if (!numeros.isEmpty()) {
      repos.oficios.findByNumeros(numeros).forEach(o -> oficios.put(o.getNumero(), o));
    }
    if (!conAcuerdos.isEmpty()) {
      repos.acuerdos.findByEntidades(conAcuerdos).forEach(a -> acuerdos.put(clave(a), a));
    }
  }

  private static void agregar(Set<NumeroOficio> numeros, NumeroOficio numero) {
    if (numero != null) {
      numeros.add(numero);
    }
  }

  void aplicar(Comando comando) {
    try {
      Entidad entidad = entidad(comando.entidad());
      if (comando instanceof ComandoProceso c) {
        aplicarProceso(c, entidad);
      } else if (comando instanceof ComandoAcuerdo c) {
        Acuerdo nuevo = c.crear(entidad, proceso(c), catalogo);
        guardar(
            c,
            acuerdos,
            clave(nuevo),
            nuevo,
            repos.acuerdos::store,
            (existente, otro) -> existente.actualizarDesde(otro));
        if (c.fecha() == null) {
          avisos.add(
              AvisoDeRegistro.de(
                  c,
                  "Fecha",
                  "",
                  "El acuerdo " + c.clave() + " no tiene fecha; se guarda sin ella."));
        }
      } else if (comando instanceof ComandoOficio c) {
        Oficio nuevo = c.crear(proceso(c), catalogo);
        guardar(
            c,
            oficios,
            nuevo.getNumero(),
            nuevo,
            altas::oficio,
            (existente, otro) -> existente.actualizarDesde(otro));
        if (c.fecha() == null) {
          avisos.add(
              AvisoDeRegistro.de(
                  c,
                  "Fecha",
                  "",
                  "El oficio " + c.numero() + " no tiene fecha; se guarda sin ella."));
        }
      } else if (comando instanceof ComandoSesion c) {
        ProcesoElectoral proceso = leido(proceso(c));
        Sesion nueva = c.crear(proceso);
        guardar(
            c,
            sesiones,
            clave(nueva),
            nueva,
            repos.sesiones::store,
            (existente, otra) -> existente.actualizarDesde(otra));
      } else if (comando instanceof ComandoEntregable c) {
        ProcesoElectoral proceso = leido(proceso(c));
        Entregable nuevo = c.crear(proceso, catalogo);
        guardar(
            c,
            entregables,
            clave(nuevo),
            nuevo,
            repos.entregables::store,
            (existente, otro) -> existente.actualizarDesde(otro));
      } else if (comando instanceof ComandoIntegrante c) {
        ProcesoElectoral proceso = leido(proceso(c));
        IntegranteCotaprep nuevo = c.crear(proceso);
        guardar(
            c,
            integrantes,
            clave(nuevo),
            nuevo,
            repos.integrantes::store,
            (existente, otro) -> existente.actualizarDesde(otro));
      }
    } catch (DatoInvalido dato) {
      errores.add(ErrorDeRegistro.de(comando, dato));
    }
  }

  /**
   * Después de cada comando: los oficios citados que no están registrados se avisan, no se
   * rechazan.
   */
  void avisarOficiosNoRegistrados(List<? extends Comando> comandos) {
    for (Comando comando : comandos) {
      if (comando instanceof ComandoOficio c) {
        c.enRespuestaA().forEach(n -> avisarSiNoExiste(c, "En respuesta a", n));
      } else if (comando instanceof ComandoEntregable c) {
        avisarSiNoExiste(c, "Oficio de envío", c.oficioEnvio());
        avisarSiNoExiste(c, "Oficio de respuesta", c.oficioRespuesta());
      }
    }
  }

  private void avisarSiNoExiste(Comando comando, String columna, NumeroOficio numero) {
    if (numero != null && !oficios.containsKey(numero)) {
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
    Conteo conteo = conteos.getOrDefault(c.hoja(), Conteo.CERO);
    if (existente.isEmpty()) {
      repos.procesos.store(nuevo);
      deLaEntidad.add(nuevo);
      resueltos.clear();
      alta(c.hoja(), conteo, nuevo);
    } else {
      actualizar(
          c.hoja(), conteo, existente.get(), nuevo, (viejo, otro) -> viejo.actualizarDesde(otro));
    }
  }

  private <K, T extends Auditable> void guardar(
      Comando comando,
      Map<K, T> indice,
      K clave,
      T nuevo,
      Consumer<T> almacenar,
      BiConsumer<T, T> actualizacion) {
    Conteo conteo = conteos.getOrDefault(comando.hoja(), Conteo.CERO);
    T existente = indice.get(clave);
    if (existente == null) {
      almacenar.accept(nuevo);
      indice.put(clave, nuevo);
      alta(comando.hoja(), conteo, nuevo);
    } else {
      actualizar(comando.hoja(), conteo, existente, nuevo, actualizacion);
    }
  }

  private void alta(TipoDeRegistro hoja, Conteo conteo, Auditable nuevo) {
    tocar(nuevo);
    altas.cambio(Cambio.alta(nuevo, autoria, momento));
    conteos.put(hoja, conteo.conNuevo());
  }

  private <T extends Auditable> void actualizar(
      TipoDeRegistro hoja, Conteo conteo, T registro, T nuevo, BiConsumer<T, T> actualizacion) {
    Map<String, String> antes = registro.valores();
    if (antes.equals(nuevo.valores())) {
      conteos.put(hoja, conteo.conSinCambios());
      return;
    }
    tocar(registro);
    actualizacion.accept(registro, nuevo);
    tocar(registro);
    Cambio.modificaciones(antes, registro, autoria, momento).forEach(altas::cambio);
    conteos.put(hoja, conteo.conActualizado());
  }

  /** El proceso, con sus sesiones, entregables e integrantes leídos en los índices una sola vez. */
  private ProcesoElectoral leido(ProcesoElectoral proceso) {
    if (proceso.getId() != null && procesosLeidos.add(proceso.getId())) {
      repos.sesiones.findByProceso(proceso).forEach(s -> sesiones.put(clave(s), s));
      repos.entregables.findByProceso(proceso).forEach(e -> entregables.put(clave(e), e));
      repos.integrantes.findByProceso(proceso).forEach(i -> integrantes.put(clave(i), i));
    }
    return proceso;
  }

  private static String clave(Acuerdo a) {
    return a.getEntidad().getClave().valor() + "|" + a.getClave();
  }

  private static String clave(Sesion s) {
    return s.getProceso().getId() + "|" + s.getOrgano() + "|" + s.getTipo() + "|" + s.getFecha();
  }

  private static String clave(Entregable e) {
    return e.getProceso().getId() + "|" + e.getCodigo() + "|" + e.getPeriodo();
  }

  private static String clave(IntegranteCotaprep i) {
    return i.getProceso().getId() + "|" + i.getNombre();
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

  /**
   * El proceso que nombra el comando. Se resuelve una vez por entidad y escritura: un libro nombra
   * los mismos pocos procesos en miles de filas. La caché solo guarda procesos encontrados, y se
   * vacía cuando se agrega un proceso.
   */
  private ProcesoElectoral proceso(Comando comando) {
    Entidad entidad = entidad(comando.entidad());
    String clave = entidad.getClave().valor() + "|" + comando.proceso();
    ProcesoElectoral resuelto = resueltos.get(clave);
    if (resuelto == null) {
      resuelto =
          new ResolutorProceso(entidad.getNombre(), procesosDe(entidad))
              .resolver(comando.proceso());
      resueltos.put(clave, resuelto);
    }
    return resuelto;
  }

  /** Anota el proceso del registro (antes y después de cambiarlo) como tocado por la escritura. */
  private void tocar(Auditable registro) {
    ProcesoElectoral proceso = null;
    if (registro instanceof ProcesoElectoral p) {
      proceso = p;
    } else if (registro instanceof Oficio o) {
      proceso = o.getProceso();
    } else if (registro instanceof Acuerdo a) {
      proceso = a.getProceso();
    } else if (registro instanceof Sesion s) {
      proceso = s.getProceso();
    } else if (registro instanceof Entregable e) {
      proceso = e.getProceso();
    } else if (registro instanceof IntegranteCotaprep i) {
      proceso = i.getProceso();
    }
    if (proceso != null) {
      procesosTocados.add(proceso);
    }
  }

  /**
   * Los procesos cuyos registros cambió la escritura: su {@linkplain ProcesoElectoral#getRevision()
   * revisión} debe crecer en la misma transacción (ver {@link VersionDeDatos#tocar}).
   */
  Set<ProcesoElectoral> procesosTocados() {
    return procesosTocados;
  }

  Map<TipoDeRegistro, Conteo> conteos() {
    return conteos;
  }

  List<ErrorDeRegistro> errores() {
    return errores;
  }

  List<AvisoDeRegistro> avisos() {
    return avisos;
  }
}
