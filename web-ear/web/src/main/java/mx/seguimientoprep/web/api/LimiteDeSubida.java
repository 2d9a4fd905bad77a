package mx.seguimientoprep.web.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marca una subida: su tamaño declarado se compara con el límite antes de leer el cuerpo (ver
 * {@link FiltroLimiteDeSubida}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LimiteDeSubida {}
