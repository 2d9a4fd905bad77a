package mx.seguimientoprep.domain.registro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.OplTsv;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Los oficios de los informes (Coahuila, noviembre de 2020; Durango, octubre de 2021) escritos como
 * los escribe una persona, leídos campo por campo y enteros.
 */
class LecturaDeOficioTest {

  private static final LecturaDeOficio LECTURA =
      new LecturaDeOficio(new ResolutorEntidad(OplTsv.entidades()));

  /** El IEC remite el acuerdo de integración del COTAPREP (informe de noviembre de 2020). */
  private static final OficioEscrito INTEGRACION_DEL_COTAPREP =
      new OficioEscrito(
          "Coahuila",
          "2021",
          "IEC/SE/1766/2020",
          "03/11/2020",
          "Enviado al INE",
          "Secretaría Ejecutiva del IEC",
          "UNICOM",
          "Remite el Acuerdo IEC/CG/145/2020 de integración del COTAPREP.",
          "E04",
          null,
          null,
          null,
          null);

  /** UNICOM observa el plan de trabajo del COTAPREP, en respuesta al IEC/SE/1802/2020. */
  private static final OficioEscrito OBSERVACIONES_AL_PLAN =
      new OficioEscrito(
          " Coah. ",
          "Proceso Electoral Local Ordinario 2021",
          "INE / UNICOM / 3320 / 2020",
          "diecisiete (17) de noviembre de dos mil veinte (2020)",
          "recibido",
          "UNICOM",
          "IEC",
          "  Realiza observaciones al Plan de Trabajo y Calendario de Sesiones Ordinarias del"
              + " COTAPREP.  ",
          "E05",
          "IEC / SE / 1802 / 2020",
          "con observaciones",
          "",
          null);

  private static DatoInvalido error(Runnable lectura) {
    return assertThrows(DatoInvalido.class, lectura::run);
  }

  @Nested
  class CampoPorCampo {

    @Test
    void losNumerosDeLosInformesSeNormalizan() {
      assertEquals(
          new NumeroOficio("IEC/SE/1766/2020"), LecturaDeOficio.numero("IEC/SE/1766/2020"));
      assertEquals(
          "INE/UNICOM/3320/2020", LecturaDeOficio.numero("INE / UNICOM / 3320 / 2020").valor());
      assertEquals("IEPC/UTC/21/104", LecturaDeOficio.numero("iepc/utc/21/104").valor());
      assertEquals(
          "INE/UNICOM/4547/2021",
          LecturaDeOficio.enRespuestaA("INE / UNICOM / 4547 / 2021").valor());
    }

    @Test
    void lasFechasEnLasFormasDeLosInformes() {
      assertEquals(LocalDate.of(2020, 11, 3), LecturaDeOficio.fecha("03/11/2020"));
      assertEquals(
          LocalDate.of(2020, 11, 17),
          LecturaDeOficio.fecha("diecisiete (17) de noviembre de dos mil veinte (2020)"));
      assertEquals(LocalDate.of(2021, 10, 11), LecturaDeOficio.fecha("11 de octubre de 2021"));
    }

    @Test
    void elSentidoYElResultadoPorSuEtiquetaOUnaFormaCorta() {
      assertEquals(Sentido.ENVIADO_AL_INE, LecturaDeOficio.sentido("Enviado al INE"));
      assertEquals(Sentido.RECIBIDO_DEL_INE, LecturaDeOficio.sentido("recibido"));
      assertEquals(
          ResultadoRevision.SIN_OBSERVACIONES, LecturaDeOficio.resultado("Sin observaciones"));
      assertNull(LecturaDeOficio.resultado(" "));
    }

    @Test
    void laEntidadYLosEntregables() {
      assertEquals(new ClaveEntidad("10"), LECTURA.entidad("IEPC Durango"));
      assertEquals(new ClaveEntidad("05"), LECTURA.entidad("Coah."));
      assertEquals(
          List.of("E15", "E17", "E18", "E19", "E20"),
          LecturaDeOficio.entregables("E15, E17, E18, E19, E20"));
      assertEquals(List.of(), LecturaDeOficio.entregables(null));
    }

    @Test
    void cadaObligatorioEnBlancoDiceQueFalta() {
      List<Function<String, ?>> obligatorios =
          List.of(
              LECTURA::entidad,
              LecturaDeOficio::numero,
              LecturaDeOficio::fecha,
              LecturaDeOficio::sentido,
              LecturaDeOficio::asunto);
      List<String> nombres = List.of("Entidad", "Número", "Fecha", "Sentido", "Asunto");
      for (int i = 0; i < obligatorios.size(); i++) {
        Function<String, ?> lectura = obligatorios.get(i);
        assertEquals(
            "Falta «" + nombres.get(i) + "»: es un dato obligatorio.",
            error(() -> lectura.apply("  ")).getMessage());
      }
    }

    @Test
    void losOpcionalesEnBlancoNoTraenValor() {
      assertNull(LecturaDeOficio.proceso(""));
      assertNull(LecturaDeOficio.remitente(null));
      assertNull(LecturaDeOficio.destinatario(" "));
      assertNull(LecturaDeOficio.enRespuestaA(""));
      assertNull(LecturaDeOficio.notas("\n"));
    }

