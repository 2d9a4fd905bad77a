package mx.seguimientoprep.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.bot.acceso.Vinculo;
import mx.seguimientoprep.bot.respuesta.Boton;
import mx.seguimientoprep.bot.respuesta.Respuesta;
import mx.seguimientoprep.domain.usuario.Rol;
import org.junit.jupiter.api.Test;

/**
 * Las respuestas de las preguntas nuevas sobre los hechos de la demo, con la fecha de referencia
 * del 31/10/2021: las de la tabla de la issue («¿Quiénes integran el COTAPREP de Aguascalientes?»,
 * «oficio INE/UNICOM/3320/2020», «¿y Coahuila?»…) y las de cada intención.
 */
class PreguntasTest {

  private static final Instant AHORA = Instant.parse("2021-11-01T17:00:00Z");
  private static final long CHAT = 77L;

  private final DemoEnMemoria demo = DemoEnMemoria.cargar();
  private final NoEntendidosEnMemoria noEntendidos = new NoEntendidosEnMemoria();
  private final PreguntasRecientesEnMemoria recientes = new PreguntasRecientesEnMemoria();
  private UpdateDispatcher bot = demo.alDelInformeDeDurango(noEntendidos, recientes);

  private Instant ahora = AHORA;

  private List<Respuesta> pregunta(String texto) {
    return bot.atender(
        MensajeEntrante.texto(
            CHAT,
            CHAT,
            "Consejera",
            TipoDeChat.PRIVADO,
            texto,
            Optional.of(new Vinculo(Rol.CONSEJERO, "Consejera Pérez")),
            ahora));
  }

  private String texto(String pregunta) {
    List<Respuesta> respuestas = pregunta(pregunta);
    assertEquals(1, respuestas.size(), () -> pregunta + ": " + respuestas);
    return respuestas.get(0).texto();
  }

  private static List<String> etiquetas(Respuesta respuesta) {
    return respuesta.botones().stream().flatMap(List::stream).map(Boton::etiqueta).toList();
  }

  @Test
  void losIntegrantesDelCotaprepDeAguascalientes() {
    String texto =
        texto("¿Quiénes integran el COTAPREP de Aguascalientes al 1 de diciembre de 2023?");
    assertTrue(
        texto.startsWith(
            "Al 01/12/2023, la fecha que pediste:\n\nCOTAPREP de Aguascalientes (IEE)"),
        texto);
    assertTrue(texto.contains("Integrado por el acuerdo CG-A-43/23"), texto);
    assertTrue(
        texto.contains("• Gabriel Purón Cid — Centro de Investigación y Docencia Económica (CIDE)"),
        texto);
    assertTrue(
        texto.contains(
            "Secretario Técnico: José de Jesús Jaime Carachure — Instituto Estatal Electoral de"
                + " Aguascalientes (Coordinación de Informática)"),
        texto);
    assertTrue(texto.contains("Integrantes (5):"), texto);
  }

  @Test
  void antesDeSuAcuerdoElCotaprepNoEstaIntegrado() {
    String texto = texto("¿Quiénes integran el COTAPREP de Aguascalientes?");
    assertTrue(
        texto.startsWith(
            "COTAPREP de Aguascalientes (IEE) · Proceso Electoral Concurrente Ordinario 2023-2024\n"
                + "Sin integrar al 31/10/2021.\nNo hay integrantes registrados."),
        texto);
  }

  @Test
  void elHiloDeUnOficioDelIne() {
    String texto = texto("oficio INE / UNICOM / 3320 / 2020");
    assertEquals(
        """
        Oficio INE/UNICOM/3320/2020
        Coahuila (IEC) · Proceso Electoral Local Ordinario 2021
        Fecha: 17/11/2020 · recibido del INE (UNICOM → IEC)
        Asunto: Realiza observaciones al Plan de Trabajo y Calendario de Sesiones Ordinarias del \
        COTAPREP.
        Entregables: E05 Plan de trabajo y calendario de sesiones del COTAPREP
        Resultado del INE: con observaciones
        Contesta a IEC/SE/1802/2020 (enviado al INE, 09/11/2020), 8 días después
        Nadie lo ha contestado todavía.""",
        texto);
  }

