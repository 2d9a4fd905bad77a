package mx.seguimientoprep.bot.respuesta;

import mx.seguimientoprep.domain.usuario.Rol;

/** /ayuda: lo que el bot entiende, con ejemplos; el registro de oficios solo a quien puede. */
public final class Ayuda {

  private static final String CONSULTAS =
      """
      Pregúntame cómo va el PREP de una entidad; la reconozco por su nombre, siglas, abreviatura \
      o clave, con o sin acentos:
      • estado del PREP Durango
      • ¿Cómo va el PREP de Durango?
      • estado IEPC Durango · DURANGO · estado dgo · Edomex · 10

      Comandos:
      /estado durango — la tarjeta de estado del proceso actual
      /oficios durango — los 10 oficios más recientes
      /pendientes durango — entregables pendientes y vencidos, con su fecha límite
      /acuerdos coahuila — los acuerdos del proceso actual
      /sesiones aguascalientes — sesiones y reuniones, con fechas
      /vencimientos — lo que vence en los próximos 30 días, en todas las entidades
      /ayuda — este mensaje""";

  private static final String REGISTRO =
      """

      Registrar oficios:
      /oficio — te pregunto los datos uno por uno
      /oficio IEC/SE/1766/2020 03/11/2020 enviado Remite acuerdo IEC/CG/145/2020 — en una \
      línea: número, fecha, sentido y asunto; solo pregunto lo que falte
      /cancelar — termina el registro sin guardar nada""";

  private static final String EN_GRUPOS =
      "\n\nEn un grupo, escríbeme un comando o mencióname: @%s estado durango";

  private Ayuda() {}

  public static Respuesta para(Rol rol, String nombreDelBot) {
    StringBuilder texto = new StringBuilder(CONSULTAS);
    if (rol == Rol.STAFF) {
      texto.append("\n").append(REGISTRO);
    }
    texto.append(String.format(EN_GRUPOS, nombreDelBot));
    return Respuesta.de(texto.toString());
  }
}
