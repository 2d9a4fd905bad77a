package mx.seguimientoprep.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serial;

/**
 * Un servlet de las pruebas que lanza una excepción: el error interno que el contenedor contesta
 * con su página de error (y que borra las cabeceras que se pusieron antes de la excepción).
 */
@WebServlet("/prueba/falla")
public class FallaAProposito extends HttpServlet {

  @Serial private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest peticion, HttpServletResponse respuesta) {
    throw new IllegalStateException("Falla a propósito de CabecerasIT");
  }
}
