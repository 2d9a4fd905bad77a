package mx.seguimientoprep.web.informe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entregable.DefinicionEntregableRepository;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.EntregableEsperado;
import mx.seguimientoprep.domain.informe.InformeGenerado;
import mx.seguimientoprep.domain.informe.InformesRepository;
import mx.seguimientoprep.domain.informe.PlantillaInforme;
import mx.seguimientoprep.domain.informe.RedaccionDelInforme;
import mx.seguimientoprep.informe.InformeWriter;
import mx.seguimientoprep.informe.PlantillaDocx;
import mx.seguimientoprep.informe.PlantillaInvalida;

/**
 * El informe del mes como documento: lo redacta el dominio con los registros, lo escribe {@link
 * InformeWriter} en la plantilla de la entidad (o en la predeterminada) y deja constancia de que se
 * generó. También guarda y valida las plantillas que suben los administradores.
 */
@ApplicationScoped
public class InformeDelMes {

  /** El entregable del informe mensual en el catálogo. */
  static final String CODIGO = "E03";

  @Inject ConsultarEstado consultarEstado;
  @Inject DefinicionEntregableRepository catalogo;
  @Inject InformesRepository informes;

  private final Clock reloj = Clock.systemUTC();

  /** El documento listo para descargar o enviar. */
  public record Documento(String nombre, byte[] contenido, String proceso, YearMonth mes) {}

  /** Un archivo que no sirve de plantilla, con el motivo. */
  public static class PlantillaRechazada extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PlantillaRechazada(String mensaje) {
      super(mensaje);
    }
  }

  /**
   * El informe del mes de la entidad: del proceso que nombra {@code proceso} o, sin él, del que era
   * el actual al cierre del mes. Vacío si la entidad no tiene ese proceso.
   *
   * @param usuario quien lo pide, para la constancia
   */
  public Optional<Documento> generar(
      Entidad entidad,
      Optional<String> proceso,
      YearMonth mes,
      LocalDate presentacion,
      String usuario) {
    Optional<RedaccionDelInforme.Redactado> redactado =
        new RedaccionDelInforme(consultarEstado, catalogo::todas)
            .redactar(entidad.getClave(), proceso, mes, presentacion);
    if (redactado.isEmpty()) {
      return Optional.empty();
    }
    Optional<byte[]> plantilla =
        informes.plantillaDe(entidad.getClave()).map(PlantillaInforme::getContenido);
    ByteArrayOutputStream salida = new ByteArrayOutputStream();
    try {
      new InformeWriter().escribir(redactado.get().informe(), plantilla, salida);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    informes.anotarGenerado(redactado.get().proceso(), mes, usuario, Instant.now(reloj));
    return Optional.of(
        new Documento(
            redactado.get().informe().nombreDeArchivo(),
            salida.toByteArray(),
            redactado.get().proceso().getNombre(),
            mes));
  }

  /**
   * Un mes del proceso: si su informe (el E03 de ese mes) se generó aquí y si se remitió al INE.
   *
   * @param estado el estado del E03 del mes a la fecha de referencia («Pendiente», «Enviado»…)
   */
  public record MesDelInforme(
      YearMonth mes,
      boolean generado,
      Instant generadoEl,
      int veces,
      boolean enviado,
      String estado,
      LocalDate fechaEnvio,
      String oficioEnvio,
      LocalDate fechaLimite) {}

  /**
   * Los meses con informe del proceso (los que el catálogo espera, más los que se generaron), del
   * más reciente al más antiguo. Vacío si la entidad no tiene ese proceso.
   */
  public Optional<List<MesDelInforme>> meses(
      Entidad entidad, Optional<String> proceso, LocalDate referencia) {
    return consultarEstado
        .expedienteConEstado(entidad.getClave(), proceso, referencia)
        .map(
            expediente -> {
              Map<YearMonth, InformeGenerado> generados = new HashMap<>();
              informes.generados(expediente.proceso()).forEach(g -> generados.put(g.getMes(), g));
              Map<YearMonth, MesDelInforme> meses = new TreeMap<>(Comparator.reverseOrder());
              for (EntregableEsperado e : expediente.estado().entregables()) {
                if (!e.codigo().equals(CODIGO) || e.periodo() == null) {
                  continue;
                }
                Optional<Entregable> fila = expediente.registrado(e);
                InformeGenerado g = generados.get(e.periodo());
                meses.put(
                    e.periodo(),
                    new MesDelInforme(
                        e.periodo(),
                        g != null,
                        g == null ? null : g.getUltima(),
                        g == null ? 0 : g.getVeces(),
                        e.estado() != EstadoEntregable.PENDIENTE
                            && e.estado() != EstadoEntregable.NO_APLICA,
                        e.estado().etiqueta(),
                        fila.map(Entregable::getFechaEnvio).orElse(null),
                        fila.map(
                                f -> f.getOficioEnvio() == null ? null : f.getOficioEnvio().valor())
                            .orElse(null),
                        e.fechaLimite()));
              }
              generados.forEach(
                  (mes, g) ->
                      meses.putIfAbsent(
                          mes,
                          new MesDelInforme(
                              mes,
                              true,
                              g.getUltima(),
                              g.getVeces(),
                              false,
                              "Sin plazo en el catálogo",
                              null,
                              null,
                              null)));
              return List.copyOf(meses.values());
            });
  }

  /**
   * Guarda la plantilla de la entidad, si es un .docx sin macros de a lo más {@value
   * PlantillaDocx#TAMANO_MAXIMO} bytes.
   *
   * @throws PlantillaRechazada con el motivo, si no sirve
   */
  public void guardarPlantilla(Entidad entidad, String archivo, byte[] contenido, String usuario) {
    try {
      PlantillaDocx.validar(contenido);
    } catch (PlantillaInvalida e) {
      throw new PlantillaRechazada(e.getMessage());
    }
    informes.guardarPlantilla(
        entidad.getClave(), archivo, contenido, sha256(contenido), usuario, Instant.now(reloj));
  }

  public boolean quitarPlantilla(Entidad entidad) {
    return informes.quitarPlantilla(entidad.getClave());
  }

  public Optional<PlantillaInforme> plantillaDe(Entidad entidad) {
    return informes.plantillaDe(entidad.getClave());
  }

  public List<PlantillaInforme> plantillas() {
    return informes.plantillas();
  }

  /** La plantilla limpia del proyecto, para descargarla y hacer la propia sobre ella. */
  public byte[] plantillaPredeterminada() {
    return PlantillaDocx.predeterminada();
  }

  public static int tamanoMaximoDePlantilla() {
    return PlantillaDocx.TAMANO_MAXIMO;
  }

  private static String sha256(byte[] contenido) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
