package mx.seguimientoprep.informe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.estado.DatosDemo;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.informe.InformeMensual;
import mx.seguimientoprep.domain.informe.RedaccionDelInforme;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * Los tres informes mensuales de los informes semilla, generados con los datos de demostración y
 * leídos de vuelta con POI: cada clave de acuerdo, número de oficio, fecha en forma larga, punto
 * del orden del día y encabezado del informe semilla que es un hecho registrado está en el
 * documento. Lo que el informe semilla dice y el generado no, está en la lista {@code FALTAN} de
 * cada prueba, con el motivo.
 */
class InformeWriterTest {

  private static final DatosDemo DEMO = DatosDemo.cargar();

  @Test
  void coahuilaNoviembreDe2020() throws IOException {
    Leido informe = generar("Coahuila", YearMonth.of(2020, 11), LocalDate.of(2020, 12, 4));
    informe.contiene(
        "Informe del mes de noviembre sobre el avance en la implementación y operación del"
            + " Programa de Resultados Electorales Preliminares en el estado de Coahuila",
        "Proceso Electoral Local Ordinario 2021",
        "Dirección Ejecutiva de Innovación Electoral",
        "Fecha de presentación: cuatro (04) de diciembre de dos mil veinte (2020)",
        "Ing. Jorge Gallegos Valdés");
    informe.encabezados(
        "Avance en la implementación del PREP durante el mes de noviembre",
        "I. Acuerdos emitidos",
        "II. Comité Técnico Asesor del Programa de Resultados Electorales Preliminares",
        "III. Comunicación de entregables con INE");
    informe.contiene(
        "IEC/CG/145/2020",
        "IEC/CG/149/2020",
        "IEC/SE/1766/2020",
        "IEC/SE/1792/2020",
        "INE/UNICOM/3231/2020",
        "IEC/SE/1802/2020",
        "INE/UNICOM/3320/2020",
        "tres (03) de noviembre de dos mil veinte (2020)",
        "cinco (05) de noviembre de dos mil veinte (2020)",
        "seis (06) de noviembre de dos mil veinte (2020)",
        "nueve (09) de noviembre de dos mil veinte (2020)",
        "diez (10) de noviembre de dos mil veinte (2020)",
        "diecisiete (17) de noviembre de dos mil veinte (2020)",
        "veinte (20) de noviembre de dos mil veinte (2020)",
        "punto 3, del numeral 33, de los Lineamientos del Programa de Resultados Electorales"
            + " Preliminares, contenidos en el Anexo 13 del Reglamento de Elecciones",
        "punto 2, del numeral 33",
        "en Sesión Extraordinaria, emitió el acuerdo número IEC/CG/145/2020",
        "en Sesión Ordinaria, emitió el acuerdo número IEC/CG/149/2020",
        "celebró su Sesión de Instalación",
        "El Instituto Nacional Electoral no formuló observaciones.",
        "El Instituto Nacional Electoral formuló observaciones.",
        "respondió 5 días después del envío",
        "respondió 8 días después del envío");
    // La respuesta viene bajo la carta que contesta: IEC/SE/1792/2020 y luego INE/UNICOM/3231/2020.
    informe.enOrden("IEC/SE/1766/2020", "IEC/SE/1792/2020", "INE/UNICOM/3231/2020");
    informe.enOrden("IEC/SE/1802/2020", "INE/UNICOM/3320/2020");
    // INE/UNICOM/3231/2020 contesta las dos cartas: va bajo cada una, con los días de cada una.
    informe.contiene(
        "En atención al Oficio IEC/SE/1766/2020, en fecha diez (10) de noviembre de dos mil veinte"
            + " (2020), fue recibido el Oficio INE/UNICOM/3231/2020",
        "respondió 7 días después del envío");
    // Los anexos de IEC/SE/1766/2020, como lista: el acuerdo y el oficio interno registrados.
    informe.contiene(
        "Acompañaron al oficio los documentos siguientes:",
        "Acuerdo IEC/CG/145/2020: Acuerdo del Consejo General del Instituto Electoral de Coahuila"
            + " por el cual se aprobó la integración",
        "Oficio interno DEIE/032/2020, de la Dirección Ejecutiva de Innovación Electoral: Valida"
            + " que las personas designadas");
    Map<String, String> faltan =
        Map.of(
            "en su calidad de Titular de la Dirección Ejecutiva de Innovación Electoral",
            "el oficio interno DEIE/032/2020 es un registro con su remitente (la Dirección"
                + " Ejecutiva); quién lo firmó y en qué calidad no es un campo del oficio, solo de"
                + " sus notas",
            "Director Ejecutivo de Innovación Electoral",
            "el cargo del titular no se registra; la firma dice «Titular de la Dirección Ejecutiva"
                + " de Innovación Electoral»");
    informe.noContiene(faltan);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/informe-IEC-2020-11.docx"), informe.bytes);
  }

