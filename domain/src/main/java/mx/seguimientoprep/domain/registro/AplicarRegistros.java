package mx.seguimientoprep.domain.registro;

import java.util.List;
import mx.seguimientoprep.domain.historial.Autoria;

/**
 * Importa filas de la hoja de seguimiento: alta o actualización por clave natural, nunca borrado;
 * cada cambio queda en el historial con su autoría. Es atómico: con un solo error no se guarda nada
 * y el resultado lista todos los errores. En simulación responde lo mismo sin guardar.
 */
public interface AplicarRegistros {

  ResultadoAplicacion aplicar(List<? extends Comando> comandos, Autoria autoria, boolean simular);
}
