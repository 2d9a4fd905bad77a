package mx.seguimientoprep.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Las formas comparables de los valores de cada tipo {@link Etiquetado}, calculadas una vez por
 * tipo: una hoja de 100 000 filas busca la misma etiqueta cientos de miles de veces. Si dos valores
 * comparten una forma, gana el primero en el orden del enum, como en una búsqueda en orden.
 */
final class FormasDeEtiqueta {

  static final ClassValue<Map<String, Object>> DE_CADA_TIPO =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> tipo) {
          Map<String, Object> formas = new HashMap<>();
          for (Object constante : tipo.getEnumConstants()) {
            Etiquetado valor = (Etiquetado) constante;
            formas.putIfAbsent(TextoComparable.de(valor.etiqueta()), valor);
            formas.putIfAbsent(TextoComparable.de(((Enum<?>) valor).name()), valor);
            valor.otrasFormas().forEach(f -> formas.putIfAbsent(TextoComparable.de(f), valor));
          }
          formas.remove("");
          return Map.copyOf(formas);
        }
      };

  private FormasDeEtiqueta() {}
}