    @Test
    void unValorInvalidoDiceQuePorQue() {
      assertEquals(
          "'por correo' no es un valor de «Sentido»; usa Enviado al INE, Recibido del INE o"
              + " Interno.",
          error(() -> LecturaDeOficio.sentido("por correo")).getMessage());
      assertEquals(
          "'revisado' no es un valor de «Resultado»; usa Sin observaciones, Con observaciones o"
              + " Observaciones atendidas.",
          error(() -> LecturaDeOficio.resultado("revisado")).getMessage());
      assertEquals(
          "31/02/2021 no es una fecha válida: febrero de 2021 tiene 28 días.",
          error(() -> LecturaDeOficio.fecha("31/02/2021")).getMessage());
      assertEquals(
          "«pendiente» no parece un número de oficio: escribe algo como IEPC/SE/2119/2021.",
          error(() -> LecturaDeOficio.enRespuestaA("pendiente")).getMessage());
    }
  }

  @Nested
  class ElOficioEntero {

    @Test
    void unOficioDelInformeDeNoviembreDe2020() {
      Ubicacion fila = new Ubicacion("Oficios", 9);
      assertEquals(
          new ComandoOficio(
              new ClaveEntidad("05"),
              "2021",
              new NumeroOficio("IEC/SE/1766/2020"),
              LocalDate.of(2020, 11, 3),
              Sentido.ENVIADO_AL_INE,
              "Secretaría Ejecutiva del IEC",
              "UNICOM",
              "Remite el Acuerdo IEC/CG/145/2020 de integración del COTAPREP.",
              List.of("E04"),
              null,
              null,
              null,
              fila),
          LECTURA.leer(INTEGRACION_DEL_COTAPREP, fila));
    }

    @Test
    void unaRespuestaDelIneEscritaComoEnElInforme() {
      assertEquals(
          new ComandoOficio(
              new ClaveEntidad("05"),
              "Proceso Electoral Local Ordinario 2021",
              new NumeroOficio("INE/UNICOM/3320/2020"),
              LocalDate.of(2020, 11, 17),
              Sentido.RECIBIDO_DEL_INE,
              "UNICOM",
              "IEC",
              "Realiza observaciones al Plan de Trabajo y Calendario de Sesiones Ordinarias del"
                  + " COTAPREP.",
              List.of("E05"),
              new NumeroOficio("IEC/SE/1802/2020"),
              ResultadoRevision.CON_OBSERVACIONES,
              null,
              null),
          LECTURA.leer(OBSERVACIONES_AL_PLAN, null));
    }

    @Test
    void todosLosErroresALaVezEnElOrdenDeLaHojaConElMensajeDeCadaCampo() {
      OficioEscrito escrito =
          new OficioEscrito(
              "Durnago",
              null,
              null,
              "31/02/2021",
              "por correo",
              null,
              null,
              " ",
              "E03",
              "el de ayer",
              "revisado",
              null,
              null);

      RegistroInvalido invalido =
          assertThrows(RegistroInvalido.class, () -> LECTURA.leer(escrito, null));

      assertEquals(
          List.of(
              new ErrorDeCampo(
                  "Entidad",
                  "Durnago",
                  "'Durnago' no es una entidad conocida; ¿quisiste decir Durango?"),
              new ErrorDeCampo("Número", "", "Falta «Número»: es un dato obligatorio."),
              new ErrorDeCampo(
                  "Fecha",
                  "31/02/2021",
                  "31/02/2021 no es una fecha válida: febrero de 2021 tiene 28 días."),
              new ErrorDeCampo(
                  "Sentido",
                  "por correo",
                  "'por correo' no es un valor de «Sentido»; usa Enviado al INE, Recibido del"
                      + " INE o Interno."),
              new ErrorDeCampo("Asunto", "", "Falta «Asunto»: es un dato obligatorio."),
              new ErrorDeCampo(
                  "En respuesta a",
                  "el de ayer",
                  "«el de ayer» no parece un número de oficio: escribe algo como"
                      + " IEPC/SE/2119/2021."),
              new ErrorDeCampo(
                  "Resultado",
                  "revisado",
                  "'revisado' no es un valor de «Resultado»; usa Sin observaciones, Con"
                      + " observaciones o Observaciones atendidas.")),
          invalido.errores());
    }

    @Test
    void cadaCampoSoloDaElMismoMensajeQueElOficioEntero() {
      OficioEscrito escrito =
          new OficioEscrito(
              "IEE",
              null,
              "IEC/SE/1766/2020",
              "3 de noviembre",
              "Enviado",
              null,
              null,
              "x",
              null,
              null,
              null,
              null,
              null);
      RegistroInvalido invalido =
          assertThrows(RegistroInvalido.class, () -> LECTURA.leer(escrito, null));

      assertEquals(
          List.of(
              error(() -> LECTURA.entidad("IEE")).getMessage(),
              error(() -> LecturaDeOficio.fecha("3 de noviembre")).getMessage()),
          invalido.errores().stream().map(ErrorDeCampo::mensaje).toList());
    }
  }
}
