package mx.seguimientoprep.web.bot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import mx.seguimientoprep.bot.oficio.Conversacion;
import mx.seguimientoprep.bot.oficio.Conversaciones;
import mx.seguimientoprep.domain.acceso.ConversacionBotRepository;

/**
 * Las conversaciones del bot en la base de datos, como el mapa de textos de {@link
 * Conversacion#comoMapa()} escrito {@code clave=valor&…} con cada parte codificada como en un URL.
 */
@ApplicationScoped
public class ConversacionesEnBase implements Conversaciones {

  private static final Logger LOG = Logger.getLogger(ConversacionesEnBase.class.getName());

  @Inject ConversacionBotRepository repositorio;

  @Override
  public Optional<Conversacion> cargar(long chat) {
    return repositorio
        .findByChat(chat)
        .flatMap(
            guardada -> {
              try {
                return Optional.of(Conversacion.desdeMapa(leer(guardada.getEstado())));
              } catch (IllegalArgumentException e) {
                LOG.warning(() -> "Conversación ilegible del chat " + chat + "; se descarta: " + e);
                return Optional.empty();
              }
            });
  }

  @Override
  public void guardar(long chat, Conversacion conversacion) {
    repositorio.guardar(chat, escribir(conversacion.comoMapa()), Instant.now());
  }

  @Override
  public void borrar(long chat) {
    repositorio.borrar(chat);
  }

  static String escribir(Map<String, String> mapa) {
    return mapa.entrySet().stream()
        .map(e -> codificar(e.getKey()) + "=" + codificar(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static Map<String, String> leer(String texto) {
    Map<String, String> mapa = new LinkedHashMap<>();
    for (String parte : texto.split("&")) {
      int igual = parte.indexOf('=');
      if (igual < 0) {
        throw new IllegalArgumentException("Sin «=»: " + parte);
      }
      mapa.put(
          URLDecoder.decode(parte.substring(0, igual), StandardCharsets.UTF_8),
          URLDecoder.decode(parte.substring(igual + 1), StandardCharsets.UTF_8));
    }
    return mapa;
  }

  private static String codificar(String texto) {
    return URLEncoder.encode(texto, StandardCharsets.UTF_8);
  }
}
