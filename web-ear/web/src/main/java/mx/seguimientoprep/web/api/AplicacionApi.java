package mx.seguimientoprep.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** La API REST de Seguimiento PREP, bajo {@code /prep/api}. */
@ApplicationPath("/api")
public class AplicacionApi extends Application {}
