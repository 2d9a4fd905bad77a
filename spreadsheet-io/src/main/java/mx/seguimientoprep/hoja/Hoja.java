package mx.seguimientoprep.hoja;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Las hojas del libro de seguimiento, en el orden de la exportación, con sus columnas. Las seis
 * primeras se importan; {@code Catálogo} y {@code Resumen} solo se exportan y al importar se
 * ignoran con un aviso.
 */
public enum Hoja {
  PROCESOS(
      "Procesos",
      List.of("Proceso", "Procesos electorales"),
      Columnas.ENTIDAD,
      Columna.obligatoria("Proceso", "Proceso electoral", "Proceso electoral local", "PEL"),
      Columna.opcional(
          "Jornada electoral", "Jornada", "Fecha de la jornada", "Fecha de la jornada electoral"),
      Columna.opcional("Instancia interna", "Instancia interna responsable", "Instancia"),
      Columna.opcional("Titular de la instancia", "Titular", "Titular de la instancia interna"),
      Columna.opcional(
          "Acuerdo de designación",
          "Acuerdo de ratificación",
          "Acuerdo",
          "Acuerdo de la instancia"),
      Columna.opcional("Realización", "Realizado por", "Implementación", "Quién lo realiza"),
      Columna.opcional("Ente auditor", "Auditor", "Ente auditor del PREP"),
      Columna.opcional("Seguimiento desde", "Registros desde", "Seguimiento a partir de"),
      Columna.opcional("Seguimiento hasta", "Registros hasta"),
      Columna.opcional("Jornada original", "Jornada prevista", "Jornada electoral original"),
      Columna.opcional("Cambio de jornada", "Fecha del cambio de jornada", "Cambio de la jornada"),
      Columna.opcional("Lineamientos", "Versión de los Lineamientos", "Versión del catálogo")),
  ACUERDOS(
      "Acuerdos",
      List.of("Acuerdo"),
      Columnas.ENTIDAD,
      Columnas.PROCESO,
      Columna.obligatoria(
          "Clave",
          "Clave del acuerdo",
          "Número de acuerdo",
          "Número del acuerdo",
          "No. de acuerdo",
          "Núm. de acuerdo",
          "Acuerdo"),
      Columna.opcional("Fecha", "Fecha del acuerdo", "Fecha de aprobación"),
      Columna.opcional("Órgano", "Órgano emisor", "Órgano que lo emite", "Emitido por"),
      Columna.opcional("Sesión", "Tipo de sesión", "Sesión en que se aprobó"),
      Columna.opcional(
          "Entregable", "Código de entregable", "Entregable relacionado", "Clave del entregable"),
      Columna.obligatoria(
          "Descripción", "Descripción del acuerdo", "Rubro", "Título", "Asunto", "Contenido")),
  OFICIOS(
      "Oficios",
      List.of("Oficio"),
      Columnas.ENTIDAD,
      Columnas.PROCESO,
      Columna.obligatoria(
          "Número",
          "No. de oficio",
          "Número de oficio",
          "Número del oficio",
          "Núm. de oficio",
          "N° de oficio",
          "No.",
          "Núm.",
          "Oficio",
          "Clave del oficio",
          "Folio"),
      Columna.opcional("Fecha", "Fecha del oficio", "Fecha de oficio"),
      Columna.obligatoria("Sentido", "Sentido del oficio", "Tipo de oficio", "Dirección"),
      Columna.opcional("Remitente", "Emisor", "De", "Remite", "Quién lo envía"),
      Columna.opcional("Destinatario", "Para", "Dirigido a", "Receptor"),
      Columna.obligatoria("Asunto", "Descripción", "Asunto del oficio", "Contenido"),
      Columna.opcional(
          "Entregables",
          "Entregable",
          "Entregables relacionados",
          "Códigos de entregables",
          "Claves de entregables"),
      Columna.opcional(
          "En respuesta a",
          "Respuesta a",
          "Responde a",
          "En atención a",
          "Oficio que responde",
          "Oficio al que responde"),
      Columna.opcional("Anexos", "Anexo", "Adjuntos", "Documentos anexos"),
      Columna.opcional("Resultado", "Resultado de la revisión", "Dictamen"),
      Columna.opcional("Notas", "Nota", "Observaciones", "Comentarios")),
  SESIONES(
      "Sesiones",
      List.of("Sesión", "Sesiones y reuniones", "Reuniones"),
      Columnas.ENTIDAD,
      Columnas.PROCESO,
      Columna.obligatoria("Órgano", "Órgano colegiado", "Instancia"),
      Columna.obligatoria("Tipo", "Tipo de sesión", "Tipo de reunión"),
      Columna.opcional(
          "Número",
          "No.",
          "Núm.",
          "N°",
          "Número de sesión",
          "No. de sesión",
          "Núm. de sesión",
          "Número de la sesión"),
      Columna.obligatoria("Fecha", "Fecha de la sesión", "Fecha de sesión"),
      Columna.opcional("Orden del día", "Orden", "Puntos del orden del día"),
      Columna.opcional("Resultados", "Resultado", "Acuerdos tomados", "Conclusiones")),
  ENTREGABLES(
      "Entregables",
      List.of("Entregable", "Estado de los entregables"),
      Columnas.ENTIDAD,
      Columnas.PROCESO,
      Columna.obligatoria(
          "Entregable", "Código", "Clave del entregable", "Código del entregable", "Clave"),
      Columna.opcional("Periodo", "Período", "Mes", "Mes del informe"),
      Columna.opcional("Fecha límite", "Plazo", "Vencimiento", "Fecha de vencimiento"),
      Columna.obligatoria("Estado", "Estatus", "Status", "Situación"),
      Columna.opcional("Fecha de envío", "Fecha envío", "Enviado el", "Fecha de remisión"),
      Columna.opcional("Oficio de envío", "Oficio de remisión", "Oficio enviado", "Oficio"),
      Columna.opcional("Oficio de respuesta", "Respuesta", "Oficio de respuesta del INE"),
      Columna.opcional("Observaciones", "Notas", "Nota", "Comentarios")),
  COTAPREP(
      "COTAPREP",
      List.of("Integrantes del COTAPREP", "Integrantes COTAPREP", "Integrantes", "Comité"),
      Columnas.ENTIDAD,
      Columnas.PROCESO,
      Columna.obligatoria("Nombre", "Integrante", "Nombre completo", "Nombre del integrante"),
      Columna.opcional("Institución", "Institución de procedencia", "Procedencia"),
      Columna.opcional("Cargo", "Función", "Carácter"),
      Columna.opcional(
          "Acuerdo", "Acuerdo de integración", "Acuerdo de designación", "Clave del acuerdo")),
  CATALOGO("Catálogo", List.of("Catálogo de entregables")),
  RESUMEN("Resumen", List.of());

