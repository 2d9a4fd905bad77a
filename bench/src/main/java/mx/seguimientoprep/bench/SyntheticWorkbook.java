package mx.seguimientoprep.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import mx.seguimientoprep.domain.acuerdo.NumeroAcuerdo;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.proceso.Realizacion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * El libro de la medición: {@code n} filas en {@code Oficios} y, para las 32 entidades, sus
 * procesos, acuerdos, sesiones, entregables e integrantes del COTAPREP, con los encabezados exactos
 * de {@code workbook.md} y solo valores válidos. Se escribe con SXSSF y tabla de textos
 * compartidos, como guarda Excel, y fechas reales con formato {@code dd/mm/aaaa}.
 */
final class SyntheticWorkbook {

  static final String PROCESO = "Proceso Electoral Local Ordinario 2023-2024";
  static final String ANIOS = "2023-2024";
  static final LocalDate JORNADA = LocalDate.of(2024, 6, 2);

  private final List<Entidad> estados;

  SyntheticWorkbook(List<Entidad> estados) {
    this.estados = estados;
  }

  /** El proceso 2023-2024 de cada entidad, en el orden de {@link #estados}. */
  List<ProcesoElectoral> procesos() {
    return estados.stream()
        .map(
            e ->
                new ProcesoElectoral(
                    e,
                    PROCESO,
                    JORNADA,
                    "Unidad Técnica de Cómputo",
                    "Titular de la Unidad Técnica de Cómputo del " + e.getSiglas(),
                    new NumeroAcuerdo(acuerdo(e, 2)),
                    Realizacion.OPL,
                    "Instituto Tecnológico y de Estudios Superiores de Monterrey"))
        .toList();
  }

