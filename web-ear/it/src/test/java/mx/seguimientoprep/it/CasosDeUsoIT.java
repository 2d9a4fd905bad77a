package mx.seguimientoprep.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.EstadoPrep;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.historial.Cambio;
import mx.seguimientoprep.domain.historial.CambioRepository;
import mx.seguimientoprep.domain.historial.Canal;
import mx.seguimientoprep.domain.historial.Operacion;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.OficioRepository;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.registro.AplicarRegistros;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import mx.seguimientoprep.domain.registro.OficioYaRegistrado;
import mx.seguimientoprep.domain.registro.RegistrarOficio;
import mx.seguimientoprep.domain.registro.ResultadoAplicacion;
import mx.seguimientoprep.domain.registro.TipoDeRegistro;
import mx.seguimientoprep.domain.registro.Ubicacion;
import mx.seguimientoprep.persistence.estado.RegistrosDelEstadoJpa;
import mx.seguimientoprep.persistence.sql.ContadorSentencias;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Los casos de uso dentro del servidor, sobre la fuente de datos real (H2 por omisión, PostgreSQL
 * con -Ppostgresql), a partir de los datos de demostración que la aplicación cargó al arrancar.
 */
@ExtendWith(ArquillianExtension.class)
class CasosDeUsoIT {

  private static final ClaveEntidad COAHUILA = new ClaveEntidad("05");
  private static final Autoria CAPTURISTA = new Autoria("capturista.it", Canal.API);

  @Deployment
  static EnterpriseArchive despliegue() {
    return DespliegueEar.conPruebas(CasosDeUsoIT.class);
  }

  @Inject ConsultarEstado consultarEstado;
  @Inject AplicarRegistros aplicarRegistros;
  @Inject RegistrarOficio registrarOficio;
  @Inject OficioRepository oficios;
  @Inject CambioRepository cambios;

  @Inject UserTransaction transaccion;

  @Resource ManagedExecutorService hilos;

  @PersistenceContext(unitName = "prep")
  EntityManager em;

  @Resource(lookup = "java:jboss/datasources/PrepDS")
  DataSource datasource;

  @Test
  void laBaseDeDatosEsLaQueEligioElBuild() throws Exception {
    String esperada = System.getenv("PREP_IT_BD");
    try (Connection conexion = datasource.getConnection()) {
      String producto = conexion.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      assertEquals(esperada, producto.contains("postgres") ? "postgresql" : producto);
    }
  }

  @Test
  void elEstadoDeCoahuilaSaleDeLaBaseConPocasSentencias() {
    // una escritura cambia la versión de los datos y la revisión del proceso de Coahuila: la
    // siguiente pregunta vuelve a leer ese proceso
    aplicarRegistros.aplicar(
        List.of(oficio("IEC/SE/9101/2020", "Cambia la versión de los datos", null, 2)),
        CAPTURISTA,
        false);
    ContadorSentencias.reiniciar();
    EstadoPrep estado =
        consultarEstado.estadoActual(COAHUILA, LocalDate.of(2020, 11, 30)).orElseThrow();
    long primera = ContadorSentencias.sentencias();

    assertEquals("Proceso Electoral Local Ordinario 2021", estado.proceso());
    assertEquals("IEC/CG/145/2020", estado.cotaprep().acuerdo().orElseThrow().toString());
    assertEquals(LocalDate.of(2020, 11, 6), estado.cotaprep().instalacion().orElseThrow());
    assertEquals("INE/UNICOM/3320/2020", estado.ultimoOficio().orElseThrow().numero().toString());
    // versión, procesos, catálogo, una sentencia por tipo de registro y el último oficio: nunca una
    // por registro
    assertEquals(8, primera, "sentencias SQL de la primera consulta tras un cambio");

    ContadorSentencias.reiniciar();
    assertEquals(
        estado, consultarEstado.estadoActual(COAHUILA, LocalDate.of(2020, 11, 30)).orElseThrow());
    assertEquals(1, ContadorSentencias.sentencias(), "sin cambios, solo se lee la versión");
  }

