package mx.seguimientoprep.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Un solo {@link Jsonb} para leer y escribir el JSON de la API, con la configuración por omisión de
 * JSON-B. Sin él, RESTEasy arma uno nuevo en cada respuesta (buscando otra vez al proveedor de
 * JSON-B): en un estado leído de la caché era cerca de la sexta parte del tiempo de la petición. Un
 * {@code Jsonb} de Yasson se puede usar desde varios hilos a la vez.
 */
@Provider
public class JsonbCompartido implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> tipo) {
    return JSONB;
  }
}