  @Test
  void elOficioQueElIneContesto() {
    String texto = texto("¿qué pasó con el IEC/SE/1802/2020?");
    assertTrue(texto.startsWith("Oficio IEC/SE/1802/2020\nCoahuila (IEC)"), texto);
    assertTrue(
        texto.contains(
            "Lo contestó:\n• INE/UNICOM/3320/2020 (recibido del INE, 17/11/2020), 8 días después:"
                + " con observaciones"),
        texto);
  }

  @Test
  void variosDocumentosUnaRespuestaCadaUnoYUnoQueNoExiste() {
    List<Respuesta> respuestas = pregunta("busca IEC/SE/1766/2020, CG-A-43/23 y XYZ/99/2020 porfa");
    assertEquals(3, respuestas.size());
    assertTrue(respuestas.get(0).texto().startsWith("Oficio IEC/SE/1766/2020"));
    assertTrue(respuestas.get(1).texto().startsWith("Acuerdo CG-A-43/23\nAguascalientes (IEE)"));
    assertTrue(
        respuestas.get(2).texto().startsWith("No encontré ningún oficio ni acuerdo con el número"));
  }

  @Test
  void lasEntidadesConVencidosAUnaFechaConBotones() {
    List<Respuesta> respuestas = pregunta("¿qué estados tenían vencidos al 31 de marzo de 2020?");
    assertEquals(1, respuestas.size());
    String texto = respuestas.get(0).texto();
    assertEquals(
        "Al 31/03/2020, la fecha que pediste:\n\n"
            + "1 entidad tiene entregables vencidos al 31/03/2020:\n"
            + "• Coahuila: 1 vencido (E03), el primero desde el 05/03/2020.",
        texto);
    assertEquals(List.of("Coahuila"), etiquetas(respuestas.get(0)));
    assertEquals("estado:05", respuestas.get(0).botones().get(0).get(0).datos());
  }

  @Test
  void sinVencidosLoDiceEnUnaLinea() {
    assertEquals(
        "Ninguna entidad tiene entregables vencidos al 31/10/2021.",
        texto("¿Cuáles estados tienen entregables vencidos?"));
  }

  @Test
  void elResumenDeTodosUnRenglonPorEntidadSinElIne() {
    Respuesta respuesta = pregunta("Resumen de todos los estados").get(0);
    assertTrue(respuesta.texto().startsWith("Resumen de 3 entidades al 31/10/2021:"));
    assertEquals(4, respuesta.texto().lines().count(), respuesta.texto());
    assertEquals(List.of("Coahuila", "Durango", "Aguascalientes"), etiquetas(respuesta));
  }

  @Test
  void lasObservacionesDelIneACoahuilaNoConfundenAlIneConUnEstado() {
    String texto = texto("¿INE hizo observaciones a Coahuila?");
    assertTrue(texto.startsWith("Observaciones del INE a Coahuila (IEC)"), texto);
    assertTrue(texto.contains("• INE/UNICOM/3320/2020 del 17/11/2020 (E05): sin atender"), texto);
  }

  @Test
  void lasObservacionesAtendidasDicenConQue() {
    String texto = texto("observaciones de coahuila al 31 de marzo de 2020");
    assertTrue(
        texto.contains(
            "• INE/UNICOM/0889/2020 del 13/03/2020 (E16): atendida con IEC/SE/0714/2020 del"
                + " 24/03/2020"),
        texto);
  }

  @Test
  void lasEntidadesConObservacionesSinAtender() {
    Respuesta respuesta = pregunta("¿Qué estados tienen observaciones sin atender?").get(0);
    assertTrue(respuesta.texto().contains("• Coahuila: 1 entregable (E05)"), respuesta.texto());
    assertEquals(List.of("Coahuila"), etiquetas(respuesta));
  }

