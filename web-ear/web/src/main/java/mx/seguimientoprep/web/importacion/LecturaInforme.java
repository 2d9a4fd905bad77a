package mx.seguimientoprep.web.importacion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.EntidadRepository;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.registro.LecturaDeCampo;
import mx.seguimientoprep.hoja.Celda;
import mx.seguimientoprep.hoja.Fila;
import mx.seguimientoprep.hoja.Hallazgo;
import mx.seguimientoprep.hoja.Hoja;
import mx.seguimientoprep.hoja.RowHandler;
import mx.seguimientoprep.hoja.WorkbookReader;
import mx.seguimientoprep.hoja.comando.LecturaLibro;
import mx.seguimientoprep.hoja.comando.WorkbookTranslator;
import mx.seguimientoprep.hoja.exportacion.LibroDePropuestas;
import mx.seguimientoprep.informe.Certeza;
import mx.seguimientoprep.informe.FactRecognizer;
import mx.seguimientoprep.informe.InformeIlegible;
import mx.seguimientoprep.informe.LecturaDelInforme;
import mx.seguimientoprep.informe.Portada;
import mx.seguimientoprep.informe.Propuesta;
import mx.seguimientoprep.informe.Registrados;
import mx.seguimientoprep.informe.ReportReader;
import mx.seguimientoprep.web.exportacion.ExportacionLibro;

/**
 * Un informe narrativo subido, de los bytes a la importación: se copia a un temporal midiéndolo
 * contra el mismo límite que un libro, el lector de informes saca su texto y propone sus hechos, y
 * esas propuestas, completadas con lo ya registrado ({@link Registrados}), se traducen con las
 * reglas del libro ({@link WorkbookTranslator#leerFilas}) y se aplican con el caso de uso de
 * importación, en la bitácora con el canal {@code Informe}. Las propuestas {@code baja} se aplican
 * solo si quien revisa las conserva.
 */
@ApplicationScoped
public class LecturaInforme {

  /** Las columnas que el libro de propuestas agrega a las de cada hoja. */
  public static final List<String> COLUMNAS_EXTRA = List.of("Fuente", "Certeza");

  @Inject EntidadRepository entidades;
  @Inject ImportacionLibro importacion;
  @Inject ExportacionLibro exportacion;

  /** Lo que dice quien sube el informe, cuando la portada no lo dice: cualquiera puede faltar. */
  public record Datos(String entidad, String proceso, YearMonth mes) {
    Portada portada() {
      return new Portada(entidad, proceso, mes);
    }
  }

  /**
   * Lee el informe y aplica (o simula) sus propuestas {@code alta} y las {@code baja} cuya clave
   * esté en {@code conservar}.
   *
   * @throws InformeNoLegible si el archivo no se puede leer como informe
   */
  public LecturaJson leerYAplicar(
      String archivo,
      InputStream contenido,
      Datos dados,
      Set<String> conservar,
      Autoria autoria,
      boolean simular) {
    Path temporal = null;
    try {
      temporal = Files.createTempFile("prep-informe-", ".bin");
      String sha256 = ImportacionLibro.copiar(contenido, temporal);
      LecturaDelInforme lectura = leer(temporal, archivo, dados);
      Registrados registrados = registrados(lectura);
      List<Fila> filas = new ArrayList<>();
      List<Integer> numeros = numeros(lectura.propuestas());
      for (int i = 0; i < lectura.propuestas().size(); i++) {
        Propuesta p = lectura.propuestas().get(i);
        if (p.certeza() == Certeza.ALTA || conservar.contains(p.clave())) {
          filas.add(fila(registrados.completar(p), numeros.get(i)));
        }
      }
      LecturaLibro traducida = traductor().leerFilas(filas);
      InformeImportacion informe =
          importacion.aplicar(traducida, archivo, sha256, autoria, simular);
      return LecturaJson.de(informe, lectura, numeros);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      ImportacionLibro.borrar(temporal);
    }
  }

  /**
   * Las propuestas del informe como un libro de importación con {@code Fuente} y {@code Certeza}.
   */
  public void comoLibro(String archivo, InputStream contenido, Datos dados, OutputStream salida) {
    Path temporal = null;
    try {
      temporal = Files.createTempFile("prep-informe-", ".bin");
      ImportacionLibro.copiar(contenido, temporal);
      LecturaDelInforme lectura = leer(temporal, archivo, dados);
      List<LibroDePropuestas.FilaPropuesta> filas = new ArrayList<>();
      for (Propuesta p : lectura.propuestas()) {
        Map<String, String> valores = new LinkedHashMap<>(p.campos());
        valores.put("Fuente", p.fuente());
        valores.put("Certeza", p.certeza().etiqueta());
        filas.add(new LibroDePropuestas.FilaPropuesta(hoja(p), valores));
      }
      new LibroDePropuestas(COLUMNAS_EXTRA).escribir(filas, salida);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      ImportacionLibro.borrar(temporal);
    }
  }

