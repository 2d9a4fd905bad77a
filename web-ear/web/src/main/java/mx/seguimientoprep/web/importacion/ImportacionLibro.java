package mx.seguimientoprep.web.importacion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import mx.seguimientoprep.domain.entidad.EntidadRepository;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.domain.importacion.EstadoImportacion;
import mx.seguimientoprep.domain.importacion.Importacion;
import mx.seguimientoprep.domain.importacion.ImportacionRepository;
import mx.seguimientoprep.domain.registro.AplicarRegistros;
import mx.seguimientoprep.domain.registro.AvisoDeRegistro;
import mx.seguimientoprep.domain.registro.Conteo;
import mx.seguimientoprep.domain.registro.ErrorDeRegistro;
import mx.seguimientoprep.domain.registro.ResultadoAplicacion;
import mx.seguimientoprep.domain.registro.TipoDeRegistro;
import mx.seguimientoprep.hoja.comando.LecturaLibro;
import mx.seguimientoprep.hoja.comando.WorkbookTranslator;

/**
 * Un libro subido, de los bytes al informe: se copia a un archivo temporal (nunca entero en
 * memoria), midiéndolo contra el límite de tamaño y calculando su hash en el camino; lo lee el
 * lector por streaming, el caso de uso de importación lo aplica de forma atómica (o lo simula) y
 * queda en la bitácora sea cual sea el resultado.
 */
@ApplicationScoped
public class ImportacionLibro {

  /** La subida más grande que se acepta (http.md). */
  public static final long LIMITE_BYTES = 20L * 1024 * 1024;

  @Inject EntidadRepository entidades;
  @Inject AplicarRegistros aplicarRegistros;
  @Inject ImportacionRepository bitacora;

  public InformeImportacion importar(
      String archivo, InputStream contenido, Autoria autoria, boolean simular) {
    Path temporal = null;
    try {
      temporal = Files.createTempFile("prep-importacion-", ".xlsx");
      String sha256 = copiar(contenido, temporal);
      return leerYAplicar(archivo, temporal, sha256, autoria, simular);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      borrar(temporal);
    }
  }

  private InformeImportacion leerYAplicar(
      String archivo, Path temporal, String sha256, Autoria autoria, boolean simular) {
    LecturaLibro lectura =
        new WorkbookTranslator(new ResolutorEntidad(entidades.todas())).leerXlsx(temporal);
    return aplicar(lectura, archivo, sha256, autoria, simular);
  }

  /**
   * Aplica (o simula) lo leído y lo deja en la bitácora con el canal de la autoría: el mismo camino
   * para un libro y para las propuestas de un informe narrativo.
   */
  InformeImportacion aplicar(
      LecturaLibro lectura, String archivo, String sha256, Autoria autoria, boolean simular) {
    EstadoImportacion estado = EstadoImportacion.RECHAZADA;
    Map<TipoDeRegistro, Conteo> conteos = Map.of();
    List<ErrorDeRegistro> errores = new ArrayList<>(lectura.errores());
    List<AvisoDeRegistro> avisos = new ArrayList<>(lectura.avisos());
    // Con errores de lectura nada se guarda, pero las filas que sí se leyeron se validan contra la
    // base (procesos, catálogo, referencias) en simulación: la respuesta trae todos los errores.
    ResultadoAplicacion resultado =
        aplicarRegistros.aplicar(lectura.comandos(), autoria, simular || lectura.conErrores());
    errores.addAll(resultado.errores());
    avisos.addAll(resultado.avisos());
    if (!lectura.conErrores()) {
      conteos = resultado.conteos();
    }
    if (errores.isEmpty()) {
      estado = simular ? EstadoImportacion.SIMULADA : EstadoImportacion.APLICADA;
    }
    bitacora.store(
        new Importacion(
            Instant.now(),
            autoria.usuario(),
            archivo,
            sha256,
            estado,
            conteos,
            errores.size(),
            avisos.size(),
            autoria.canal() == Canal.INFORME ? Canal.INFORME : Canal.HOJA));
    return InformeImportacion.de(estado, archivo, sha256, conteos, errores, avisos);
  }

  /**
   * Copia a lo más el límite, calculando el hash en el camino; devuelve el SHA-256 en hexadecimal.
   */
  static String copiar(InputStream contenido, Path destino) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (OutputStream salida = new DigestOutputStream(Files.newOutputStream(destino), digest)) {
      byte[] bloque = new byte[64 * 1024];
      long total = 0;
      int leidos;
      while ((leidos = contenido.read(bloque)) != -1) {
        total += leidos;
        if (total > LIMITE_BYTES) {
          throw new ArchivoDemasiadoGrande(LIMITE_BYTES);
        }
        salida.write(bloque, 0, leidos);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static void borrar(Path temporal) {
    if (temporal != null) {
      try {
        Files.deleteIfExists(temporal);
      } catch (IOException e) {
        temporal.toFile().deleteOnExit();
      }
    }
  }
}