  @Test
  void lasEntidadesSinCotaprepAUnaFecha() {
    Respuesta respuesta = pregunta("¿Qué estados no tienen COTAPREP al 30/11/2020?").get(0);
    assertTrue(respuesta.texto().contains("• Durango · jornada 05/06/2022"), respuesta.texto());
    assertTrue(etiquetas(respuesta).contains("Durango"));
  }

  @Test
  void laProximaJornada() {
    Respuesta respuesta = pregunta("¿Qué estado tiene la próxima jornada?").get(0);
    assertTrue(
        respuesta
            .texto()
            .startsWith(
                "La próxima jornada es la de Durango, el 05/06/2022 (faltan 217 días), contado"
                    + " desde el 31/10/2021."),
        respuesta.texto());
    assertEquals(List.of("Durango", "Aguascalientes"), etiquetas(respuesta));
  }

  @Test
  void laJornadaDeUnaEntidad() {
    assertEquals(
        "Jornada electoral de Coahuila (IEC) · Proceso Electoral Local Ordinario 2020\n"
            + "18/10/2020 (faltan 18 días), contado desde el 30/09/2020.",
        texto("¿cuándo es la jornada de Coahuila al 30 de septiembre de 2020?")
            .replace("Al 30/09/2020, la fecha que pediste:\n\n", ""));
  }

  @Test
  void unEntregablePorElNombreQueUsaLaGente() {
    String pto = texto("¿Cuándo vence el PTO de Aguascalientes?");
    assertTrue(
        pto.startsWith("E08 Acuerdo por el que se aprueba el Proceso Técnico Operativo\n"), pto);
    assertTrue(pto.contains("fecha límite 07/01/2024"), pto);
    String planes = texto("¿ya mandó Durango los planes de seguridad?");
    assertTrue(planes.startsWith("E16 Planes de seguridad y de continuidad\nDurango"), planes);
    assertTrue(planes.contains("Estado: pendiente, vence el 10/04/2022 (faltan 161 días)"), planes);
  }

  @Test
  void unEntregableConLosOficiosQueLoLlevaron() {
    String texto = texto("el E05 de Coahuila al 30 de noviembre de 2020");
    assertTrue(
        texto.contains(
            "Oficios que lo llevan:\n"
                + "• IEC/SE/1802/2020 (09/11/2020) enviado al INE\n"
                + "• INE/UNICOM/3320/2020 (17/11/2020) recibido del INE, con observaciones"),
        texto);
  }

  @Test
  void elUltimoOficioYLaProximaSesion() {
    assertTrue(
        texto("último oficio de Durango")
            .contains("IEPC/SE/2119/2021 del 27/10/2021, enviado al INE"));
    assertTrue(
        texto("¿Cuándo es la próxima sesión del COTAPREP de Aguascalientes?")
            .startsWith("Próxima sesión de Aguascalientes (IEE)"));
  }

  @Test
  void loQueLeFaltaEsLoPendiente() {
    String texto = texto("¿Qué le falta a Durango?");
    assertTrue(texto.startsWith("Entregables pendientes de Durango"), texto);
  }

  @Test
  void alAUnaFechaLoDiceEnSuPrimeraLinea() {
    String texto = texto("estado durango al 30 de noviembre de 2020");
    assertTrue(texto.startsWith("Al 30/11/2020, la fecha que pediste:\n\nPREP Durango"), texto);
    assertTrue(texto.endsWith("Datos al 30/11/2020"), texto);
  }

  @Test
  void yCoahuilaRepiteLaPreguntaAnteriorDuranteTreintaMinutos() {
    assertTrue(texto("¿Qué le falta a Durango?").startsWith("Entregables pendientes de Durango"));
    ahora = ahora.plus(Duration.ofMinutes(29));
    assertTrue(texto("¿y Coahuila?").startsWith("Entregables pendientes de Coahuila"));
    assertTrue(texto("¿y sus oficios?").startsWith("Oficios de Coahuila"));
    ahora = ahora.plus(Duration.ofMinutes(31));
    assertTrue(texto("¿y Durango?").startsWith("PREP Durango"), "pasados 30 minutos, el estado");
  }

