package mx.seguimientoprep.bot.comando;

import java.util.List;
import java.util.Objects;

/**
 * El menú de comandos que Telegram muestra junto al campo de texto (setMyCommands): uno para los
 * chats privados y otro para los grupos, cada uno con los comandos que se atienden ahí. Telegram no
 * sabe el rol de cada persona, así que el menú ofrece todos los comandos del chat; quien no puede
 * usar uno recibe la razón al pedirlo.
 */
public record Menu(List<Entrada> privados, List<Entrada> grupos) {

  /**
   * Un comando del menú.
   *
   * @param comando sin la barra: {@code estado}
   * @param descripcion de 1 a 256 caracteres
   */
  public record Entrada(String comando, String descripcion) {

    public Entrada {
      Objects.requireNonNull(comando, "comando");
      Objects.requireNonNull(descripcion, "descripcion");
    }
  }

  public Menu {
    privados = List.copyOf(privados);
    grupos = List.copyOf(grupos);
  }
}