  private final String nombre;
  private final List<String> otrosNombres;
  private final List<Columna> columnas;
  private final Map<String, Columna> porEncabezado = new HashMap<>();
  private final Map<String, Columna> porNombre = new HashMap<>();

  Hoja(String nombre, List<String> otrosNombres, Columna... columnas) {
    this.nombre = nombre;
    this.otrosNombres = otrosNombres;
    this.columnas = List.of(columnas);
    for (Columna columna : columnas) {
      porNombre.put(columna.nombre(), columna);
      registrar(columna.nombre(), columna);
      columna.sinonimos().forEach(sinonimo -> registrar(sinonimo, columna));
    }
  }

  private void registrar(String encabezado, Columna columna) {
    Columna anterior = porEncabezado.putIfAbsent(NombreComparable.de(encabezado), columna);
    if (anterior != null && anterior != columna) {
      throw new IllegalStateException(
          "En la hoja " + nombre + " el encabezado «" + encabezado + "» es de dos columnas.");
    }
  }

  /** El nombre de la hoja en el libro, tal como lo escribe la exportación. */
  public String nombre() {
    return nombre;
  }

  public List<Columna> columnas() {
    return columnas;
  }

  /** Si sus filas se leen al importar; {@code Catálogo} y {@code Resumen} solo se exportan. */
  public boolean importable() {
    return !columnas.isEmpty();
  }

  /** La columna de esta hoja con ese nombre canónico. */
  public Columna columna(String nombreCanonico) {
    Columna columna = porNombre.get(nombreCanonico);
    if (columna == null) {
      throw new IllegalArgumentException(
          "La hoja " + nombre + " no tiene la columna «" + nombreCanonico + "».");
    }
    return columna;
  }

  /**
   * La columna que un encabezado escrito por una persona nombra, ignorando mayúsculas, acentos,
   * espacios y puntuación.
   */
  public Optional<Columna> columnaPorEncabezado(String encabezado) {
    return Optional.ofNullable(porEncabezado.get(NombreComparable.de(encabezado)));
  }

  /** La hoja que un nombre de pestaña nombra, ignorando mayúsculas, acentos y puntuación. */
  public static Optional<Hoja> buscar(String nombreDePestana) {
    String buscado = NombreComparable.de(nombreDePestana);
    return Arrays.stream(values())
        .filter(
            hoja ->
                NombreComparable.de(hoja.nombre).equals(buscado)
                    || hoja.otrosNombres.stream()
                        .map(NombreComparable::de)
                        .anyMatch(buscado::equals))
        .findFirst();
  }

  /** La columna que un encabezado desconocido quiso nombrar, si se parece lo bastante a una. */
  Optional<Columna> columnaParecida(String encabezado) {
    return NombreComparable.masParecido(encabezado, porEncabezado);
  }

  /** La hoja que un nombre de pestaña desconocido quiso nombrar, si se parece lo bastante a una. */
  static Optional<Hoja> hojaParecida(String nombreDePestana) {
    Map<String, Hoja> porNombre = new HashMap<>();
    for (Hoja hoja : values()) {
      porNombre.put(NombreComparable.de(hoja.nombre), hoja);
      hoja.otrosNombres.forEach(otro -> porNombre.put(NombreComparable.de(otro), hoja));
    }
    return NombreComparable.masParecido(nombreDePestana, porNombre);
  }

  private static final class Columnas {
    static final Columna ENTIDAD =
        Columna.obligatoria("Entidad", "Entidad federativa", "OPL", "Clave de entidad");
    static final Columna PROCESO =
        Columna.opcional("Proceso", "Proceso electoral", "Proceso electoral local", "PEL");
  }
}
