package mx.seguimientoprep.domain.estado;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import mx.seguimientoprep.domain.ArchivoDelProyecto;
import mx.seguimientoprep.domain.Tsv;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.acuerdo.OrganoAcuerdo;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.OplTsv;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
import mx.seguimientoprep.domain.entregable.CatalogoTsv;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.Cargo;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.Realizacion;
import mx.seguimientoprep.domain.proceso.ResolutorProceso;
import mx.seguimientoprep.domain.proceso.VersionLineamientos;
import mx.seguimientoprep.domain.registro.ComandoAcuerdo;
import mx.seguimientoprep.domain.registro.ComandoEntregable;
import mx.seguimientoprep.domain.registro.ComandoIntegrante;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import mx.seguimientoprep.domain.registro.ComandoProceso;
import mx.seguimientoprep.domain.registro.ComandoSesion;
import mx.seguimientoprep.domain.registro.LecturaDeCampo;
import mx.seguimientoprep.domain.sesion.Organo;
import mx.seguimientoprep.domain.sesion.Sesion;
import mx.seguimientoprep.domain.sesion.TipoSesion;

/**
 * Los datos de demostración (../demo/*.tsv, los hechos de los informes semilla) leídos como los
 * leería la importación: cada fila se vuelve un comando y el comando crea el registro.
 */
public final class DatosDemo {

  private static final DateTimeFormatter DIA =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final ResolutorEntidad entidades = new ResolutorEntidad(OplTsv.entidades());
  private final List<DefinicionEntregable> definiciones = CatalogoTsv.definiciones();
  private final Catalogo catalogo = new Catalogo(definiciones);
  private final List<ProcesoElectoral> procesos = new ArrayList<>();
  private final List<Acuerdo> acuerdos = new ArrayList<>();
  private final List<Oficio> oficios = new ArrayList<>();
  private final List<Sesion> sesiones = new ArrayList<>();
  private final List<Entregable> entregables = new ArrayList<>();
  private final List<IntegranteCotaprep> integrantes = new ArrayList<>();

  private DatosDemo() {}

  public static DatosDemo cargar() {
    DatosDemo datos = new DatosDemo();
    filas("Procesos").forEach(datos::proceso);
    filas("Acuerdos").forEach(datos::acuerdo);
    filas("Oficios").forEach(datos::oficio);
    filas("Sesiones").forEach(datos::sesion);
    filas("Entregables").forEach(datos::entregable);
    filas("COTAPREP").forEach(datos::integrante);
    return datos;
  }

  public List<DefinicionEntregable> catalogo() {
    return definiciones;
  }

  /** Las 33 entidades de opl.tsv. */
  public List<Entidad> entidades() {
    return OplTsv.entidades();
  }

  public List<ProcesoElectoral> procesos() {
    return List.copyOf(procesos);
  }

  public List<Acuerdo> acuerdos() {
    return List.copyOf(acuerdos);
  }

  public List<Oficio> oficios() {
    return List.copyOf(oficios);
  }

  public List<Sesion> sesiones() {
    return List.copyOf(sesiones);
  }

  public List<Entregable> entregables() {
    return List.copyOf(entregables);
  }

  public List<IntegranteCotaprep> integrantes() {
    return List.copyOf(integrantes);
  }

  public List<ProcesoElectoral> procesosDe(String entidad) {
    Entidad buscada = entidad(entidad);
    return procesos.stream().filter(p -> p.getEntidad().equals(buscada)).toList();
  }

  /** Lo registrado del proceso actual de la entidad a la fecha. */
  public Expediente expediente(String entidad, LocalDate referencia) {
    ProcesoElectoral proceso =
        EstadoPrep.procesoActual(procesosDe(entidad), referencia)
            .orElseThrow(() -> new AssertionError(entidad + " no tiene procesos en la demo"));
    return new Expediente(
        proceso,
        delProceso(entregables, Entregable::getProceso, proceso),
        delProceso(acuerdos, Acuerdo::getProceso, proceso),
        delProceso(oficios, Oficio::getProceso, proceso),
        delProceso(sesiones, Sesion::getProceso, proceso),
        delProceso(integrantes, IntegranteCotaprep::getProceso, proceso));
  }

  /** Lo registrado de un proceso de la entidad, por sus años ({@code 2021}). */
  public Expediente expedienteDe(String entidad, String anios) {
    ProcesoElectoral proceso =
        procesosDe(entidad).stream()
            .filter(p -> p.coincideCon(anios))
            .findFirst()
            .orElseThrow(() -> new AssertionError(entidad + " no tiene el proceso " + anios));
    return new Expediente(
        proceso,
        delProceso(entregables, Entregable::getProceso, proceso),
        delProceso(acuerdos, Acuerdo::getProceso, proceso),
        delProceso(oficios, Oficio::getProceso, proceso),
        delProceso(sesiones, Sesion::getProceso, proceso),
        delProceso(integrantes, IntegranteCotaprep::getProceso, proceso));
  }

  public EstadoPrep estado(String entidad, LocalDate referencia) {
    return EstadoPrep.calcular(expediente(entidad, referencia), definiciones, referencia);
  }

  private static <T> List<T> delProceso(
      List<T> registros, Function<T, ProcesoElectoral> proceso, ProcesoElectoral buscado) {
    return registros.stream().filter(r -> proceso.apply(r) == buscado).toList();
  }

  private static List<Map<String, String>> filas(String hoja) {
    return Tsv.filas(ArchivoDelProyecto.ruta(ArchivoDelProyecto.DEMO + hoja + ".tsv"));
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
            fecha(f.get("Seguimiento desde")),
            fecha(f.get("Seguimiento hasta")),
            fecha(f.get("Jornada original")),
            fecha(f.get("Cambio de jornada")),
            valor(f.get("Lineamientos"), VersionLineamientos::desdeTexto),
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
            LecturaDeCampo.fechaOMes("Fecha", f.get("Fecha")),
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
            oficio(f.get("Número")),
            LecturaDeCampo.fechaOMes("Fecha", f.get("Fecha")),
            valor(f.get("Sentido"), Sentido::desdeTexto),
            f.get("Remitente"),
            f.get("Destinatario"),
            f.get("Asunto"),
            f.get("Entregables") == null || f.get("Entregables").isBlank()
                ? List.of()
                : Arrays.asList(f.get("Entregables").split("[,;]")),
            LecturaDeCampo.numerosOficio("En respuesta a", f.get("En respuesta a")),
            LecturaDeCampo.renglones(f.get("Anexos")),
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
            oficio(f.get("Oficio de envío")),
            oficio(f.get("Oficio de respuesta")),
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

  private Entidad entidad(String texto) {
    if (entidades.resolver(texto) instanceof Resolucion.Encontrada encontrada) {
      return encontrada.entidad();
    }
    throw new AssertionError("La demo nombra una entidad que no se reconoce: " + texto);
  }

  private ProcesoElectoral proceso(Entidad entidad, String referencia) {
    List<ProcesoElectoral> deLaEntidad =
        procesos.stream().filter(p -> p.getEntidad().equals(entidad)).toList();
    return new ResolutorProceso(entidad.getNombre(), deLaEntidad).resolver(referencia);
  }

  private static LocalDate fecha(String texto) {
    return texto == null || texto.isBlank() ? null : LocalDate.parse(texto, DIA);
  }

  private static NumeroAcuerdo acuerdo(String texto) {
    return texto == null || texto.isBlank() ? null : new NumeroAcuerdo(texto);
  }

  private static NumeroOficio oficio(String texto) {
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
