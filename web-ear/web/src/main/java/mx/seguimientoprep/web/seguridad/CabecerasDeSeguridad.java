package mx.seguimientoprep.web.seguridad;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Las cabeceras en que se apoya el navegador, iguales en cada respuesta del WAR (páginas, archivos
 * estáticos, API, inicio de sesión, errores del contenedor): {@link SeguridadUndertow} las pone
 * cuando la respuesta sale, así que ninguna respuesta las pierde.
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: solo scripts, estilos e imágenes de la aplicación (y el
 *       ícono vacío {@code data:}); ningún script ni estilo en línea (las páginas no los usan),
 *       ningún marco, ningún {@code <base>}, formularios solo hacia la aplicación.
 *   <li>{@code X-Frame-Options: DENY}: lo mismo que {@code frame-ancestors 'none'} para los
 *       navegadores que no leen la política.
 *   <li>{@code X-Content-Type-Options: nosniff}: un archivo se interpreta por su tipo declarado.
 *   <li>{@code Referrer-Policy: same-origin}: las direcciones de la aplicación no salen a otros
 *       sitios. No {@code no-referrer}: con ella el navegador manda {@code Origin: null} en los
 *       formularios (entrar, cerrar sesión), y la revisión del origen los rechazaría.
 *   <li>{@code Cache-Control: no-store} en la API: sus datos no se guardan en ningún caché (las
 *       páginas ya lo ponen).
 * </ul>
 */
final class CabecerasDeSeguridad {

  static final String POLITICA_DE_CONTENIDO =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

  private static final Map<String, String> DE_TODAS =
      Map.of(
          "Content-Security-Policy", POLITICA_DE_CONTENIDO,
          "X-Frame-Options", "DENY",
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "same-origin");

  private static final Map<String, String> DE_LA_API = conSinCache();

  private CabecerasDeSeguridad() {}

  /** Las cabeceras de una respuesta a {@code ruta}, relativa a la aplicación ({@code /api/…}). */
  static Map<String, String> para(String ruta) {
    return ruta != null && (ruta.equals("/api") || ruta.startsWith("/api/")) ? DE_LA_API : DE_TODAS;
  }

  private static Map<String, String> conSinCache() {
    Map<String, String> cabeceras = new LinkedHashMap<>(DE_TODAS);
    cabeceras.put("Cache-Control", "no-store");
    return Map.copyOf(cabeceras);
  }
}
