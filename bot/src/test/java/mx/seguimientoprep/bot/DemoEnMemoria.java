package mx.seguimientoprep.bot;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import mx.seguimientoprep.bot.oficio.OficioExistente;
import mx.seguimientoprep.bot.oficio.OficiosRegistrados;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.DefinicionEntregableRepository;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.DatosDemo;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.estado.ExpedienteConEstado;
import mx.seguimientoprep.domain.estado.LecturaDelEstado;
import mx.seguimientoprep.domain.estado.RegistrosEnMemoria;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.informe.Apartado;
import mx.seguimientoprep.domain.informe.Bloque;
import mx.seguimientoprep.domain.informe.InformeMensual;
import mx.seguimientoprep.domain.informe.RedaccionDelInforme;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.ProcesoRepository;
import mx.seguimientoprep.domain.proceso.ResolutorProceso;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import mx.seguimientoprep.domain.registro.OficioYaRegistrado;
import mx.seguimientoprep.domain.registro.RegistrarOficio;
import mx.seguimientoprep.domain.sesion.Sesion;

/**
 * Los datos de demostración (../demo/*.tsv, los hechos de los informes semilla), las entidades de
 * opl.tsv y el catálogo de la especificación, leídos como los leería la importación (cada fila se
 * vuelve un comando y el comando crea el registro) y servidos en memoria por los mismos casos de
 * uso, repositorios y puertos que la aplicación da al bot. El estado se calcula con la función pura
 * del dominio, por el mismo caso de uso de lectura que en la aplicación.
 */
