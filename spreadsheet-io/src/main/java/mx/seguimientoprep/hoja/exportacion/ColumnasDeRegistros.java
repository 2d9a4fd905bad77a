package mx.seguimientoprep.hoja.exportacion;

import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.acuerdo.OrganoAcuerdo;
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
import mx.seguimientoprep.domain.proceso.VersionLineamientos;
import mx.seguimientoprep.domain.sesion.Organo;
import mx.seguimientoprep.domain.sesion.Sesion;
import mx.seguimientoprep.domain.sesion.TipoSesion;
import mx.seguimientoprep.hoja.Hoja;

/**
 * Cómo se escribe cada registro guardado en su hoja, columna por columna, con los valores en la
 * forma que la lectura vuelve a entender igual: fechas reales, números normalizados, valores fijos
 * por su etiqueta, entregables {@code E03,E04}, periodos {@code aaaa-mm}.
 */
final class ColumnasDeRegistros {

  static final ColumnasDeHoja<ProcesoElectoral> PROCESOS =
      ColumnasDeHoja.<ProcesoElectoral>de(Hoja.PROCESOS)
          .texto("Entidad", p -> p.getEntidad().getNombre())
          .texto("Proceso", ProcesoElectoral::getNombre)
          .fecha("Jornada electoral", ProcesoElectoral::getJornada)
          .texto("Instancia interna", ProcesoElectoral::getInstanciaInterna)
          .texto("Titular de la instancia", ProcesoElectoral::getTitularInstancia)
          .texto("Acuerdo de designación", ProcesoElectoral::getAcuerdoDesignacion)
          .fija("Realización", Realizacion.class, ProcesoElectoral::getRealizacion)
          .texto("Ente auditor", ProcesoElectoral::getEnteAuditor)
          .fecha("Seguimiento desde", p -> p.getSeguimiento().desde())
          .fecha("Seguimiento hasta", p -> p.getSeguimiento().hasta())
          .fecha("Jornada original", ProcesoElectoral::getJornadaOriginal)
          .fecha("Cambio de jornada", ProcesoElectoral::getCambioDeJornada)
          .fija("Lineamientos", VersionLineamientos.class, ProcesoElectoral::getLineamientos)
          .terminar();

  static final ColumnasDeHoja<Acuerdo> ACUERDOS =
      ColumnasDeHoja.<Acuerdo>de(Hoja.ACUERDOS)
          .texto("Entidad", a -> a.getEntidad().getNombre())
          .texto("Proceso", a -> a.getProceso() == null ? null : a.getProceso().getNombre())
          .texto("Clave", Acuerdo::getClave)
          .fechaOMes("Fecha", Acuerdo::getFechaOMes)
          .fija("Órgano", OrganoAcuerdo.class, Acuerdo::getOrgano)
          .texto("Sesión", Acuerdo::getSesion)
          .texto("Entregable", Acuerdo::getEntregable)
          .parrafo("Descripción", Acuerdo::getDescripcion)
          .terminar();

  static final ColumnasDeHoja<Oficio> OFICIOS =
      ColumnasDeHoja.<Oficio>de(Hoja.OFICIOS)
          .texto("Entidad", o -> o.getEntidad().getNombre())
          .texto("Proceso", o -> o.getProceso().getNombre())
          .texto("Número", Oficio::getNumero)
          .fechaOMes("Fecha", Oficio::getFechaOMes)
          .fija("Sentido", Sentido.class, Oficio::getSentido)
          .texto("Remitente", Oficio::getRemitente)
          .texto("Destinatario", Oficio::getDestinatario)
          .parrafo("Asunto", Oficio::getAsunto)
          .texto("Entregables", o -> String.join(",", o.getEntregables()))
          .texto(
              "En respuesta a",
              o ->
                  o.getEnRespuestaA().isEmpty()
                      ? null
                      : String.join(
                          ", ", o.getEnRespuestaA().stream().map(NumeroOficio::valor).toList()))
          .parrafo("Anexos", o -> o.getAnexos().isEmpty() ? null : String.join("\n", o.getAnexos()))
          .fija("Resultado", ResultadoRevision.class, Oficio::getResultado)
          .parrafo("Notas", Oficio::getNotas)
          .terminar();

  static final ColumnasDeHoja<Sesion> SESIONES =
      ColumnasDeHoja.<Sesion>de(Hoja.SESIONES)
          .texto("Entidad", s -> s.getEntidad().getNombre())
          .texto("Proceso", s -> s.getProceso().getNombre())
          .fija("Órgano", Organo.class, Sesion::getOrgano)
          .fija("Tipo", TipoSesion.class, Sesion::getTipo)
          .entero("Número", Sesion::getNumero)
          .fecha("Fecha", Sesion::getFecha)
          .parrafo("Orden del día", Sesion::getOrdenDelDia)
          .parrafo("Resultados", Sesion::getResultados)
          .terminar();

  static final ColumnasDeHoja<Entregable> ENTREGABLES =
      ColumnasDeHoja.<Entregable>de(Hoja.ENTREGABLES)
          .texto("Entidad", e -> e.getProceso().getEntidad().getNombre())
          .texto("Proceso", e -> e.getProceso().getNombre())
          .texto("Entregable", Entregable::getCodigo)
          .texto("Periodo", Entregable::getPeriodo)
          .fecha("Fecha límite", Entregable::getFechaLimite)
          .fija("Estado", EstadoEntregable.class, Entregable::getEstado)
          .fecha("Fecha de envío", Entregable::getFechaEnvio)
          .texto("Oficio de envío", Entregable::getOficioEnvio)
          .texto("Oficio de respuesta", Entregable::getOficioRespuesta)
          .parrafo("Observaciones", Entregable::getObservaciones)
          .terminar();

  static final ColumnasDeHoja<IntegranteCotaprep> COTAPREP =
      ColumnasDeHoja.<IntegranteCotaprep>de(Hoja.COTAPREP)
          .texto("Entidad", i -> i.getProceso().getEntidad().getNombre())
          .texto("Proceso", i -> i.getProceso().getNombre())
          .texto("Nombre", IntegranteCotaprep::getNombre)
          .texto("Institución", IntegranteCotaprep::getInstitucion)
          .fija("Cargo", Cargo.class, IntegranteCotaprep::getCargo)
          .texto("Acuerdo", IntegranteCotaprep::getAcuerdo)
          .terminar();

  private ColumnasDeRegistros() {}
}