  @Test
  void coahuilaMarzoDe2020() throws IOException {
    Leido informe = generar("Coahuila", YearMonth.of(2020, 3), LocalDate.of(2020, 4, 4));
    informe.contiene(
        "Proceso Electoral Local Ordinario 2020",
        "Fecha de presentación: cuatro (04) de abril de dos mil veinte (2020)");
    informe.encabezados(
        "Avance en la implementación del PREP durante el mes de marzo",
        "I. Acuerdos emitidos",
        "II. Comité Técnico Asesor del Programa de Resultados Electorales Preliminares",
        "III. Comunicación de entregables con INE");
    informe.contiene(
        // IEC/CG/048/2020 a 052/2020 tienen solo el mes (issue 11): caen en marzo, sin día.
        "Por lo que respecta al mes de marzo de 2020",
        "IEC/CG/048/2020",
        "IEC/CG/052/2020",
        "treinta (30) de marzo de dos mil veinte (2020)",
        "celebró su Sesión Ordinaria número 4, la cual contó con el siguiente orden del día:",
        "1. Lista de asistencia.",
        "2. Lectura y, en su caso, aprobación del orden del día.",
        "3. Lectura y, en su caso, aprobación del acta de la Tercera Sesión Ordinaria",
        "4. Segunda presentación de los Proyectos de los Planes de Seguridad y Continuidad",
        "5. Segunda presentación del Proyecto de fecha y hora de inicio de la publicación",
        "6. Segunda presentación del Proyecto por el que se determina el número de actualizaciones"
            + " por hora de los datos",
        "7. Segunda presentación del Proyecto por el que se determina el número de actualizaciones"
            + " por hora de las bases de datos",
        "8. Segunda presentación del Proyecto por el que se determina la fecha y hora de publicación"
            + " de la última actualización",
        "9. Asuntos generales.",
        "10. Clausura.",
        "aprobó por unanimidad los Proyectos de Planes de Seguridad y Continuidad",
        "IEC/SE/0581/2020",
        "INE/UNICOM/0889/2020",
        "IEC/SE/0602/2020",
        "INE/UNICOM/0914/2020",
        "IEC/SE/0714/2020",
        "siete (07) de marzo de dos mil veinte (2020)",
        "doce (12) de marzo de dos mil veinte (2020)",
        "trece (13) de marzo de dos mil veinte (2020)",
        "dieciocho (18) de marzo de dos mil veinte (2020)",
        "veinticuatro (24) de marzo de dos mil veinte (2020)",
        "el punto 15, del numeral 33",
        "16, 17, 18 y 19, del numeral 33");
    informe.enOrden("IEC/SE/0581/2020", "INE/UNICOM/0889/2020", "IEC/SE/0714/2020");
    informe.enOrden("IEC/SE/0602/2020", "INE/UNICOM/0914/2020");
    // INE/UNICOM/1068/2020 no tiene fecha en el informe: va bajo la carta que contesta.
    informe.contiene(
        "En atención al Oficio IEC/SE/0714/2020, sin fecha indicada, fue recibido el Oficio"
            + " INE/UNICOM/1068/2020");
    Map<String, String> faltan =
        Map.of(
            "los puntos 15, 16, 17, 18 y 19",
            "el contrato del ente auditor se registró como E15 por su significado, que antes de la"
                + " reforma es el punto 14: el informe generado dice «los puntos 14, 16, 17, 18 y"
                + " 19»",
            "once (11) de noviembre",
            "el plan de trabajo aprobado el 11/11/2019 es un hecho de noviembre de 2019: el informe"
                + " del mes solo dice lo del mes");
    informe.noContiene(faltan);
  }

