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
 * OPL al INE y los nones la respuesta del INE a su envío, de la misma entidad y el mismo proceso,
 * con números únicos ya normalizados ({@code IEC/SE/000123/2023}, {@code INE/UNICOM/000124/2023}).
 * Cada par va a la entidad siguiente y, tras las 32, al proceso siguiente: los oficios quedan
 * repartidos por igual entre todos los procesos. El libro generado y la exportación escriben
 * exactamente estos valores.
 *
 * @param proceso el índice de su proceso en {@link SyntheticWorkbook#procesos()}
 * @param anios los años de su proceso, como los escribe la columna {@code Proceso}
 */
record SyntheticOficio(
    int proceso,
    String entidad,
    String anios,
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

  /** El oficio en {@code posicion} de un libro con un solo proceso, el 2023-2024. */
  static SyntheticOficio de(int posicion, List<Entidad> estados) {
    return de(posicion, estados, List.of(CicloSintetico.ORDINARIO_2023_2024));
  }

  static SyntheticOficio de(int posicion, List<Entidad> estados, List<CicloSintetico> ciclos) {
    int par = posicion / 2;
    int estado = par % estados.size();
    int indiceCiclo = (par / estados.size()) % ciclos.size();
    CicloSintetico ciclo = ciclos.get(indiceCiclo);
    int proceso = indiceCiclo * estados.size() + estado;
    Entidad entidad = estados.get(estado);
    String siglas = entidad.getSiglas().toUpperCase(Locale.ROOT);
    int anio = ciclo.primerAnio();
    String envio = "%s/SE/%06d/%d".formatted(siglas, 2 * par + 1, anio);
    LocalDate fechaEnvio = ciclo.primeraFecha().plusDays(par % 300);
    if (posicion % 2 == 0) {
      return new SyntheticOficio(
          proceso,
          entidad.getNombre(),
          ciclo.anios(),
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
        proceso,
        entidad.getNombre(),
        ciclo.anios(),
        "INE/UNICOM/%06d/%d".formatted(2 * par + 2, anio),
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

  /** El oficio como quedaría guardado, con su proceso de {@link SyntheticWorkbook#procesos()}. */
  Oficio oficio(List<ProcesoElectoral> procesos) {
    return new Oficio(
        procesos.get(proceso),
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