  private LecturaDelInforme leer(Path temporal, String archivo, Datos dados) {
    try {
      return new FactRecognizer(entidades.todas())
          .reconocer(new ReportReader().leer(temporal, archivo), dados.portada());
    } catch (InformeIlegible ilegible) {
      throw new InformeNoLegible(ilegible.getMessage(), ilegible);
    }
  }

  /**
   * Lo ya registrado de las entidades de las propuestas (la del informe y, si cita acuerdos del
   * INE, el INE), leído del libro que exporta la aplicación: así una propuesta no borra lo que el
   * informe no dice ni reescribe un texto capturado a mano.
   */
  private Registrados registrados(LecturaDelInforme lectura) throws IOException {
    Registrados registrados = new Registrados();
    Set<String> nombradas = new LinkedHashSet<>();
    if (lectura.portada().entidad() != null) {
      nombradas.add(lectura.portada().entidad());
    }
    for (Propuesta p : lectura.propuestas()) {
      if (p.campo("Entidad") != null) {
        nombradas.add(p.campo("Entidad"));
      }
    }
    Set<ClaveEntidad> leidas = new HashSet<>();
    for (String nombrada : nombradas) {
      Optional<Entidad> entidad;
      try {
        ClaveEntidad clave =
            LecturaDeCampo.entidad(new ResolutorEntidad(entidades.todas()), nombrada);
        entidad = entidades.todas().stream().filter(e -> e.getClave().equals(clave)).findFirst();
      } catch (DatoInvalido desconocida) {
        continue;
      }
      if (entidad.isPresent() && leidas.add(entidad.get().getClave())) {
        agregarRegistrados(entidad.get(), registrados);
      }
    }
    return registrados;
  }

  private void agregarRegistrados(Entidad entidad, Registrados registrados) throws IOException {
    Path libro = Files.createTempFile("prep-registrados-", ".xlsx");
    try {
      try (OutputStream salida = Files.newOutputStream(libro)) {
        exportacion.escribir(
            new ExportacionLibro.Filtros(Optional.of(entidad), Optional.empty(), Optional.empty()),
            LocalDate.now(),
            salida);
      }
      new WorkbookReader()
          .leer(
              libro,
              new RowHandler() {
                @Override
                public void fila(Fila fila) {
                  Map<String, String> valores = new LinkedHashMap<>();
                  fila.valores().forEach((columna, celda) -> valores.put(columna, celda.texto()));
                  registrados.agregar(fila.hoja().nombre(), valores);
                }

                @Override
                public void error(Hallazgo error) {
                  // Un libro exportado por la propia aplicación se lee sin errores.
                }

                @Override
                public void advertencia(Hallazgo advertencia) {
                  // Las hojas Catálogo y Resumen no se importan: su aviso no importa aquí.
                }
              });
    } finally {
      ImportacionLibro.borrar(libro);
    }
  }

  private WorkbookTranslator traductor() {
    return new WorkbookTranslator(new ResolutorEntidad(entidades.todas()));
  }

  /**
   * El número de fila de cada propuesta en su hoja, como en el libro de propuestas (la primera es
   * la 2): así un error de la importación señala la misma fila en la respuesta y en el libro.
   */
  private static List<Integer> numeros(List<Propuesta> propuestas) {
    Map<Hoja, Integer> siguiente = new EnumMap<>(Hoja.class);
    List<Integer> numeros = new ArrayList<>();
    for (Propuesta p : propuestas) {
      numeros.add(siguiente.merge(hoja(p), 1, Integer::sum) + 1);
    }
    return numeros;
  }

  private static Hoja hoja(Propuesta p) {
    return Hoja.buscar(p.hoja())
        .orElseThrow(() -> new IllegalStateException("Hoja desconocida: " + p.hoja()));
  }

  private static Fila fila(Propuesta p, int numero) {
    Map<String, Celda> valores = new LinkedHashMap<>();
    p.campos().forEach((columna, valor) -> valores.put(columna, new Celda.Texto(valor)));
    return new Fila(hoja(p), numero, valores);
  }
}
