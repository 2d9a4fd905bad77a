package mx.seguimientoprep.bot.oficio;

import java.util.Locale;
import java.util.Optional;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.oficio.Sentido;

/**
 * Lo que pide un botón de la captura de un oficio, con sus datos de retorno (callback data): {@link
 * #datos()} los escribe y {@link #leer} los lee. Los datos son los mismos de siempre (`of:guardar`,
 * `of:entidad:10`, `of:sentido:ENVIADO_AL_INE`, `of:e:E03`, `of:dato:FECHA`), para que los botones
 * ya enviados y las conversaciones guardadas sigan sirviendo.
 */
public sealed interface BotonDeOficio
    permits BotonDeOficio.Accion,
        BotonDeOficio.ElegirEntidad,
        BotonDeOficio.ElegirSentido,
        BotonDeOficio.AlternarEntregable,
        BotonDeOficio.CorregirDato {

  /** El prefijo de los datos de estos botones. */
  String PREFIJO = "of:";

  /** Los datos de retorno del botón, de a lo más 64 bytes. */
  String datos();

  /** Los botones que no llevan valor. */
  enum Accion implements BotonDeOficio {
    /** La fecha de hoy. */
    HOY,
    /** Terminar la elección de entregables. */
    LISTO,
    /** Saltar una pregunta opcional. */
    OMITIR,
    GUARDAR,
    CORREGIR,
    CANCELAR,
    /** Volver al resumen sin corregir nada. */
    RESUMEN;

    @Override
    public String datos() {
      return PREFIJO + name().toLowerCase(Locale.ROOT);
    }
  }

  record ElegirEntidad(ClaveEntidad clave) implements BotonDeOficio {
    @Override
    public String datos() {
      return PREFIJO + "entidad:" + clave.valor();
    }
  }

  record ElegirSentido(Sentido sentido) implements BotonDeOficio {
    @Override
    public String datos() {
      return PREFIJO + "sentido:" + sentido.name();
    }
  }

  /** Marcar o desmarcar un entregable del catálogo. */
  record AlternarEntregable(String codigo) implements BotonDeOficio {
    @Override
    public String datos() {
      return PREFIJO + "e:" + codigo;
    }
  }

  /** Elegir el dato que se corrige. */
  record CorregirDato(Paso paso) implements BotonDeOficio {

    public CorregirDato {
      if (!paso.esDato()) {
        throw new IllegalArgumentException(paso + " no es un dato del oficio");
      }
    }

    @Override
    public String datos() {
      return PREFIJO + "dato:" + paso.name();
    }
  }

  /** Si los datos son de un botón de la captura (aunque ya no se entiendan). */
  static boolean esDeOficio(String datos) {
    return datos != null && datos.startsWith(PREFIJO);
  }

  /** El botón de esos datos; vacío si no son de un botón de la captura que exista. */
  static Optional<BotonDeOficio> leer(String datos) {
    if (!esDeOficio(datos)) {
      return Optional.empty();
    }
    String[] partes = datos.substring(PREFIJO.length()).split(":", 2);
    String accion = partes[0];
    if (partes.length == 1) {
      for (Accion simple : Accion.values()) {
        if (simple.datos().equals(datos)) {
          return Optional.of(simple);
        }
      }
      return Optional.empty();
    }
    String valor = partes[1];
    try {
      return switch (accion) {
        case "entidad" -> Optional.of(new ElegirEntidad(new ClaveEntidad(valor)));
        case "sentido" -> Optional.of(new ElegirSentido(Sentido.valueOf(valor)));
        case "e" -> valor.isBlank() ? Optional.empty() : Optional.of(new AlternarEntregable(valor));
        case "dato" -> Optional.of(new CorregirDato(Paso.valueOf(valor)));
        default -> Optional.empty();
      };
    } catch (IllegalArgumentException claveOValorQueNoExiste) {
      return Optional.empty();
    }
  }
}
