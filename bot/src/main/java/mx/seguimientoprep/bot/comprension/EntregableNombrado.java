package mx.seguimientoprep.bot.comprension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Un entregable nombrado en una frase: por su código (`E08`, `e16`) o por uno de los nombres del
 * {@linkplain Vocabulario vocabulario} (`el PTO`, `los planes de seguridad`). Gana el nombre más
 * largo que aparece completo.
 *
 * @param codigo el código del catálogo, `E08`
 * @param inicio la primera palabra del nombre en la frase
 * @param fin la palabra que sigue al nombre
 */
record EntregableNombrado(String codigo, int inicio, int fin) {

  private static final Pattern CODIGO = Pattern.compile("e\\d{1,2}");

  /** Los nombres de los entregables por su primera palabra. */
  static final class Indice {

    private record Nombre(String codigo, List<String> palabras) {}

    private final Map<String, List<Nombre>> porPrimeraPalabra = new HashMap<>();

    Indice(Map<String, List<List<String>>> nombres) {
      nombres.forEach(
          (codigo, suyos) ->
              suyos.forEach(
                  palabras ->
                      porPrimeraPalabra
                          .computeIfAbsent(palabras.get(0), p -> new ArrayList<>())
                          .add(new Nombre(codigo, palabras))));
    }

    /** El entregable nombrado en las palabras (forma comparable), si hay uno. */
    Optional<EntregableNombrado> buscar(List<String> palabras) {
      EntregableNombrado mejor = null;
      for (int i = 0; i < palabras.size(); i++) {
        String palabra = palabras.get(i);
        if (CODIGO.matcher(palabra).matches()) {
          int numero = Integer.parseInt(palabra.substring(1));
          if (numero >= 1 && (mejor == null || mejor.fin() - mejor.inicio() < 1)) {
            mejor = new EntregableNombrado(String.format("E%02d", numero), i, i + 1);
          }
          continue;
        }
        for (Nombre nombre : porPrimeraPalabra.getOrDefault(palabra, List.of())) {
          int largo = nombre.palabras().size();
          if (i + largo <= palabras.size()
              && palabras.subList(i, i + largo).equals(nombre.palabras())
              && (mejor == null || largo > mejor.fin() - mejor.inicio())) {
            mejor = new EntregableNombrado(nombre.codigo(), i, i + largo);
          }
        }
      }
      return Optional.ofNullable(mejor);
    }
  }
}
