package mx.seguimientoprep.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * compartidos, como guarda Excel, y fechas reales con formato {@code dd/mm/aaaa}. Por omisión cada
 * entidad tiene un proceso, el 2023-2024; con varios {@link CicloSintetico}, uno de cada uno, y los
 * oficios repartidos por igual entre todos. Un libro grande se escribe en partes: los oficios de un
 * tramo de posiciones, y las demás hojas solo en la primera.
 */
public final class SyntheticWorkbook {

  private final List<Entidad> estados;
  private final List<CicloSintetico> ciclos;

  SyntheticWorkbook(List<Entidad> estados) {
    this(estados, List.of(CicloSintetico.ORDINARIO_2023_2024));
  }

  public SyntheticWorkbook(List<Entidad> estados, List<CicloSintetico> ciclos) {
    this.estados = estados;
    this.ciclos = ciclos;
  }

  /**
   * Los procesos de las entidades, ciclo por ciclo y en cada uno en el orden de {@link #estados}.
   */
  List<ProcesoElectoral> procesos() {
    List<ProcesoElectoral> procesos = new ArrayList<>();
    for (CicloSintetico ciclo : ciclos) {
      for (Entidad e : estados) {
        procesos.add(
            new ProcesoElectoral(
                e,
                ciclo.nombre(),
                ciclo.jornada(),
                "Unidad Técnica de Cómputo",
                "Titular de la Unidad Técnica de Cómputo del " + e.getSiglas(),
                new NumeroAcuerdo(acuerdo(e, ciclo, 2)),
                Realizacion.OPL,
                "Instituto Tecnológico y de Estudios Superiores de Monterrey"));
      }
    }
    return procesos;
  }

  void escribir(Path archivo, int oficios) throws IOException {
    escribir(archivo, 0, oficios, true);
  }

  /**
   * Una parte del libro: los oficios de las posiciones {@code desde} (incluida) a {@code hasta} (no
   * incluida) y, con {@code conLasDemasHojas}, los procesos y las hojas de acuerdos, sesiones,
   * entregables e integrantes de todos ellos.
   */
  public void escribir(Path archivo, int desde, int hasta, boolean conLasDemasHojas)
      throws IOException {
    try (SXSSFWorkbook libro = new SXSSFWorkbook(null, 100, true, true);
        OutputStream salida = Files.newOutputStream(archivo)) {
      CellStyle fecha = libro.createCellStyle();
      fecha.setDataFormat(libro.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Hojas hojas = new Hojas(libro, fecha);
      if (conLasDemasHojas) {
        procesos(hojas);
        acuerdos(hojas);
      }
      oficios(hojas, desde, hasta);
      if (conLasDemasHojas) {
        sesiones(hojas);
        entregables(hojas);
        cotaprep(hojas);
      }
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
    for (CicloSintetico ciclo : ciclos) {
      for (Entidad e : estados) {
        for (int i = 0; i < acuerdos.length; i++) {
          hojas.fila(
              hoja,
              fila++,
              e.getNombre(),
              ciclo.anios(),
              acuerdo(e, ciclo, i + 1),
              LocalDate.of(ciclo.primerAnio(), 8, 31).plusDays(i * 14L),
              "Consejo General",
              "Extraordinaria",
              acuerdos[i][0],
              acuerdos[i][1]);
        }
      }
    }
  }

  private void oficios(Hojas hojas, int desde, int hasta) {
    Sheet hoja = hojas.nueva("Oficios", Phase.ENCABEZADOS_OFICIOS.toArray(String[]::new));
    for (int i = desde; i < hasta; i++) {
      SyntheticOficio o = SyntheticOficio.de(i, estados, ciclos);
      hojas.fila(
          hoja,
          i - desde + 1,
          o.entidad(),
          o.anios(),
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
    for (CicloSintetico ciclo : ciclos) {
      for (Entidad e : estados) {
        for (int i = 0; i < 4; i++) {
          hojas.fila(
              hoja,
              fila++,
              e.getNombre(),
              ciclo.anios(),
              "COTAPREP",
              i == 0 ? "Instalación" : "Ordinaria",
              i == 0 ? null : i,
              LocalDate.of(ciclo.primerAnio(), 10, 2).plusMonths(i),
              "1. Lista de asistencia.\n2. Avance de la implementación del PREP.",
              "Se presentó el avance de la implementación del PREP.");
        }
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
    for (int c = 0; c < ciclos.size(); c++) {
      CicloSintetico ciclo = ciclos.get(c);
      for (int estado = 0; estado < estados.size(); estado++) {
        Entidad e = estados.get(estado);
        // El primer par de oficios de la entidad en este proceso: el par c·32 + estado.
        int par = c * estados.size() + estado;
        SyntheticOficio envio = SyntheticOficio.de(2 * par, estados, ciclos);
        SyntheticOficio respuesta = SyntheticOficio.de(2 * par + 1, estados, ciclos);
        for (String codigo : List.of("E01", "E02", "E04", "E05", "E06")) {
          hojas.fila(
              hoja,
              fila++,
              e.getNombre(),
              ciclo.anios(),
              codigo,
              null,
              null,
              "Sin observaciones",
              envio.fecha(),
              envio.numero(),
              respuesta.numero(),
              null);
        }
        int siguiente = ciclo.primerAnio() + 1;
        for (String periodo : List.of(siguiente + "-01", siguiente + "-02", siguiente + "-03")) {
          hojas.fila(
              hoja,
              fila++,
              e.getNombre(),
              ciclo.anios(),
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
  }

  private void cotaprep(Hojas hojas) {
    Sheet hoja =
        hojas.nueva("COTAPREP", "Entidad", "Proceso", "Nombre", "Institución", "Cargo", "Acuerdo");
    int fila = 1;
    for (CicloSintetico ciclo : ciclos) {
      for (Entidad e : estados) {
        for (int i = 1; i <= 3; i++) {
          hojas.fila(
              hoja,
              fila++,
              e.getNombre(),
              ciclo.anios(),
              "Integrante " + i + " del COTAPREP de " + e.getNombre(),
              "Universidad de " + e.getNombre(),
              i == 3 ? "Secretario Técnico" : "Integrante",
              acuerdo(e, ciclo, 3));
        }
      }
    }
  }

  private static String acuerdo(Entidad entidad, CicloSintetico ciclo, int numero) {
    return "%s/CG/%03d/%d"
        .formatted(entidad.getSiglas().toUpperCase(Locale.ROOT), numero, ciclo.primerAnio());
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
