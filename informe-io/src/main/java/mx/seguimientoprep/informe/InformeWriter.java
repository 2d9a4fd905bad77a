package mx.seguimientoprep.informe;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.fecha.FechaEscrita;
import mx.seguimientoprep.domain.fecha.Meses;
import mx.seguimientoprep.domain.informe.Apartado;
import mx.seguimientoprep.domain.informe.Bloque;
import mx.seguimientoprep.domain.informe.InformeMensual;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Escribe el informe del mes como documento de Word, en la estructura de los informes semilla:
 * portada, «CONTENIDO» (un campo TOC de Word sobre los encabezados, que Word actualiza al abrir),
 * el avance del mes con sus apartados numerados, y la firma. El cuerpo de la plantilla se
 * sustituye; su encabezado, su pie, sus estilos y su página se conservan. Los encabezados usan los
 * estilos «Title», «Heading 1» y «Heading 2» de la plantilla cuando los tiene, y llevan siempre su
 * nivel de esquema, que es lo que lee el índice.
 */
public final class InformeWriter {

  static final String INDICE = "TOC \\o \"1-2\" \\h \\z \\u";

  /**
   * @param plantilla el .docx del OPL; sin ella, la {@linkplain PlantillaDocx#predeterminada()
   *     predeterminada}
   * @throws PlantillaInvalida si la plantilla no es un .docx sin macros
   */
  public void escribir(InformeMensual informe, Optional<byte[]> plantilla, OutputStream salida)
      throws IOException {
    try (XWPFDocument doc =
        PlantillaDocx.abrir(plantilla.orElseGet(PlantillaDocx::predeterminada))) {
      while (!doc.getBodyElements().isEmpty()) {
        doc.removeBodyElement(0);
      }
      Estilos estilos = new Estilos(doc.getStyles());
      portada(doc, estilos, informe);
      contenido(doc, estilos, informe);
      cuerpo(doc, estilos, informe);
      firma(doc, informe);
      doc.enforceUpdateFields();
      doc.write(salida);
    }
  }

  private static void portada(XWPFDocument doc, Estilos estilos, InformeMensual informe) {
    XWPFParagraph titulo = doc.createParagraph();
    estilos.titulo(titulo);
    titulo.createRun().setText(informe.titulo());
    centrado(doc, estilos, informe.proceso(), true);
    centrado(
        doc,
        estilos,
        "Periodo que se informa: "
            + Meses.nombre(informe.mes().getMonthValue())
            + " de "
            + informe.mes().getYear(),
        false);
    XWPFParagraph instancia = centrado(doc, estilos, "", false);
    instancia.getRuns().get(0).setItalic(true);
    instancia
        .getRuns()
        .get(0)
        .setText(
            "Instancia Interna responsable de coordinar el desarrollo de las actividades del"
                + " Programa de Resultados Electorales Preliminares");
    if (!informe.instanciaInterna().isEmpty()) {
      centrado(doc, estilos, informe.instanciaInterna(), true);
    }
    XWPFParagraph fecha =
        centrado(
            doc,
            estilos,
            "Fecha de presentación: " + FechaEscrita.enLetras(informe.presentacion()),
            false);
    fecha.setSpacingBefore(600);
  }

  private static XWPFParagraph centrado(
      XWPFDocument doc, Estilos estilos, String texto, boolean negritas) {
    XWPFParagraph p = doc.createParagraph();
    estilos.subtitulo(p);
    p.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun r = p.createRun();
    r.setText(texto);
    r.setBold(negritas);
    return p;
  }

  /** «CONTENIDO» y el campo del índice, con las entradas ya escritas como su resultado. */
  private static void contenido(XWPFDocument doc, Estilos estilos, InformeMensual informe) {
    XWPFParagraph encabezado = doc.createParagraph();
    encabezado.setPageBreak(true);
    XWPFRun r = encabezado.createRun();
    r.setText("CONTENIDO");
    r.setBold(true);
    r.setFontSize(14);
    List<String> entradas = new ArrayList<>();
    entradas.add(informe.avance());
    informe.apartados().forEach(a -> entradas.add(a.encabezado()));
    for (int i = 0; i < entradas.size(); i++) {
      XWPFParagraph p = doc.createParagraph();
      CTP ctp = p.getCTP();
      if (i == 0) {
        campo(ctp, STFldCharType.BEGIN);
        CTText instruccion = ctp.addNewR().addNewInstrText();
        instruccion.setStringValue(INDICE);
        campo(ctp, STFldCharType.SEPARATE);
      }
      if (i > 0) {
        p.setIndentationLeft(360);
      }
      p.createRun().setText(entradas.get(i));
      if (i == entradas.size() - 1) {
        campo(ctp, STFldCharType.END);
      }
    }
  }

