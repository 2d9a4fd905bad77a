package mx.seguimientoprep.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;

/**
 * Un oficio del libro de la medición, determinado solo por su posición: los pares son envíos de un
 * OPL al INE y los nones la respuesta del INE a su envío, de la misma entidad, con números únicos
 * ya normalizados ({@code IEC/SE/000123/2023}, {@code INE/UNICOM/000124/2023}). El libro generado y
 * la exportación escriben exactamente estos valores.
 *
 * @param estado el índice de la entidad en la lista de las 32
 */
record SyntheticOficio(
    int estado,
    String entidad,
    String numero,
    LocalDate fecha,
    Sentido sentido,
    String remitente,
    String destinatario,
    String asunto,
    String entregables,
    String enRespuestaA,
    ResultadoRevision resultado,
    String notas) {

  static final LocalDate PRIMERA_FECHA = LocalDate.of(2023, 7, 3);

  static SyntheticOficio de(int posicion, List<Entidad> estados) {
    int par = posicion / 2;
    int estado = par % estados.size();
    Entidad entidad = estados.get(estado);
    String siglas = entidad.getSiglas().toUpperCase(Locale.ROOT);
    String envio = "%s/SE/%06d/2023".formatted(siglas, 2 * par + 1);
    LocalDate fechaEnvio = PRIMERA_FECHA.plusDays(par % 300);
    if (posicion % 2 == 0) {
      return new SyntheticOficio(
          estado,
          entidad.getNombre(),
          envio,
          fechaEnvio,
          Sentido.ENVIADO_AL_INE,
          "Secretaría Ejecutiva del " + entidad.getSiglas(),
          "UNICOM",
          "Remite el informe mensual de avance en la implementación y operación del PREP, folio "
              + (posicion + 1)
              + ".",
          par % 3 == 0 ? "E03,E06" : "E03",
          null,
          null,
          par % 5 == 0 ? "Se anexa el acuse de recibo de la Oficialía de Partes." : null);
    }
    return new SyntheticOficio(
        estado,
        entidad.getNombre(),
        "INE/UNICOM/%06d/2023".formatted(2 * par + 2),
        fechaEnvio.plusDays(5),
        Sentido.RECIBIDO_DEL_INE,
        "UNICOM",
        "Secretaría Ejecutiva del " + entidad.getSiglas(),
        "Da respuesta al oficio " + envio + " sobre el informe mensual de avance del PREP.",
        "E03",
        envio,
        par % 4 == 0 ? ResultadoRevision.CON_OBSERVACIONES : ResultadoRevision.SIN_OBSERVACIONES,
        null);
  }

  /** El oficio como quedaría guardado, con su proceso. */
  Oficio oficio(List<ProcesoElectoral> procesos) {
    return new Oficio(
        procesos.get(estado),
        new NumeroOficio(numero),
        fecha,
        sentido,
        remitente,
        destinatario,
        asunto,
        Arrays.asList(entregables.split(",")),
        enRespuestaA == null ? null : new NumeroOficio(enRespuestaA),
        resultado,
        notas);
  }
}
