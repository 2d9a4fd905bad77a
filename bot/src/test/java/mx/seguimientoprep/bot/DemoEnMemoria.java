package mx.seguimientoprep.bot;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import mx.seguimientoprep.bot.oficio.OficioExistente;
import mx.seguimientoprep.bot.oficio.OficiosRegistrados;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.acuerdo.OrganoAcuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.DefinicionEntregableRepository;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.entregable.Plazo;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.estado.ResumenEntidad;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.Cargo;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.ProcesoRepository;
import mx.seguimientoprep.domain.proceso.Realizacion;
import mx.seguimientoprep.domain.proceso.ResolutorProceso;
import mx.seguimientoprep.domain.registro.ComandoAcuerdo;
import mx.seguimientoprep.domain.registro.ComandoEntregable;
import mx.seguimientoprep.domain.registro.ComandoIntegrante;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import mx.seguimientoprep.domain.registro.ComandoProceso;
import mx.seguimientoprep.domain.registro.ComandoSesion;
import mx.seguimientoprep.domain.registro.OficioYaRegistrado;
import mx.seguimientoprep.domain.registro.RegistrarOficio;
import mx.seguimientoprep.domain.sesion.Organo;
import mx.seguimientoprep.domain.sesion.Sesion;
import mx.seguimientoprep.domain.sesion.TipoSesion;

/**
 * Los datos de demostración (../demo/*.tsv, los hechos de los informes semilla), las entidades de
 * opl.tsv y el catálogo de la especificación, leídos como los leería la importación (cada fila se
 * vuelve un comando y el comando crea el registro) y servidos en memoria por los mismos casos de
 * uso, repositorios y puertos que la aplicación da al bot. El estado se calcula con la función pura
 * del dominio, como en la aplicación.
 */