  @Test
  void laPreguntaAnteriorSeRecuerdaEnOtroNodoYTrasUnReinicio() {
    String original = texto("¿Qué vence esta semana al 1 de noviembre de 2021?");
    assertTrue(original.startsWith("Al 01/11/2021"), original);
    // Otro despachador sobre lo mismo guardado: otro nodo, o el servidor después de reiniciar.
    bot = demo.alDelInformeDeDurango(noEntendidos, recientes);
    assertEquals(original, texto("otra vez"), "la misma pregunta, con su fecha y «esta semana»");
    texto("¿Qué le falta a Durango?");
    bot = demo.alDelInformeDeDurango(noEntendidos, recientes);
    assertTrue(texto("¿y Coahuila?").startsWith("Entregables pendientes de Coahuila"));
    bot = demo.alDelInformeDeDurango(noEntendidos, new PreguntasRecientesEnMemoria());
    assertTrue(
        texto("¿y Coahuila?").startsWith("PREP Coahuila"), "sin lo guardado, el estado a secas");
  }

  @Test
  void unaPreguntaSinEntidadEsSobreLaAnterior() {
    texto("¿Quiénes integran el COTAPREP de Aguascalientes?");
    assertTrue(texto("¿y cuándo es la jornada?").startsWith("Jornada electoral de Aguascalientes"));
    assertTrue(texto("¿y el PTO?").startsWith("E08 "));
    assertTrue(texto("otra vez").startsWith("E08 "));
  }

  @Test
  void elBotonDeLaEntidadCompletaLaPreguntaQueLaPidio() {
    List<Respuesta> respuestas = pregunta("¿cuándo vence el PTO?");
    assertTrue(respuestas.get(0).texto().startsWith("¿De qué entidad?"));
    String datos =
        respuestas.get(0).botones().stream()
            .flatMap(List::stream)
            .filter(b -> b.etiqueta().equals("Aguascalientes"))
            .findFirst()
            .orElseThrow()
            .datos();
    List<Respuesta> alTocar =
        bot.atender(
            MensajeEntrante.boton(
                CHAT,
                CHAT,
                "Consejera",
                TipoDeChat.PRIVADO,
                datos,
                Optional.of(new Vinculo(Rol.CONSEJERO, "Consejera Pérez")),
                ahora));
    assertTrue(
        alTocar.get(0).texto().startsWith("E08 Acuerdo por el que se aprueba el Proceso Técnico"),
        alTocar.get(0).texto());
  }

  @Test
  void gracias() {
    assertEquals("¡De nada! Pregúntame cuando quieras; /ayuda tiene ejemplos.", texto("gracias"));
  }

  @Test
  void loQueNoEntiendeLoDiceConTresEjemplosCercanosYLoCuenta() {
    String texto = texto("lista de integracion del comitee");
    List<String> lineas = texto.lines().toList();
    assertEquals("No entendí tu mensaje; prueba a preguntarlo así:", lineas.get(0));
    assertEquals("• ¿Quiénes integran el COTAPREP de Aguascalientes?", lineas.get(1));
    assertEquals(5, lineas.size(), texto);
    texto("/borrar todo");
    assertEquals(
        List.of(
            new NoEntendidosEnMemoria.Contado(NoEntendidos.Clase.FRASE, "/cotaprep"),
            new NoEntendidosEnMemoria.Contado(NoEntendidos.Clase.COMANDO, "/borrar")),
        noEntendidos.contados());
  }

  @Test
  void nuncaUnaTarjetaPorAdivinar() {
    assertTrue(texto("asdf qwerty").startsWith("No entendí tu mensaje"));
    assertTrue(texto("¿dónde queda la cafetería?").startsWith("No entendí tu mensaje"));
  }
}