public final class DemoEnMemoria
    implements ConsultarEstado,
        ProcesoRepository,
        DefinicionEntregableRepository,
        OficiosRegistrados,
        RegistrarOficio,
        InformesDelMes {

  private final List<Entidad> todasLasEntidades;
  private final ResolutorEntidad entidades;
  private final List<DefinicionEntregable> definiciones;
  private final Catalogo catalogo;
  private final List<ProcesoElectoral> procesos;
  private final List<Acuerdo> acuerdos;
  private final List<Oficio> oficios;
  private final List<Sesion> sesiones;
  private final List<Entregable> entregables;
  private final List<IntegranteCotaprep> integrantes;
  private final List<Autoria> autorias = new ArrayList<>();
  private final List<String> informesPedidos = new ArrayList<>();

  private DemoEnMemoria(DatosDemo demo) {
    todasLasEntidades = demo.entidades();
    entidades = new ResolutorEntidad(todasLasEntidades);
    definiciones = demo.catalogo();
    catalogo = new Catalogo(definiciones);
    procesos = new ArrayList<>(demo.procesos());
    acuerdos = new ArrayList<>(demo.acuerdos());
    oficios = new ArrayList<>(demo.oficios());
    sesiones = new ArrayList<>(demo.sesiones());
    entregables = new ArrayList<>(demo.entregables());
    integrantes = new ArrayList<>(demo.integrantes());
  }

  /** Los hechos de demostración (leídos por el fixture del dominio), en memoria y modificables. */
  public static DemoEnMemoria cargar() {
    return new DemoEnMemoria(DatosDemo.cargar());
  }

  public ResolutorEntidad resolutor() {
    return entidades;
  }

  /** Los puertos del bot sobre la demostración, con los almacenes del chat que da la prueba. */
  Puertos puertos(
      ConversacionesEnMemoria conversaciones,
      InvitacionesEnMemoria invitaciones,
      SuscripcionesEnMemoria suscripciones,
      NoEntendidosEnMemoria noEntendidos,
      PreguntasRecientesEnMemoria preguntas) {
    return new Puertos(
        entidades,
        this,
        this,
        this,
        this,
        this,
        conversaciones,
        invitaciones,
        this,
        suscripciones,
        noEntendidos,
        preguntas);
  }

  /** El bot sobre la demostración al 31/10/2021 (la fecha del informe de Durango), en México. */
  UpdateDispatcher alDelInformeDeDurango(NoEntendidosEnMemoria noEntendidos) {
    return alDelInformeDeDurango(noEntendidos, new PreguntasRecientesEnMemoria());
  }

  /** El mismo, con las preguntas recientes guardadas donde diga la prueba (otro nodo, otro día). */
  UpdateDispatcher alDelInformeDeDurango(
      NoEntendidosEnMemoria noEntendidos, PreguntasRecientesEnMemoria preguntas) {
    return new BotUpdateDispatcher(
        new ConfiguracionBot(
            "SeguimientoPrepBot",
            java.time.ZoneId.of("America/Mexico_City"),
            Optional.of(LocalDate.of(2021, 10, 31))),
        puertos(
            new ConversacionesEnMemoria(),
            new InvitacionesEnMemoria(),
            new SuscripcionesEnMemoria(),
            noEntendidos,
            preguntas));
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

  // ConsultarEstado: el caso de uso de lectura del dominio, sobre lo que hay en memoria ahora.

  private ConsultarEstado lectura() {
    return new LecturaDelEstado(
        () ->
            new RegistrosEnMemoria(procesos.stream().map(this::expediente).toList(), definiciones));
  }

  @Override
  public Optional<EstadoPrep> estadoActual(ClaveEntidad entidad, LocalDate referencia) {
    return lectura().estadoActual(entidad, referencia);
  }

  @Override
  public List<EstadoPrep> estadosActuales(LocalDate referencia) {
    return lectura().estadosActuales(referencia);
  }

  @Override
  public Optional<Expediente> expediente(ClaveEntidad entidad, LocalDate referencia) {
    return lectura().expediente(entidad, referencia);
  }

  @Override
  public Optional<ExpedienteConEstado> expedienteConEstado(
      ClaveEntidad entidad, Optional<String> proceso, LocalDate referencia) {
    return lectura().expedienteConEstado(entidad, proceso, referencia);
  }

  @Override
  public Optional<ProcesoElectoral> procesoActual(ClaveEntidad entidad, LocalDate referencia) {
    return lectura().procesoActual(entidad, referencia);
  }

  @Override
  public List<ProcesoElectoral> procesos(ClaveEntidad entidad) {
    return lectura().procesos(entidad);
  }

  @Override
  public List<ExpedienteConEstado> seleccion(
      Optional<ClaveEntidad> entidad,
      Optional<String> proceso,
      Optional<YearMonth> mes,
      LocalDate referencia) {
    return lectura().seleccion(entidad, proceso, mes, referencia);
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

  private ProcesoElectoral proceso(Entidad entidad, String referencia) {
    return new ResolutorProceso(entidad.getNombre(), findByEntidad(entidad.getClave()))
        .resolver(referencia);
  }

  // InformesDelMes: el informe redactado por el dominio, en texto plano (el documento de Word lo
  // escribe la aplicación; aquí basta con lo que dice).

  @Override
  public Optional<Respuesta.Documento> informe(
      Entidad entidad, YearMonth mes, LocalDate presentacion, String autor) {
    informesPedidos.add(entidad.getNombre() + " " + mes + " por " + autor);
    return new RedaccionDelInforme(this, () -> definiciones)
        .redactar(entidad.getClave(), Optional.empty(), mes, presentacion)
        .map(RedaccionDelInforme.Redactado::informe)
        .map(
            i ->
                new Respuesta.Documento(
                    i.nombreDeArchivo(), texto(i).getBytes(StandardCharsets.UTF_8)));
  }

  /** Los informes que pidió el bot: entidad, mes y autor. */
  public List<String> informesPedidos() {
    return List.copyOf(informesPedidos);
  }

  private static String texto(InformeMensual informe) {
    StringBuilder texto = new StringBuilder(informe.titulo()).append('\n');
    for (Apartado a : informe.apartados()) {
      texto.append(a.encabezado()).append('\n');
      for (Bloque b : a.bloques()) {
        if (b instanceof Bloque.Parrafo p) {
          texto.append(p.texto()).append('\n');
        } else if (b instanceof Bloque.Lista l) {
          l.elementos().forEach(e -> texto.append(e).append('\n'));
        }
      }
    }
    informe.sinHechos().ifPresent(t -> texto.append(t).append('\n'));
    return texto.toString();
  }
}