  @Test
  void durangoOctubreDe2021() throws IOException {
    Leido informe = generar("Durango", YearMonth.of(2021, 10), LocalDate.of(2021, 11, 4));
    informe.contiene(
        "en el estado de Durango",
        "Proceso Electoral Local Ordinario 2021-2022",
        "Unidad Técnica de Cómputo",
        "Fecha de presentación: cuatro (04) de noviembre de dos mil veintiuno (2021)");
    informe.encabezados(
        "Avance en la implementación del PREP durante el mes de octubre",
        "I. Acuerdos emitidos",
        "II. Comisión encargada de dar seguimiento a las labores del PREP",
        "III. Comunicación de entregables con INE");
    informe.contiene(
        "IEPC/CG139/2021",
        "en Sesión Extraordinaria número 44, emitió el acuerdo número IEPC/CG139/2021",
        "veintisiete (27) de octubre de dos mil veintiuno (2021)",
        "veintiuno (21) de octubre de dos mil veintiuno (2021)",
        "celebró su Sesión Ordinaria número 1",
        "IEPC/UTC/21/104",
        "IEPC/UTC/21/105",
        "IEPC/UTC/21/106",
        "IEPC/SE/2119/2021",
        "INE/UNICOM/4547/2021",
        "INE/UNICOM/4745/2021",
        "INE/UNICOM/4759/2021",
        "INE/UNICOM/4756/2021",
        "once (11) de octubre de dos mil veintiuno (2021)",
        "veinticinco (25) de octubre de dos mil veintiuno (2021)",
        "cinco (05) de octubre de dos mil veintiuno (2021)",
        "correspondiente al mes de septiembre de 2021",
        "veintinueve (29) de octubre de dos mil veintiuno (2021)");
    informe.enOrden("cinco (05) de octubre", "IEPC/UTC/21/104", "IEPC/SE/2119/2021");
    Map<String, String> faltan =
        Map.of(
            "Presentación",
            "el apartado cita el numeral 2 del artículo 354 del Reglamento de Elecciones: es"
                + " fundamento, no un registro",
            "Avance respecto al plan de trabajo",
            "el avance del plan de trabajo de la instancia interna es prosa del informe, no un"
                + " registro (la elaboración del plan es el E05, Pendiente)",
            "Proyecto de Acuerdo de integración",
            "el envío del 05/10/2021 con el Proyecto de Acuerdo y su Anexo único se registra solo"
                + " como notas del E04 (Anexos: issue 11)");
    informe.noContiene(faltan);
  }

  @Test
  void unMesSinHechosDaUnInformeCortoQueLoDice() throws IOException {
    Leido informe = generar("Durango", YearMonth.of(2021, 7), LocalDate.of(2021, 8, 4));
    informe.encabezados("Avance en la implementación del PREP durante el mes de julio");
    informe.contiene(
        "Durante el mes de julio de 2021 no se registraron acuerdos, sesiones ni oficios del"
            + " Proceso Electoral Local Ordinario 2021-2022");
    assertFalse(informe.texto.contains("I. "), informe.texto);
  }