  @Test
  void laListaDeEntidadesCuestaLoMismoConUnaQueConCuatro() {
    aplicarRegistros.aplicar(
        List.of(oficio("IEC/SE/9102/2020", "Cambia la versión de los datos", null, 2)),
        CAPTURISTA,
        false);
    ContadorSentencias.reiniciar();
    assertEquals(4, consultarEstado.entidadesConProceso(LocalDate.of(2021, 10, 31)).size());
    assertEquals(8, ContadorSentencias.sentencias(), "sentencias SQL de la lista de entidades");
    ContadorSentencias.reiniciar();
    assertEquals(4, consultarEstado.entidadesConProceso(LocalDate.of(2021, 10, 31)).size());
    assertEquals(1, ContadorSentencias.sentencias(), "sin cambios, solo se lee la versión");
  }

  @Test
  void unaEscrituraEnUnProcesoSoloVuelveALeerEseProceso() {
    LocalDate referencia = LocalDate.of(2021, 10, 31);
    consultarEstado.estadosActuales(referencia);
    registrarOficio.registrar(
        oficio(
            "IEC/SE/9104/2021",
            "Solo toca el proceso 2021 de Coahuila",
            null,
            0,
            LocalDate.of(2021, 2, 10)),
        CAPTURISTA);
    RegistrosDelEstadoJpa.leidosYReiniciar();
    List<EstadoPrep> estados = consultarEstado.estadosActuales(referencia);
    assertEquals(
        1, RegistrosDelEstadoJpa.leidosYReiniciar(), "solo el proceso escrito se lee de nuevo");
    assertEquals(4, estados.size());
    assertEquals(
        "IEC/SE/9104/2021",
        estados.stream()
            .filter(e -> e.claveEntidad().equals(COAHUILA))
            .findFirst()
            .orElseThrow()
            .ultimoOficio()
            .orElseThrow()
            .numero()
            .toString());
  }

  @Test
  void unaEscrituraSeVeEnLaSiguienteConsulta() {
    LocalDate despues = LocalDate.of(2021, 1, 31);
    consultarEstado.estadoActual(COAHUILA, despues);
    registrarOficio.registrar(
        oficio("IEC/SE/9103/2021", "El último oficio de enero", null, 0, LocalDate.of(2021, 1, 20)),
        CAPTURISTA);
    assertEquals(
        "IEC/SE/9103/2021",
        consultarEstado
            .estadoActual(COAHUILA, despues)
            .orElseThrow()
            .ultimoOficio()
            .orElseThrow()
            .numero()
            .toString());
  }

  @Test
  void aIgualFechaElUltimoOficioEsElRegistradoDespuesYNoCuentaUnoPosterior() {
    // La regla del dominio (UltimoOficio.POR_RECIENCIA), ahora en el orden del índice
    // ix_oficio_proceso_reciente: fecha mayor y, a igual fecha, el registrado después, aunque su
    // número sea menor; un oficio posterior a la fecha de referencia no cuenta.
    // Antes de las fechas que escriben las otras pruebas (20/01 y 10/02/2021), para no cambiar su
    // último oficio sea cual sea el orden; sin entregables, para no remitir el informe de un mes
    // que otra prueba revisa (InformeIT).
    LocalDate dia = LocalDate.of(2021, 1, 10);
    registrarOficio.registrar(
        sinEntregables("IEC/SE/9106/2021", "Registrado primero", dia), CAPTURISTA);
    registrarOficio.registrar(
        sinEntregables("IEC/SE/9105/2021", "Registrado después, con número menor", dia),
        CAPTURISTA);
    registrarOficio.registrar(
        sinEntregables("IEC/SE/9107/2021", "Del día siguiente", dia.plusDays(1)), CAPTURISTA);
    assertEquals(
        "IEC/SE/9105/2021",
        consultarEstado
            .estadoActual(COAHUILA, dia)
            .orElseThrow()
            .ultimoOficio()
            .orElseThrow()
            .numero()
            .toString());
    assertEquals(
        "IEC/SE/9107/2021",
        consultarEstado
            .estadoActual(COAHUILA, dia.plusDays(1))
            .orElseThrow()
            .ultimoOficio()
            .orElseThrow()
            .numero()
            .toString());
  }

