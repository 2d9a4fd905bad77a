package mx.seguimientoprep.domain.registro;

/**
 * Un oficio como lo escribe una persona, un texto por campo (los de la hoja {@code Oficios}), antes
 * de leerlo con {@link LecturaDeOficio#leer}. Un campo vacío es {@code null} o texto en blanco.
 */
public record OficioEscrito(
    String entidad,
    String proceso,
    String numero,
    String fecha,
    String sentido,
    String remitente,
    String destinatario,
    String asunto,
    String entregables,
    String enRespuestaA,
    String resultado,
    String notas,
    String anexos) {}
