package mx.seguimientoprep.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API of Seguimiento PREP, under {@code /prep/api}. */
@ApplicationPath("/api")
public class AplicacionApi extends Application {}
