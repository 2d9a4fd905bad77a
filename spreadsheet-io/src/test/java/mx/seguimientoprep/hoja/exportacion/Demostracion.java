package mx.seguimientoprep.hoja.exportacion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.OplTsv;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.estado.ExpedienteConEstado;
import mx.seguimientoprep.domain.estado.LecturaDelEstado;
import mx.seguimientoprep.domain.estado.RegistrosEnMemoria;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.ResolutorProceso;
import mx.seguimientoprep.domain.registro.Comando;
import mx.seguimientoprep.domain.registro.ComandoAcuerdo;
import mx.seguimientoprep.domain.registro.ComandoEntregable;
import mx.seguimientoprep.domain.registro.ComandoIntegrante;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import mx.seguimientoprep.domain.registro.ComandoProceso;
import mx.seguimientoprep.domain.registro.ComandoSesion;
import mx.seguimientoprep.domain.registro.TipoDeRegistro;
import mx.seguimientoprep.domain.sesion.Sesion;
import mx.seguimientoprep.hoja.comando.LecturaLibro;
import mx.seguimientoprep.hoja.comando.WorkbookTranslator;

/**
 * Los datos de la demostración ({@code demo/*.tsv}, de los informes reales) como quedarían
 * guardados: leídos con el traductor de este módulo y convertidos en registros del dominio con los
 * mismos métodos {@code crear} que usa el caso de uso, con el catálogo por defecto de la
 * especificación.
 */
final class Demostracion {

  static final Path DEMO = Path.of("../demo");
  static final Path CATALOGO = Path.of("../docs/catalogo-entregables.tsv");

  final LecturaLibro lectura;
  final List<DefinicionEntregable> catalogo;
  final List<ProcesoElectoral> procesos = new ArrayList<>();
  final List<Acuerdo> acuerdos = new ArrayList<>();
  final List<Oficio> oficios = new ArrayList<>();
  final List<Sesion> sesiones = new ArrayList<>();
  final List<Entregable> entregables = new ArrayList<>();
  final List<IntegranteCotaprep> integrantes = new ArrayList<>();

  private Demostracion(LecturaLibro lectura, List<DefinicionEntregable> catalogo) {
    this.lectura = lectura;
    this.catalogo = catalogo;
  }

  static WorkbookTranslator traductor() {
    return new WorkbookTranslator(new ResolutorEntidad(OplTsv.entidades()));
  }

  static Demostracion cargar() {
    LecturaLibro lectura = traductor().leerTsv(DEMO);
    if (lectura.conErrores()) {
      throw new IllegalStateException("La demostración tiene errores: " + lectura.errores());
    }
    Demostracion demo = new Demostracion(lectura, catalogoPorDefecto());
    demo.registrar(lectura.comandos());
    return demo;
  }

  /** Los registros de los comandos, como los crea el caso de uso al importar. */
  private void registrar(List<Comando> comandos) {
    Map<ClaveEntidad, Entidad> entidades =
        OplTsv.entidades().stream()
            .collect(Collectors.toMap(Entidad::getClave, Function.identity()));
    Catalogo vigente = new Catalogo(catalogo);
    for (Comando comando : comandos) {
      if (comando instanceof ComandoProceso proceso) {
        procesos.add(proceso.crear(entidades.get(proceso.entidad())));
      }
    }
    for (Comando comando : comandos) {
      if (comando.hoja() == TipoDeRegistro.PROCESOS) {
        continue;
      }
      Entidad entidad = entidades.get(comando.entidad());
      ProcesoElectoral proceso =
          new ResolutorProceso(
                  entidad.getNombre(),
                  procesos.stream().filter(p -> p.getEntidad().equals(entidad)).toList())
              .resolver(comando.proceso());
      if (comando instanceof ComandoAcuerdo acuerdo) {
        acuerdos.add(acuerdo.crear(entidad, proceso, vigente));
      } else if (comando instanceof ComandoOficio oficio) {
        oficios.add(oficio.crear(proceso, vigente));
      } else if (comando instanceof ComandoSesion sesion) {
        sesiones.add(sesion.crear(proceso));
      } else if (comando instanceof ComandoEntregable entregable) {
        entregables.add(entregable.crear(proceso, vigente));
      } else if (comando instanceof ComandoIntegrante integrante) {
        integrantes.add(integrante.crear(proceso));
      }
    }
  }

  /** El estado de cada proceso a la fecha, como lo calcula el dominio. */
  List<EstadoPrep> estados(LocalDate referencia) {
    return seleccion(referencia).stream().map(ExpedienteConEstado::estado).toList();
  }

  /** Todos los procesos con su estado, por el caso de uso de lectura del dominio. */
  private List<ExpedienteConEstado> seleccion(LocalDate referencia) {
    List<Expediente> expedientes =
        procesos.stream()
            .map(
                p ->
                    new Expediente(
                        p,
                        de(p, entregables, Entregable::getProceso),
                        de(p, acuerdos, Acuerdo::getProceso),
                        de(p, oficios, Oficio::getProceso),
                        de(p, sesiones, Sesion::getProceso),
                        de(p, integrantes, IntegranteCotaprep::getProceso)))
            .toList();
    return new LecturaDelEstado(new RegistrosEnMemoria(expedientes, catalogo))
        .seleccion(Optional.empty(), Optional.empty(), Optional.empty(), referencia);
  }

  ContenidoExportacion contenido(LocalDate referencia) {
    return new ContenidoExportacion(
        referencia,
        Alcance.TODO,
        estados(referencia),
        seleccion(referencia).stream()
            .filter(ExpedienteConEstado::actual)
            .map(ExpedienteConEstado::estado)
            .toList(),
        procesos,
        acuerdos,
        oficios,
        sesiones,
        entregables,
        integrantes,
        catalogo);
  }

  ProcesoElectoral proceso(String entidad, String anios) {
    return procesos.stream()
        .filter(p -> p.getEntidad().getNombre().equals(entidad) && p.coincideCon(anios))
        .findFirst()
        .orElseThrow();
  }

  private static <T> List<T> de(
      ProcesoElectoral proceso, List<T> registros, Function<T, ProcesoElectoral> suyo) {
    return registros.stream().filter(r -> suyo.apply(r) == proceso).toList();
  }

  static List<DefinicionEntregable> catalogoPorDefecto() {
    try {
      return Files.readAllLines(CATALOGO).stream()
          .filter(linea -> !linea.startsWith("#") && !linea.startsWith("codigo\t"))
          .map(linea -> linea.split("\t", -1))
          .map(c -> DefinicionEntregable.deLaTabla(c[0], c[1], c[2], c[3], c[4]))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
