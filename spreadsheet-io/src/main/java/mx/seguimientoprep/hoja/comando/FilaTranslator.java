package mx.seguimientoprep.hoja.comando;

import java.time.LocalDate;
import java.util.Optional;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.acuerdo.OrganoAcuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.fecha.FechaOMes;
import mx.seguimientoprep.domain.proceso.Cargo;
import mx.seguimientoprep.domain.proceso.Realizacion;
import mx.seguimientoprep.domain.proceso.VersionLineamientos;
import mx.seguimientoprep.domain.registro.Comando;
import mx.seguimientoprep.domain.registro.ComandoAcuerdo;
import mx.seguimientoprep.domain.registro.ComandoEntregable;
import mx.seguimientoprep.domain.registro.ComandoIntegrante;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import mx.seguimientoprep.domain.registro.ComandoProceso;
import mx.seguimientoprep.domain.registro.ComandoSesion;
import mx.seguimientoprep.domain.registro.LecturaDeCampo;
import mx.seguimientoprep.domain.registro.LecturaDeOficio;
import mx.seguimientoprep.domain.sesion.Organo;
import mx.seguimientoprep.domain.sesion.TipoSesion;

/**
 * Convierte una fila de una hoja en el comando del dominio que le corresponde, con cada valor ya
 * tipado. Lo que depende de lo registrado (el proceso, los entregables del catálogo, los oficios
 * citados) lo resuelve el caso de uso.
 */
final class FilaTranslator {

  private final ResolutorEntidad entidades;
  private final LecturaDeOficio oficios;

  FilaTranslator(ResolutorEntidad entidades) {
    this.entidades = entidades;
    this.oficios = new LecturaDeOficio(entidades);
  }

  /** El comando de la fila si no tiene errores; los errores y avisos quedan en {@code campos}. */
  Optional<Comando> traducir(CamposDeFila campos) {
    try {
      return Optional.ofNullable(
          switch (campos.hoja()) {
            case PROCESOS -> proceso(campos);
            case ACUERDOS -> acuerdo(campos);
            case OFICIOS -> oficio(campos);
            case SESIONES -> sesion(campos);
            case ENTREGABLES -> entregable(campos);
            case COTAPREP -> integrante(campos);
            case CATALOGO, RESUMEN ->
                throw new IllegalArgumentException(
                    "La hoja " + campos.hoja().nombre() + " no se importa.");
          });
    } catch (DatoInvalido rechazado) {
      campos.rechazado(rechazado);
      return Optional.empty();
    }
  }

  private ComandoProceso proceso(CamposDeFila campos) {
    ClaveEntidad entidad = campos.entidad(entidades);
    String proceso = campos.textoObligatorio("Proceso");
    LocalDate jornada = campos.fecha("Jornada electoral", false);
    String instancia = campos.texto("Instancia interna");
    String titular = campos.texto("Titular de la instancia");
    var acuerdo = campos.numeroAcuerdo("Acuerdo de designación", false);
    Realizacion realizacion = campos.valorFijo("Realización", false, Realizacion.class);
    String enteAuditor = campos.texto("Ente auditor");
    LocalDate desde = campos.fecha("Seguimiento desde", false);
    LocalDate hasta = campos.fecha("Seguimiento hasta", false);
    LocalDate jornadaOriginal = campos.fecha("Jornada original", false);
    LocalDate cambio = campos.fecha("Cambio de jornada", false);
    VersionLineamientos lineamientos =
        campos.valorFijo("Lineamientos", false, VersionLineamientos.class);
    return campos.sinErrores()
        ? new ComandoProceso(
            entidad,
            proceso,
            jornada,
            instancia,
            titular,
            acuerdo,
            realizacion,
            enteAuditor,
            desde,
            hasta,
            jornadaOriginal,
            cambio,
            lineamientos,
            campos.origen())
        : null;
  }

  private ComandoAcuerdo acuerdo(CamposDeFila campos) {
    ClaveEntidad entidad = campos.entidad(entidades);
    String proceso = campos.texto("Proceso");
    var clave = campos.numeroAcuerdo("Clave", true);
    FechaOMes fecha = campos.fechaOMes("Fecha", texto -> LecturaDeCampo.fechaOMes("Fecha", texto));
    if (fecha == null && campos.texto("Fecha") == null) {
      campos.aviso("Fecha", "El acuerdo no tiene fecha; se registra sin ella.");
    }
    OrganoAcuerdo organo = campos.valorFijo("Órgano", false, OrganoAcuerdo.class);
    String sesion = campos.texto("Sesión");
    String entregable = campos.texto("Entregable");
    String descripcion = campos.textoObligatorio("Descripción");
    return campos.sinErrores()
        ? new ComandoAcuerdo(
            entidad,
            proceso,
            clave,
            fecha,
            organo,
            sesion,
            entregable,
            descripcion,
            campos.origen())
        : null;
  }

  /** Cada campo del oficio lo lee el dominio, como lee los de la API y las respuestas del bot. */
  private ComandoOficio oficio(CamposDeFila campos) {
    return oficios.leer(campos, campos.origen());
  }

  private ComandoSesion sesion(CamposDeFila campos) {
    ClaveEntidad entidad = campos.entidad(entidades);
    String proceso = campos.texto("Proceso");
    Organo organo = campos.valorFijo("Órgano", true, Organo.class);
    TipoSesion tipo = campos.valorFijo("Tipo", true, TipoSesion.class);
    Integer numero = campos.entero("Número");
    LocalDate fecha = campos.fecha("Fecha", true);
    String ordenDelDia = campos.texto("Orden del día");
    String resultados = campos.texto("Resultados");
    return campos.sinErrores()
        ? new ComandoSesion(
            entidad, proceso, organo, tipo, numero, fecha, ordenDelDia, resultados, campos.origen())
        : null;
  }

  private ComandoEntregable entregable(CamposDeFila campos) {
    ClaveEntidad entidad = campos.entidad(entidades);
    String proceso = campos.texto("Proceso");
    String entregable = campos.textoObligatorio("Entregable");
    var periodo = campos.periodo("Periodo");
    LocalDate fechaLimite = campos.fecha("Fecha límite", false);
    EstadoEntregable estado = campos.valorFijo("Estado", true, EstadoEntregable.class);
    LocalDate fechaEnvio = campos.fecha("Fecha de envío", false);
    var oficioEnvio = campos.numeroOficio("Oficio de envío", false);
    var oficioRespuesta = campos.numeroOficio("Oficio de respuesta", false);
    String observaciones = campos.texto("Observaciones");
    return campos.sinErrores()
        ? new ComandoEntregable(
            entidad,
            proceso,
            entregable,
            periodo,
            fechaLimite,
            estado,
            fechaEnvio,
            oficioEnvio,
            oficioRespuesta,
            observaciones,
            campos.origen())
        : null;
  }

  private ComandoIntegrante integrante(CamposDeFila campos) {
    ClaveEntidad entidad = campos.entidad(entidades);
    String proceso = campos.texto("Proceso");
    String nombre = campos.textoObligatorio("Nombre");
    String institucion = campos.texto("Institución");
    Cargo cargo = campos.valorFijo("Cargo", false, Cargo.class);
    var acuerdo = campos.numeroAcuerdo("Acuerdo", false);
    return campos.sinErrores()
        ? new ComandoIntegrante(
            entidad, proceso, nombre, institucion, cargo, acuerdo, campos.origen())
        : null;
  }
}