  void escribir(Path archivo, int oficios) throws IOException {
    try (SXSSFWorkbook libro = new SXSSFWorkbook(null, 100, true, true);
        OutputStream salida = Files.newOutputStream(archivo)) {
      CellStyle fecha = libro.createCellStyle();
      fecha.setDataFormat(libro.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Hojas hojas = new Hojas(libro, fecha);
      procesos(hojas);
      acuerdos(hojas);
      oficios(hojas, oficios);
      sesiones(hojas);
      entregables(hojas);
      cotaprep(hojas);
      libro.write(salida);
    }
  }

  private void procesos(Hojas hojas) {
    Sheet hoja =
        hojas.nueva(
            "Procesos",
            "Entidad",
            "Proceso",
            "Jornada electoral",
            "Instancia interna",
            "Titular de la instancia",
            "Acuerdo de designación",
            "Realización",
            "Ente auditor");
    int fila = 1;
    for (ProcesoElectoral p : procesos()) {
      hojas.fila(
          hoja,
          fila++,
          p.getEntidad().getNombre(),
          p.getNombre(),
          p.getJornada(),
          p.getInstanciaInterna(),
          p.getTitularInstancia(),
          p.getAcuerdoDesignacion().toString(),
          p.getRealizacion().etiqueta(),
          p.getEnteAuditor());
    }
  }

  private void acuerdos(Hojas hojas) {
    Sheet hoja =
        hojas.nueva(
            "Acuerdos",
            "Entidad",
            "Proceso",
            "Clave",
            "Fecha",
            "Órgano",
            "Sesión",
            "Entregable",
            "Descripción");
    String[][] acuerdos = {
      {"E01", "Se informa la instalación de la Comisión que da seguimiento al PREP."},
      {"E02", "Se designa a la instancia interna responsable de coordinar el PREP."},
      {"E04", "Se integra el Comité Técnico Asesor del PREP (COTAPREP)."}
    };
    int fila = 1;
    for (Entidad e : estados) {
      for (int i = 0; i < acuerdos.length; i++) {
        hojas.fila(
            hoja,
            fila++,
            e.getNombre(),
            ANIOS,
            acuerdo(e, i + 1),
            LocalDate.of(2023, 8, 31).plusDays(i * 14L),
            "Consejo General",
            "Extraordinaria",
            acuerdos[i][0],
            acuerdos[i][1]);
      }
    }
  }

  private void oficios(Hojas hojas, int oficios) {
    Sheet hoja = hojas.nueva("Oficios", Phase.ENCABEZADOS_OFICIOS.toArray(String[]::new));
    for (int i = 0; i < oficios; i++) {
      SyntheticOficio o = SyntheticOficio.de(i, estados);
      hojas.fila(
          hoja,
          i + 1,
          o.entidad(),
          ANIOS,
          o.numero(),
          o.fecha(),
          o.sentido().etiqueta(),
          o.remitente(),
          o.destinatario(),
          o.asunto(),
          o.entregables(),
          o.enRespuestaA(),
          o.resultado() == null ? null : o.resultado().etiqueta(),
          o.notas());
    }
  }

  private void sesiones(Hojas hojas) {
    Sheet hoja =
        hojas.nueva(
            "Sesiones",
            "Entidad",
            "Proceso",
            "Órgano",
            "Tipo",
            "Número",
            "Fecha",
            "Orden del día",
            "Resultados");
    int fila = 1;
    for (Entidad e : estados) {
      for (int i = 0; i < 4; i++) {
        hojas.fila(
            hoja,
            fila++,
            e.getNombre(),
            ANIOS,
            "COTAPREP",
            i == 0 ? "Instalación" : "Ordinaria",
            i == 0 ? null : i,
            LocalDate.of(2023, 10, 2).plusMonths(i),
            "1. Lista de asistencia.\n2. Avance de la implementación del PREP.",
            "Se presentó el avance de la implementación del PREP.");
      }
    }
  }

  private void entregables(Hojas hojas) {
    Sheet hoja =
        hojas.nueva(
            "Entregables",
            "Entidad",
            "Proceso",
            "Entregable",
            "Periodo",
            "Fecha límite",
            "Estado",
            "Fecha de envío",
            "Oficio de envío",
            "Oficio de respuesta",
            "Observaciones");
    int fila = 1;
    for (int estado = 0; estado < estados.size(); estado++) {
      Entidad e = estados.get(estado);
      SyntheticOficio envio = SyntheticOficio.de(2 * estado, estados);
      SyntheticOficio respuesta = SyntheticOficio.de(2 * estado + 1, estados);
      for (String codigo : List.of("E01", "E02", "E04", "E05", "E06")) {
        hojas.fila(
            hoja,
            fila++,
            e.getNombre(),
            ANIOS,
            codigo,
            null,
            null,
            "Sin observaciones",
            envio.fecha(),
            envio.numero(),
            respuesta.numero(),
            null);
      }
      for (String periodo : List.of("2024-01", "2024-02", "2024-03")) {
        hojas.fila(
            hoja,
            fila++,
            e.getNombre(),
            ANIOS,
            "E03",
            periodo,
            null,
            "Enviado",
            envio.fecha(),
            envio.numero(),
            null,
            "Informe mensual de avance.");
      }
    }
  }

  private void cotaprep(Hojas hojas) {
    Sheet hoja =
        hojas.nueva("COTAPREP", "Entidad", "Proceso", "Nombre", "Institución", "Cargo", "Acuerdo");
    int fila = 1;
    for (Entidad e : estados) {
      for (int i = 1; i <= 3; i++) {
        hojas.fila(
            hoja,
            fila++,
            e.getNombre(),
            ANIOS,
            "Integrante " + i + " del COTAPREP de " + e.getNombre(),
            "Universidad de " + e.getNombre(),
            i == 3 ? "Secretario Técnico" : "Integrante",
            acuerdo(e, 3));
      }
    }
  }

  private static String acuerdo(Entidad entidad, int numero) {
    return "%s/CG/%03d/2023".formatted(entidad.getSiglas().toUpperCase(Locale.ROOT), numero);
  }

  /** Crea hojas con su encabezado y escribe filas de textos, fechas y enteros. */
  private record Hojas(SXSSFWorkbook libro, CellStyle fecha) {

    Sheet nueva(String nombre, String... encabezados) {
      Sheet hoja = libro.createSheet(nombre);
      fila(hoja, 0, (Object[]) encabezados);
      return hoja;
    }

    void fila(Sheet hoja, int numero, Object... valores) {
      Row fila = hoja.createRow(numero);
      for (int i = 0; i < valores.length; i++) {
        Object valor = valores[i];
        if (valor == null) {
          continue;
        }
        Cell celda = fila.createCell(i);
        if (valor instanceof LocalDate dia) {
          celda.setCellValue(dia);
          celda.setCellStyle(fecha);
        } else if (valor instanceof Integer entero) {
          celda.setCellValue(entero);
        } else {
          celda.setCellValue(valor.toString());
        }
      }
    }
  }
}