  private static void campo(CTP ctp, STFldCharType.Enum tipo) {
    CTR run = ctp.addNewR();
    run.addNewFldChar().setFldCharType(tipo);
  }

  private static void cuerpo(XWPFDocument doc, Estilos estilos, InformeMensual informe) {
    XWPFParagraph avance = doc.createParagraph();
    avance.setPageBreak(true);
    estilos.encabezado(avance, 1);
    avance.createRun().setText(informe.avance());
    informe.sinHechos().ifPresent(texto -> parrafo(doc, texto));
    for (Apartado apartado : informe.apartados()) {
      XWPFParagraph titulo = doc.createParagraph();
      estilos.encabezado(titulo, 2);
      titulo.createRun().setText(apartado.encabezado());
      for (Bloque bloque : apartado.bloques()) {
        if (bloque instanceof Bloque.Parrafo parrafo) {
          parrafo(doc, parrafo.texto());
        } else if (bloque instanceof Bloque.Lista lista) {
          for (String elemento : lista.elementos()) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setIndentationLeft(720);
            p.setIndentationHanging(360);
            p.createRun().setText(lista.numerada() ? elemento : "•\t" + elemento);
          }
        }
      }
    }
  }

  private static void parrafo(XWPFDocument doc, String texto) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.createRun().setText(texto);
  }

  private static void firma(XWPFDocument doc, InformeMensual informe) {
    XWPFParagraph espacio = doc.createParagraph();
    espacio.setSpacingBefore(1200);
    informe
        .titular()
        .ifPresent(
            titular -> {
              XWPFParagraph p = doc.createParagraph();
              p.setAlignment(ParagraphAlignment.CENTER);
              XWPFRun r = p.createRun();
              r.setText(titular);
              r.setBold(true);
            });
    if (!informe.instanciaInterna().isEmpty()) {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      p.createRun()
          .setText(
              informe.titular().isPresent()
                  ? "Titular de la " + informe.instanciaInterna()
                  : informe.instanciaInterna());
    }
  }

  /**
   * Los estilos de la plantilla que el informe usa, por su nombre (no por su id, que Word traduce).
   */
  private static final class Estilos {

    private final Optional<String> titulo;
    private final Optional<String> subtitulo;
    private final Optional<String> encabezado1;
    private final Optional<String> encabezado2;

    Estilos(XWPFStyles estilos) {
      titulo = id(estilos, "Title");
      subtitulo = id(estilos, "Subtitle");
      encabezado1 = id(estilos, "Heading 1");
      encabezado2 = id(estilos, "Heading 2");
    }

    void titulo(XWPFParagraph p) {
      p.setAlignment(ParagraphAlignment.CENTER);
      if (titulo.isPresent()) {
        p.setStyle(titulo.get());
      } else {
        p.setSpacingBefore(2400);
        p.setSpacingAfter(600);
      }
    }

    void subtitulo(XWPFParagraph p) {
      subtitulo.ifPresent(p::setStyle);
    }

    void encabezado(XWPFParagraph p, int nivel) {
      Optional<String> estilo = nivel == 1 ? encabezado1 : encabezado2;
      estilo.ifPresent(p::setStyle);
      CTPPr propiedades = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
      propiedades.addNewOutlineLvl().setVal(BigInteger.valueOf(nivel - 1L));
      p.setKeepNext(true);
      if (estilo.isEmpty()) {
        p.setSpacingBefore(360);
        p.setSpacingAfter(200);
      }
    }

    private static Optional<String> id(XWPFStyles estilos, String nombre) {
      if (estilos == null) {
        return Optional.empty();
      }
      for (String variante : List.of(nombre, nombre.toLowerCase(java.util.Locale.ROOT))) {
        XWPFStyle estilo = estilos.getStyleWithName(variante);
        if (estilo != null) {
          return Optional.of(estilo.getStyleId());
        }
      }
      return Optional.empty();
    }
  }
}