public final class DemoEnMemoria
    implements ConsultarEstado,
        ProcesoRepository,
        DefinicionEntregableRepository,
        OficiosRegistrados,
        RegistrarOficio {

  private static final DateTimeFormatter DIA =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final List<Entidad> todasLasEntidades = entidadesDeOpl();
  private final ResolutorEntidad entidades = new ResolutorEntidad(todasLasEntidades);
  private final List<DefinicionEntregable> definiciones = definicionesDelCatalogo();
  private final Catalogo catalogo = new Catalogo(definiciones);
  private final List<ProcesoElectoral> procesos = new ArrayList<>();
  private final List<Acuerdo> acuerdos = new ArrayList<>();
  private final List<Oficio> oficios = new ArrayList<>();
  private final List<Sesion> sesiones = new ArrayList<>();
  private final List<Entregable> entregables = new ArrayList<>();
  private final List<IntegranteCotaprep> integrantes = new ArrayList<>();
  private final List<Autoria> autorias = new ArrayList<>();

  private DemoEnMemoria() {}

  public static DemoEnMemoria cargar() {
    DemoEnMemoria datos = new DemoEnMemoria();
    filas("Procesos").forEach(datos::proceso);
    filas("Acuerdos").forEach(datos::acuerdo);
    filas("Oficios").forEach(datos::oficio);
    filas("Sesiones").forEach(datos::sesion);
    filas("Entregables").forEach(datos::entregable);
    filas("COTAPREP").forEach(datos::integrante);
    return datos;
  }

  public ResolutorEntidad resolutor() {
    return entidades;
  }

  public Entidad entidad(String texto) {
    if (entidades.resolver(texto) instanceof Resolucion.Encontrada encontrada) {
      return encontrada.entidad();
    }
    throw new AssertionError("No se reconoce la entidad: " + texto);
  }

  public EstadoPrep estado(String entidad, LocalDate referencia) {
    return estadoActual(entidad(entidad).getClave(), referencia).orElseThrow();
  }

  public Expediente expediente(String entidad, LocalDate referencia) {
    return expediente(entidad(entidad).getClave(), referencia).orElseThrow();
  }

  /** Quién registró cada oficio que llegó por {@link #registrar}, en orden. */
  public List<Autoria> autorias() {
    return List.copyOf(autorias);
  }

  public Optional<Oficio> oficio(String numero) {
    NumeroOficio buscado = new NumeroOficio(numero);
    return oficios.stream().filter(o -> o.getNumero().equals(buscado)).findFirst();
  }

  // ConsultarEstado

  @Override
  public Optional<EstadoPrep> estadoActual(ClaveEntidad entidad, LocalDate referencia) {
    return expediente(entidad, referencia)
        .map(e -> EstadoPrep.calcular(e, definiciones, referencia));
  }

  @Override
  public List<ResumenEntidad> entidadesConProceso(LocalDate referencia) {
    return procesos.stream()
        .map(p -> p.getEntidad().getClave())
        .distinct()
        .sorted(Comparator.comparing(ClaveEntidad::valor))
        .map(clave -> ResumenEntidad.de(estadoActual(clave, referencia).orElseThrow()))
        .toList();
  }

  @Override
  public Optional<Expediente> expediente(ClaveEntidad entidad, LocalDate referencia) {
    return EstadoPrep.procesoActual(findByEntidad(entidad), referencia).map(this::expediente);
  }

  @Override
  public List<Expediente> expedientes(Optional<ClaveEntidad> entidad) {
    return procesos.stream()
        .filter(p -> entidad.map(p.getEntidad().getClave()::equals).orElse(true))
        .sorted(
            Comparator.comparing((ProcesoElectoral p) -> p.getEntidad().getClave().valor())
                .thenComparing(
                    ProcesoElectoral::getJornada, Comparator.nullsLast(Comparator.naturalOrder())))
        .map(this::expediente)
        .toList();
  }

  // ProcesoRepository

  @Override
  public void store(ProcesoElectoral proceso) {
    procesos.add(proceso);
  }

  @Override
  public List<ProcesoElectoral> findByEntidad(ClaveEntidad entidad) {
    return procesos.stream()
        .filter(p -> p.getEntidad().getClave().equals(entidad))
        .sorted(
            Comparator.comparing(
                ProcesoElectoral::getJornada, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  @Override
  public Optional<ProcesoElectoral> findByEntidadAndNombre(ClaveEntidad entidad, String nombre) {
    return findByEntidad(entidad).stream().filter(p -> p.getNombre().equals(nombre)).findFirst();
  }

  @Override
  public List<ProcesoElectoral> todos() {
    return List.copyOf(procesos);
  }

  // DefinicionEntregableRepository

  @Override
  public void store(DefinicionEntregable definicion) {
    throw new UnsupportedOperationException("El bot no cambia el catálogo");
  }

  @Override
  public List<DefinicionEntregable> todas() {
    return definiciones;
  }

  @Override
  public Optional<DefinicionEntregable> findByCodigo(String codigo) {
    return definiciones.stream().filter(d -> d.getCodigo().equals(codigo)).findFirst();
  }

  // OficiosRegistrados

  @Override
  public Optional<OficioExistente> buscar(NumeroOficio numero) {
    return oficio(numero.valor()).map(OficioExistente::de);
  }

  // RegistrarOficio: como el caso de uso, rechaza un número repetido y crea el oficio del comando.

  @Override
  public Oficio registrar(ComandoOficio comando, Autoria autoria) {
    Optional<Oficio> existente = oficio(comando.numero().valor());
    if (existente.isPresent()) {
      throw new OficioYaRegistrado(existente.get());
    }
    Entidad entidad = entidad(comando.entidad().valor());
    Oficio oficio = comando.crear(proceso(entidad, comando.proceso()), catalogo);
    oficios.add(oficio);
    autorias.add(autoria);
    return oficio;
  }

  private Expediente expediente(ProcesoElectoral proceso) {
    return new Expediente(
        proceso,
        delProceso(entregables, Entregable::getProceso, proceso),
        delProceso(acuerdos, Acuerdo::getProceso, proceso),
        delProceso(oficios, Oficio::getProceso, proceso),
        delProceso(sesiones, Sesion::getProceso, proceso),
        delProceso(integrantes, IntegranteCotaprep::getProceso, proceso));
  }

  // La lectura de los TSV.

  private static <T> List<T> delProceso(
      List<T> registros, Function<T, ProcesoElectoral> proceso, ProcesoElectoral buscado) {
    return registros.stream().filter(r -> proceso.apply(r) == buscado).toList();
  }

  private static List<Map<String, String>> filas(String hoja) {
    return Tsv.filas(ArchivoDelProyecto.ruta(ArchivoDelProyecto.DEMO + hoja + ".tsv"));
  }

  private static List<Entidad> entidadesDeOpl() {
    return Tsv.filas(ArchivoDelProyecto.ruta(ArchivoDelProyecto.OPL)).stream()
        .map(
            f ->
                new Entidad(
                    new ClaveEntidad(f.get("clave")),
                    f.get("entidad"),
                    f.get("siglas"),
                    f.get("nombre"),
                    Arrays.stream(f.get("alias").split("\\|")).filter(a -> !a.isBlank()).toList()))
        .toList();
  }

  private static List<DefinicionEntregable> definicionesDelCatalogo() {
    return Tsv.filas(ArchivoDelProyecto.ruta(ArchivoDelProyecto.CATALOGO)).stream()
        .map(
            f ->
                new DefinicionEntregable(
                    f.get("codigo"), f.get("nombre"), Plazo.de(f.get("plazo"))))
        .toList();
  }

  private void proceso(Map<String, String> f) {
    Entidad entidad = entidad(f.get("Entidad"));
    ComandoProceso comando =
        new ComandoProceso(
            entidad.getClave(),
            f.get("Proceso"),
            fecha(f.get("Jornada electoral")),
            f.get("Instancia interna"),
            f.get("Titular de la instancia"),
            acuerdo(f.get("Acuerdo de designación")),
            valor(f.get("Realización"), Realizacion::desdeTexto),
            f.get("Ente auditor"),
            null);
    procesos.add(comando.crear(entidad));
  }

  private void acuerdo(Map<String, String> f) {
    Entidad entidad = entidad(f.get("Entidad"));
    ComandoAcuerdo comando =
        new ComandoAcuerdo(
            entidad.getClave(),
            f.get("Proceso"),
            acuerdo(f.get("Clave")),
            fecha(f.get("Fecha")),
            valor(f.get("Órgano"), OrganoAcuerdo::desdeTexto),
            f.get("Sesión"),
            f.get("Entregable"),
            f.get("Descripción"),
            null);
    acuerdos.add(comando.crear(entidad, proceso(entidad, comando.proceso()), catalogo));
  }

  private void oficio(Map<String, String> f) {
    Entidad entidad = entidad(f.get("Entidad"));
    ComandoOficio comando =
        new ComandoOficio(
            entidad.getClave(),
            f.get("Proceso"),
            numeroDeOficio(f.get("Número")),
            fecha(f.get("Fecha")),
            valor(f.get("Sentido"), Sentido::desdeTexto),
            f.get("Remitente"),
            f.get("Destinatario"),
            f.get("Asunto"),
            f.get("Entregables").isBlank()
                ? List.of()
                : Arrays.asList(f.get("Entregables").split("[,;]")),
            numeroDeOficio(f.get("En respuesta a")),
            valor(f.get("Resultado"), ResultadoRevision::desdeTexto),
            f.get("Notas"),
            null);
    oficios.add(comando.crear(proceso(entidad, comando.proceso()), catalogo));
  }

  private void sesion(Map<String, String> f) {
    Entidad entidad = entidad(f.get("Entidad"));
    ComandoSesion comando =
        new ComandoSesion(
            entidad.getClave(),
            f.get("Proceso"),
            valor(f.get("Órgano"), Organo::desdeTexto),
            valor(f.get("Tipo"), TipoSesion::desdeTexto),
            f.get("Número").isBlank() ? null : Integer.valueOf(f.get("Número")),
            fecha(f.get("Fecha")),
            f.get("Orden del día"),
            f.get("Resultados"),
            null);
    sesiones.add(comando.crear(proceso(entidad, comando.proceso())));
  }

  private void entregable(Map<String, String> f) {
    Entidad entidad = entidad(f.get("Entidad"));
    ComandoEntregable comando =
        new ComandoEntregable(
            entidad.getClave(),
            f.get("Proceso"),
            f.get("Entregable"),
            f.get("Periodo").isBlank() ? null : YearMonth.parse(f.get("Periodo")),
            fecha(f.get("Fecha límite")),
            valor(f.get("Estado"), EstadoEntregable::desdeTexto),
            fecha(f.get("Fecha de envío")),
            numeroDeOficio(f.get("Oficio de envío")),
            numeroDeOficio(f.get("Oficio de respuesta")),
            f.get("Observaciones"),
            null);
    entregables.add(comando.crear(proceso(entidad, comando.proceso()), catalogo));
  }

  private void integrante(Map<String, String> f) {
    Entidad entidad = entidad(f.get("Entidad"));
    ComandoIntegrante comando =
        new ComandoIntegrante(
            entidad.getClave(),
            f.get("Proceso"),
            f.get("Nombre"),
            f.get("Institución"),
            valor(f.get("Cargo"), Cargo::desdeTexto),
            acuerdo(f.get("Acuerdo")),
            null);
    integrantes.add(comando.crear(proceso(entidad, comando.proceso())));
  }

  private ProcesoElectoral proceso(Entidad entidad, String referencia) {
    return new ResolutorProceso(entidad.getNombre(), findByEntidad(entidad.getClave()))
        .resolver(referencia);
  }

  private static LocalDate fecha(String texto) {
    return texto == null || texto.isBlank() ? null : LocalDate.parse(texto, DIA);
  }

  private static NumeroAcuerdo acuerdo(String texto) {
    return texto == null || texto.isBlank() ? null : new NumeroAcuerdo(texto);
  }

  private static NumeroOficio numeroDeOficio(String texto) {
    return texto == null || texto.isBlank() ? null : new NumeroOficio(texto);
  }

  private static <E> E valor(String texto, Function<String, Optional<E>> desdeTexto) {
    if (texto == null || texto.isBlank()) {
      return null;
    }
    return desdeTexto
        .apply(texto)
        .orElseThrow(() -> new AssertionError("Valor desconocido en la demo: " + texto));
  }
}
