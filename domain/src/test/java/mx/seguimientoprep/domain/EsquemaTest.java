package mx.seguimientoprep.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.historial.Cambio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.sesion.Sesion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * La migración V1 (y las columnas que agregan las posteriores) crean las tablas, columnas, tipos,
 * restricciones y secuencias que el mapeo JPA nombra: Hibernate corre sin validar el esquema, así
 * que un nombre distinto solo fallaría en producción.
 */
class EsquemaTest {

  private static final List<Class<?>> ENTIDADES_JPA =
      List.of(
          Entidad.class,
          ProcesoElectoral.class,
          IntegranteCotaprep.class,
          Acuerdo.class,
          Oficio.class,
          Sesion.class,
          DefinicionEntregable.class,
          Entregable.class,
          Cambio.class);

  /** Tablas que persistencia mapea por su cuenta (las cuentas de usuario). */
  private static final Set<String> TABLAS_DE_PERSISTENCIA = Set.of("usuario", "usuario_rol");

  private static final Pattern TABLA =
      Pattern.compile("create table (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
  private static final Pattern COLUMNA =
      Pattern.compile(
          "(\\w+)\\s+(varchar\\(\\d+\\)|bigint|integer|date|boolean"
              + "|timestamp with time zone)(\\s+not null)?,?");
  private static final Pattern UNICA = Pattern.compile("constraint (\\w+) unique \\(([^)]*)\\)");

  /** Una columna que una migración posterior agrega: {@code alter table t add column c tipo …;}. */
  private static final Pattern AGREGADA =
      Pattern.compile(
          "alter table (\\w+) add column (\\w+) (varchar\\(\\d+\\)|bigint|integer|date|boolean"
              + "|timestamp with time zone)(?: default \\S+)?( not null)?;");

  /** Una columna que una migración posterior cambia de tipo. */
  private static final Pattern CAMBIO_DE_TIPO =
      Pattern.compile("alter table (\\w+) alter column (\\w+) set data type (varchar\\(\\d+\\));");

  /** Una columna que una migración posterior vuelve opcional. */
  private static final Pattern OPCIONAL =
      Pattern.compile("alter table (\\w+) alter column (\\w+) drop not null;");

  private static final Pattern SECUENCIA =
      Pattern.compile("create sequence (\\w+) start with 1 increment by (\\d+);");

  private static final Map<String, Map<String, String>> columnas = new TreeMap<>();
  private static final Map<String, String> unicas = new TreeMap<>();
  private static final Map<String, Integer> secuencias = new TreeMap<>();

  @BeforeAll
  static void leerMigraciones() throws IOException {
    String sql =
        Files.readString(
            ArchivoDelProyecto.ruta(ArchivoDelProyecto.MIGRACIONES + "V1__esquema.sql"),
            StandardCharsets.UTF_8);
    Matcher tabla = TABLA.matcher(sql);
    while (tabla.find()) {
      Map<String, String> deLaTabla = new LinkedHashMap<>();
      for (String linea : tabla.group(2).split("\n")) {
        String limpia = linea.strip();
        Matcher unica = UNICA.matcher(limpia);
        if (unica.find()) {
          unicas.put(unica.group(1), tabla.group(1) + "(" + unica.group(2) + ")");
          continue;
        }
        if (limpia.isEmpty() || limpia.startsWith("constraint")) {
          continue;
        }
        Matcher columna = COLUMNA.matcher(limpia);
        if (!columna.matches()) {
          fail("No entiendo la línea de " + tabla.group(1) + ": " + limpia);
        }
        deLaTabla.put(
            columna.group(1), columna.group(2) + (columna.group(3) == null ? "" : " not null"));
      }
      columnas.put(tabla.group(1), deLaTabla);
    }
    var carpeta =
        ArchivoDelProyecto.ruta(ArchivoDelProyecto.MIGRACIONES + "V1__esquema.sql").getParent();
    try (var migraciones = Files.list(carpeta)) {
      for (var migracion : migraciones.sorted().toList()) {
        String texto = Files.readString(migracion, StandardCharsets.UTF_8);
        Matcher agregada = AGREGADA.matcher(texto);
        while (agregada.find()) {
          // Solo las tablas de V1 se cotejan con las entidades; las de otras migraciones no.
          if (!columnas.containsKey(agregada.group(1))) {
            continue;
          }
          columnas
              .get(agregada.group(1))
              .put(
                  agregada.group(2),
                  agregada.group(3) + (agregada.group(4) == null ? "" : " not null"));
        }
        Matcher opcional = OPCIONAL.matcher(texto);
        while (opcional.find()) {
          columnas
              .get(opcional.group(1))
              .computeIfPresent(opcional.group(2), (c, tipo) -> tipo.replace(" not null", ""));
        }
        Matcher cambio = CAMBIO_DE_TIPO.matcher(texto);
        while (cambio.find()) {
          columnas
              .get(cambio.group(1))
              .computeIfPresent(
                  cambio.group(2),
                  (c, tipo) -> cambio.group(3) + (tipo.endsWith(" not null") ? " not null" : ""));
        }
      }
    }
    Matcher secuencia = SECUENCIA.matcher(sql);
    while (secuencia.find()) {
      secuencias.put(secuencia.group(1), Integer.valueOf(secuencia.group(2)));
    }
  }

  @Test
  void hayUnaTablaPorEntidadJpaMasLasDeUsuarios() {
    Set<String> esperadas =
        ENTIDADES_JPA.stream()
            .map(c -> c.getAnnotation(Table.class).name())
            .collect(Collectors.toCollection(TreeSet::new));
    esperadas.addAll(TABLAS_DE_PERSISTENCIA);
    assertEquals(esperadas, columnas.keySet());
  }

  @Test
  void cadaCampoTieneSuColumnaConElMismoTipoYNulidad() {
    for (Class<?> clase : ENTIDADES_JPA) {
      String tabla = clase.getAnnotation(Table.class).name();
      Map<String, String> esperadas = new LinkedHashMap<>();
      for (Field campo : clase.getDeclaredFields()) {
        if (!Modifier.isStatic(campo.getModifiers())) {
          esperadas.put(nombre(campo), tipo(campo) + (nulo(campo) ? "" : " not null"));
        }
      }
      assertEquals(esperadas, columnas.get(tabla), "columnas de " + tabla);
    }
  }

  @Test
  void lasClavesUnicasTienenElMismoNombreYColumnas() {
    for (Class<?> clase : ENTIDADES_JPA) {
      Table tabla = clase.getAnnotation(Table.class);
      for (UniqueConstraint unica : tabla.uniqueConstraints()) {
        assertEquals(
            tabla.name() + "(" + String.join(", ", unica.columnNames()) + ")",
            unicas.get(unica.name()),
            unica.name());
      }
    }
  }

  @Test
  void cadaSecuenciaAvanzaDeCincuentaEnCincuentaComoLaAsignaHibernate() {
    for (Class<?> clase : ENTIDADES_JPA) {
      for (Field campo : clase.getDeclaredFields()) {
        SequenceGenerator generador = campo.getAnnotation(SequenceGenerator.class);
        if (generador != null) {
          assertEquals(
              generador.allocationSize(),
              secuencias.get(generador.sequenceName()),
              generador.sequenceName());
        }
      }
    }
    assertEquals(50, secuencias.get("usuario_seq"));
  }

  private static String nombre(Field campo) {
    Column columna = campo.getAnnotation(Column.class);
    JoinColumn union = campo.getAnnotation(JoinColumn.class);
    if (columna != null && !columna.name().isEmpty()) {
      return columna.name();
    }
    if (union != null && !union.name().isEmpty()) {
      return union.name();
    }
    throw new AssertionError("Sin nombre de columna explícito: " + campo);
  }

  private static boolean nulo(Field campo) {
    if (campo.isAnnotationPresent(Id.class)) {
      return false;
    }
    Column columna = campo.getAnnotation(Column.class);
    JoinColumn union = campo.getAnnotation(JoinColumn.class);
    return columna != null ? columna.nullable() : union.nullable();
  }

  private static String tipo(Field campo) {
    Class<?> tipo = campo.getType();
    if (campo.isAnnotationPresent(ManyToOne.class)) {
      return tipo == Entidad.class ? "varchar(2)" : "bigint";
    }
    if (tipo == Long.class || tipo == long.class) {
      return "bigint";
    }
    if (tipo == Integer.class || tipo == int.class) {
      return "integer";
    }
    if (tipo == LocalDate.class) {
      return "date";
    }
    if (tipo == Boolean.class || tipo == boolean.class) {
      return "boolean";
    }
    if (tipo == Instant.class) {
      return "timestamp with time zone";
    }
    Column columna = campo.getAnnotation(Column.class);
    assertNotNull(columna, campo.toString());
    return "varchar(" + columna.length() + ")";
  }
}