  @Test
  void unOficioNuevoQuedaEnElHistorialConQuienYPorDonde() {
    ComandoOficio comando =
        oficio(
            "IEC/SE/9001/2020",
            "Remite el informe de noviembre",
            ResultadoRevision.SIN_OBSERVACIONES,
            0);
    registrarOficio.registrar(comando, CAPTURISTA);

    assertTrue(oficios.findByNumero(new NumeroOficio("IEC / SE / 9001 / 2020")).isPresent());
    List<Cambio> historial = cambios.findByRegistro("Oficio", "IEC/SE/9001/2020");
    assertEquals(1, historial.size());
    Cambio alta = historial.get(0);
    assertEquals(Operacion.ALTA, alta.getOperacion());
    assertEquals("capturista.it", alta.getUsuario());
    assertEquals(Canal.API, alta.getCanal());
    assertEquals("05", alta.getEntidad());
    assertTrue(
        alta.getValorNuevo().contains("Remite el informe de noviembre"), alta.getValorNuevo());

    OficioYaRegistrado duplicado =
        assertThrows(
            OficioYaRegistrado.class, () -> registrarOficio.registrar(comando, CAPTURISTA));
    assertTrue(duplicado.getMessage().contains("IEC/SE/9001/2020"), duplicado.getMessage());
  }

  @Test
  void unaActualizacionGuardaElValorAnteriorYElNuevo() {
    aplicarRegistros.aplicar(
        List.of(oficio("IEC/SE/9002/2020", "Asunto original", null, 2)), CAPTURISTA, false);
    ResultadoAplicacion resultado =
        aplicarRegistros.aplicar(
            List.of(
                oficio(
                    "IEC/SE/9002/2020",
                    "Asunto corregido",
                    ResultadoRevision.CON_OBSERVACIONES,
                    2)),
            new Autoria("staff.it", Canal.HOJA),
            false);

    assertEquals(1, resultado.conteo(TipoDeRegistro.OFICIOS).actualizados());
    List<Cambio> historial = cambios.findByRegistro("Oficio", "IEC/SE/9002/2020");
    Cambio asunto =
        historial.stream().filter(c -> "Asunto".equals(c.getCampo())).findFirst().orElseThrow();
    assertEquals(Operacion.MODIFICACION, asunto.getOperacion());
    assertEquals("Asunto original", asunto.getValorAnterior());
    assertEquals("Asunto corregido", asunto.getValorNuevo());
    assertEquals("staff.it", asunto.getUsuario());
    assertEquals(Canal.HOJA, asunto.getCanal());
  }

  /**
   * Los oficios nuevos se insertan en lotes JDBC al final de la importación, no como entidades
   * administradas: una fila posterior del mismo libro que modifica un oficio nuevo debe guardarse
   * igual, con el alta y el cambio en el historial.
   */
  @Test
  void unOficioNuevoQueOtraFilaDelMismoLibroCorrigeSeGuardaCorregido() {
    ResultadoAplicacion resultado =
        aplicarRegistros.aplicar(
            List.of(
                oficio("IEC/SE/9006/2020", "Asunto de la fila 2", null, 2),
                oficio("IEC/SE/9006/2020", "Asunto de la fila 3", null, 3)),
            CAPTURISTA,
            false);

    assertTrue(resultado.guardado(), resultado.errores().toString());
    assertEquals(1, resultado.conteo(TipoDeRegistro.OFICIOS).nuevos());
    assertEquals(1, resultado.conteo(TipoDeRegistro.OFICIOS).actualizados());
    assertEquals(
        "Asunto de la fila 3",
        oficios.findByNumero(new NumeroOficio("IEC/SE/9006/2020")).orElseThrow().getAsunto());
    List<Cambio> historial = cambios.findByRegistro("Oficio", "IEC/SE/9006/2020");
    assertTrue(
        historial.stream().anyMatch(c -> c.getOperacion() == Operacion.ALTA), historial.toString());
    Cambio asunto =
        historial.stream().filter(c -> "Asunto".equals(c.getCampo())).findFirst().orElseThrow();
    assertEquals("Asunto de la fila 2", asunto.getValorAnterior());
    assertEquals("Asunto de la fila 3", asunto.getValorNuevo());
  }

  @Test
  void unaFilaConErrorDejaSinGuardarTodoElLote() {
    ComandoOficio bueno = oficio("IEC/SE/9003/2020", "Fila correcta", null, 2);
    ComandoOficio sinAsunto = oficio("IEC/SE/9004/2020", "", null, 3);
    ResultadoAplicacion resultado =
        aplicarRegistros.aplicar(List.of(bueno, sinAsunto), CAPTURISTA, false);

    assertEquals(1, resultado.errores().size(), resultado.errores().toString());
    assertEquals(3, resultado.errores().get(0).fila());
    assertEquals("Oficios", resultado.errores().get(0).hoja());
    assertFalse(oficios.findByNumero(new NumeroOficio("IEC/SE/9003/2020")).isPresent());
    assertTrue(cambios.findByRegistro("Oficio", "IEC/SE/9003/2020").isEmpty());
  }

