package mx.seguimientoprep.web.pagina;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.seguimientoprep.web.Configuracion;
import mx.seguimientoprep.web.seguridad.TokenCsrf;

/**
 * Las páginas de la aplicación: el marco común (la navegación según el rol de la persona, el token
 * CSRF de la sesión, quién inició sesión, cerrar sesión) alrededor del HTML propio de cada página,
 * que su script llena desde la API JSON. Quién puede abrir qué página está en web.xml (un consejero
 * recibe una página 403 en las del personal).
 */
@WebServlet(
    name = "paginas",
    urlPatterns = {
      "",
      "/entidad/*",
      "/importar",
      "/exportar",
      "/calendarios",
      "/bot",
      "/usuarios",
      "/plantillas"
    })
public class Paginas extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /**
   * Una página: su ruta, su título, su cuerpo HTML y su script, y los roles que la ven en el menú.
   */
  private record Pagina(String ruta, String titulo, String nombre, List<String> roles) {

    boolean visiblePara(HttpServletRequest peticion) {
      return roles.stream().anyMatch(peticion::isUserInRole);
    }
  }

  private static final List<String> TODOS = List.of("admin", "staff", "consejero");
  private static final List<String> PERSONAL = List.of("admin", "staff");
  private static final List<String> ADMIN = List.of("admin");

  private static final List<Pagina> MENU =
      List.of(
          new Pagina("/", "Tablero", "tablero", TODOS),
          new Pagina("/importar", "Importar", "importar", PERSONAL),
          new Pagina("/exportar", "Exportar", "exportar", PERSONAL),
          new Pagina("/calendarios", "Calendarios", "calendarios", TODOS),
          new Pagina("/bot", "Bot", "bot", ADMIN),
          new Pagina("/usuarios", "Usuarios", "usuarios", ADMIN),
          new Pagina("/plantillas", "Plantillas", "plantillas", ADMIN));

  private static final Pagina ENTIDAD = new Pagina("/entidad", "Entidad", "entidad", TODOS);

  /**
   * {@code transient}: un servlet es Serializable por herencia, pero el contenedor no lo guarda.
   */
  @Inject transient Configuracion configuracion;

  @Override
  protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta)
      throws IOException {
    String ruta = peticion.getServletPath();
    Pagina pagina =
        ruta.equals("/entidad")
            ? ENTIDAD
            : MENU.stream()
                .filter(p -> p.ruta().equals(ruta.isEmpty() ? "/" : ruta))
                .findFirst()
                .orElse(MENU.get(0));
    if (pagina == ENTIDAD
        && (peticion.getPathInfo() == null || peticion.getPathInfo().length() < 2)) {
      respuesta.sendRedirect(peticion.getContextPath() + "/");
      return;
    }
    String raiz = peticion.getContextPath();
    Map<String, String> valores = new LinkedHashMap<>();
    valores.put("raiz", raiz);
    valores.put("titulo", pagina.titulo());
    valores.put("pagina", pagina.nombre());
    valores.put("csrf", TokenCsrf.de(peticion.getSession()));
    valores.put("usuario", peticion.getUserPrincipal().getName());
    valores.put("roles", String.join(" ", TODOS.stream().filter(peticion::isUserInRole).toList()));
    valores.put("fechaReferencia", configuracion.fechaReferencia().toString());
    String contenido = Plantilla.llenar(getServletContext(), pagina.nombre() + ".html", valores);
    String html = Plantilla.llenar(getServletContext(), "marco.html", valores);
    html = Plantilla.insertar(html, "menu", menu(peticion, pagina, raiz));
    html = Plantilla.insertar(html, "contenido", contenido);
    respuesta.setContentType("text/html;charset=UTF-8");
    respuesta.setHeader("Cache-Control", "no-store");
    respuesta.getWriter().write(html);
  }

  private static String menu(HttpServletRequest peticion, Pagina actual, String raiz) {
    StringBuilder html = new StringBuilder();
    for (Pagina p : MENU) {
      if (p.visiblePara(peticion)) {
        html.append("<li><a href=\"")
            .append(Plantilla.escapar(raiz + p.ruta()))
            .append('"')
            .append(p == actual ? " aria-current=\"page\"" : "")
            .append('>')
            .append(Plantilla.escapar(p.titulo()))
            .append("</a></li>");
      }
    }
    return html.toString();
  }
}