  @Test
  void elContenidoEsUnCampoDeIndiceDeWord() throws IOException {
    Leido informe = generar("Coahuila", YearMonth.of(2020, 11), LocalDate.of(2020, 12, 4));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(informe.bytes))) {
      String xml = doc.getDocument().xmlText();
      assertTrue(xml.contains("TOC \\o \"1-2\" \\h \\z \\u"), "campo TOC");
      assertTrue(xml.contains("w:fldCharType=\"begin\""), "inicio del campo");
      assertTrue(xml.contains("w:fldCharType=\"end\""), "fin del campo");
      String ajustes =
          new String(
              doc.getPackage()
                  .getPartsByName(java.util.regex.Pattern.compile("/word/settings.xml"))
                  .get(0)
                  .getInputStream()
                  .readAllBytes(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(
          ajustes.matches("(?s).*w:updateFields w:val=\"(true|on|1)\".*"),
          "Word actualiza el índice al abrir el documento: " + ajustes);
    }
    informe.contiene("CONTENIDO");
  }

  @Test
  void seEscribeDentroDeLaPlantillaDelOpl() throws IOException {
    byte[] plantilla;
    try (XWPFDocument doc =
            new XWPFDocument(new ByteArrayInputStream(PlantillaDocx.predeterminada()));
        ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
      doc.createHeader(HeaderFooterType.DEFAULT)
          .createParagraph()
          .createRun()
          .setText("Instituto Electoral de Coahuila · membrete");
      doc.createParagraph().createRun().setText("Texto de la plantilla que se sustituye");
      doc.write(salida);
      plantilla = salida.toByteArray();
    }
    Leido informe =
        generar("Coahuila", YearMonth.of(2020, 11), LocalDate.of(2020, 12, 4), plantilla);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(informe.bytes))) {
      String encabezados =
          doc.getHeaderList().stream().map(h -> h.getText()).collect(Collectors.joining("\n"));
      assertTrue(encabezados.contains("Instituto Electoral de Coahuila · membrete"), encabezados);
    }
    assertFalse(informe.texto.contains("Texto de la plantilla que se sustituye"));
    informe.contiene("IEC/CG/145/2020");
  }

  @Test
  void unaPlantillaQueNoEsDocxSeRechazaConElMotivo() {
    PlantillaInvalida error =
        assertThrows(
            PlantillaInvalida.class, () -> PlantillaDocx.validar("no soy un docx".getBytes()));
    assertEquals(
        "El archivo no es un documento de Word (.docx) que se pueda abrir.", error.getMessage());
  }

  private static Leido generar(String entidad, YearMonth mes, LocalDate presentacion)
      throws IOException {
    return generar(entidad, mes, presentacion, null);
  }

  private static Leido generar(
      String entidad, YearMonth mes, LocalDate presentacion, byte[] plantilla) throws IOException {
    Expediente expediente = DEMO.expediente(entidad, mes.atEndOfMonth());
    InformeMensual informe =
        RedaccionDelInforme.redactar(expediente, DEMO.catalogo(), mes, presentacion);
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    new InformeWriter().escribir(informe, Optional.ofNullable(plantilla), salida);
    return Leido.de(salida.toByteArray());
  }

  /** El documento generado, leído de vuelta con POI. */
  private record Leido(byte[] bytes, String texto, List<String> encabezados) {

    static Leido de(byte[] bytes) throws IOException {
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
        List<String> encabezados = new ArrayList<>();
        StringBuilder texto = new StringBuilder();
        for (XWPFParagraph p : doc.getParagraphs()) {
          texto.append(p.getText()).append('\n');
          if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetOutlineLvl()) {
            encabezados.add(p.getText());
          }
        }
        return new Leido(bytes, texto.toString(), encabezados);
      }
    }

    void contiene(String... fragmentos) {
      for (String f : fragmentos) {
        assertTrue(texto.contains(f), () -> "Falta «" + f + "» en:\n" + texto);
      }
    }

    void noContiene(Map<String, String> faltan) {
      faltan.forEach(
          (f, motivo) ->
              assertFalse(
                  texto.contains(f),
                  () -> "«" + f + "» ya está: quítelo de la lista (" + motivo + ")"));
    }

    void encabezados(String... esperados) {
      assertEquals(List.of(esperados), encabezados);
    }

    void enOrden(String... fragmentos) {
      int desde = -1;
      for (String f : fragmentos) {
        int i = texto.indexOf(f, desde + 1);
        assertTrue(i > desde, () -> "«" + f + "» no viene después en:\n" + texto);
        desde = i;
      }
    }
  }
}