  @Test
  void laSimulacionCuentaPeroNoGuarda() {
    ResultadoAplicacion resultado =
        aplicarRegistros.aplicar(
            List.of(oficio("IEC/SE/9005/2020", "Solo simulado", null, 2)), CAPTURISTA, true);
    assertEquals(1, resultado.conteo(TipoDeRegistro.OFICIOS).nuevos());
    assertFalse(resultado.guardado());
    assertFalse(oficios.findByNumero(new NumeroOficio("IEC/SE/9005/2020")).isPresent());
  }

  /**
   * Una simulación no toma el candado de escritura: mientras otra escritura sigue abierta (aquí, la
   * de esta transacción, que lo tiene hasta el final), la simulación termina en lugar de esperar.
   */
  @Test
  void unaSimulacionNoEsperaAUnaEscrituraEnCurso() throws Exception {
    transaccion.begin();
    try {
      registrarOficio.registrar(
          oficio("IEC/SE/9105/2021", "Una escritura que sigue abierta", null, 0), CAPTURISTA);
      Future<ResultadoAplicacion> simulacion =
          hilos.submit(
              () ->
                  aplicarRegistros.aplicar(
                      List.of(oficio("IEC/SE/9106/2021", "Simulada mientras tanto", null, 2)),
                      CAPTURISTA,
                      true));
      ResultadoAplicacion resultado = simulacion.get(20, TimeUnit.SECONDS);
      assertTrue(resultado.errores().isEmpty(), resultado.errores().toString());
      assertEquals(1, resultado.conteo(TipoDeRegistro.OFICIOS).nuevos());
      assertFalse(resultado.guardado());
    } finally {
      transaccion.rollback();
    }
  }

  @Test
  void elHistorialDeUnaEntidadSoloCargaLosCambiosQueSePiden() throws Exception {
    ClaveEntidad durango = new ClaveEntidad("10");
    transaccion.begin();
    try {
      List<Cambio> recientes = cambios.findByEntidad(durango, 5);
      long cargados =
          em.unwrap(Session.class).getStatistics().getEntityKeys().stream()
              .filter(k -> ((EntityKey) k).getEntityName().equals(Cambio.class.getName()))
              .count();
      List<Long> esperados =
          em.createQuery(
                  "select c.id from Cambio c where c.entidad = '10'"
                      + " order by c.momento desc, c.id desc",
                  Long.class)
              .setMaxResults(5)
              .getResultList();
      long todos =
          em.createQuery("select count(c) from Cambio c where c.entidad = '10'", Long.class)
              .getSingleResult();
      assertEquals(esperados, recientes.stream().map(Cambio::getId).toList(), "los más recientes");
      assertEquals(5, cargados, "cambios leídos de la base para mostrar 5");
      assertTrue(todos > 5, "Durango tiene más de 5 cambios: " + todos);
      assertEquals(todos, cambios.countByEntidad(durango));
    } finally {
      transaccion.rollback();
    }
  }

  private static ComandoOficio oficio(
      String numero, String asunto, ResultadoRevision resultado, int fila) {
    return oficio(numero, asunto, resultado, fila, LocalDate.of(2020, 12, 15));
  }

  private static ComandoOficio oficio(
      String numero, String asunto, ResultadoRevision resultado, int fila, LocalDate fecha) {
    return oficio(numero, asunto, resultado, fila, fecha, List.of("E03"));
  }

  /** Un oficio que no remite ningún entregable. */
  private static ComandoOficio sinEntregables(String numero, String asunto, LocalDate fecha) {
    return oficio(numero, asunto, null, 0, fecha, List.of());
  }

  private static ComandoOficio oficio(
      String numero,
      String asunto,
      ResultadoRevision resultado,
      int fila,
      LocalDate fecha,
      List<String> entregables) {
    return new ComandoOficio(
        COAHUILA,
        "2021",
        new NumeroOficio(numero),
        fecha,
        Sentido.ENVIADO_AL_INE,
        "Secretaría Ejecutiva del IEC",
        "UNICOM",
        asunto,
        entregables,
        null,
        resultado,
        null,
        fila == 0 ? null : new Ubicacion("Oficios", fila));
  }
}
