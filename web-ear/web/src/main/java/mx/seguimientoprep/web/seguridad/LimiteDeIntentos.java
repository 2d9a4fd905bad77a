package mx.seguimientoprep.web.seguridad;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Cuántas veces falló la contraseña de una cuenta desde una dirección, y cuánto debe esperar esa
 * dirección antes de que se vuelva a comprobar una contraseña de esa cuenta.
 *
 * <p>La cuenta no se bloquea: la espera es de la pareja (dirección, cuenta), así que un extraño que
 * prueba contraseñas de {@code admin} espera él, y el dueño entra desde su propia dirección. Los
 * primeros {@link #FALLOS_LIBRES} fallos seguidos no esperan (quien se equivoca al teclear); desde
 * ahí cada fallo duplica la espera, de {@link #PRIMERA_ESPERA} hasta {@link #ESPERA_MAXIMA}. Un
 * acierto borra la cuenta de fallos de la pareja; una pareja sin fallos en {@link #OLVIDO} se
 * olvida.
 *
 * <p>Mientras se comprueba una contraseña de una pareja que ya agotó sus fallos libres, otra de la
 * misma pareja no se comprueba (espera un segundo): así, mandar muchas a la vez no multiplica los
 * intentos. Los contadores viven en memoria, en un mapa con tope de {@link #CAPACIDAD} parejas (la
 * menos usada sale primero), de modo que una avalancha de direcciones no agota la memoria. Seguro
 * entre hilos: cada operación toma el candado del objeto, y ninguna hace más que leer y escribir el
 * mapa.
 */
public final class LimiteDeIntentos {

  static final int FALLOS_LIBRES = 5;
  static final Duration PRIMERA_ESPERA = Duration.ofSeconds(2);
  static final Duration ESPERA_MAXIMA = Duration.ofMinutes(15);
  static final Duration OLVIDO = Duration.ofHours(24);
  static final int CAPACIDAD = 10_000;

  /**
   * Lo que espera un intento mientras otro de la misma pareja, ya sin fallos libres, se comprueba.
   */
  static final Duration ESPERA_EN_CURSO = Duration.ofSeconds(1);

  /** Un intento reservado del que nunca se supo el resultado deja de contar pasado este tiempo. */
  private static final long RESERVA_CADUCA_MS = Duration.ofMinutes(1).toMillis();

  private static final int LONGITUD_MAXIMA_CUENTA = 100;

  /** Cómo terminó un fallo: cuántos van seguidos y cuánto espera el siguiente intento. */
  public record Fallo(int seguidos, Duration espera) {}

  private record Pareja(String direccion, String cuenta) {}

  private static final class Fallos {
    int seguidos;
    long ultimoFallo;
    long libreDesde;
    int enCurso;
    long ultimaReserva;
  }

  private final Clock reloj;
  private final int capacidad;
  private final LinkedHashMap<Pareja, Fallos> parejas;

  public LimiteDeIntentos(Clock reloj) {
    this(reloj, CAPACIDAD);
  }

  LimiteDeIntentos(Clock reloj, int capacidad) {
    this.reloj = reloj;
    this.capacidad = capacidad;
    this.parejas =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Pareja, Fallos> mayor) {
            return size() > LimiteDeIntentos.this.capacidad;
          }
        };
  }

  /**
   * Pide comprobar ahora una contraseña de la cuenta desde la dirección. Si se puede, la reserva y
   * responde {@link Duration#ZERO}, y quien la pidió avisa después el resultado con {@link #fallo},
   * {@link #acierto} o {@link #liberar}; si no, responde cuánto falta y no reserva nada.
   */
  public synchronized Duration reservar(String direccion, String cuenta) {
    long ahora = reloj.millis();
    Fallos f = vigentesOCreados(new Pareja(direccion, cuenta), ahora);
    if (f.enCurso > 0 && ahora - f.ultimaReserva > RESERVA_CADUCA_MS) {
      f.enCurso = 0;
    }
    if (f.seguidos + f.enCurso >= FALLOS_LIBRES) {
      if (ahora < f.libreDesde) {
        return Duration.ofMillis(f.libreDesde - ahora);
      }
      if (f.enCurso > 0) {
        return ESPERA_EN_CURSO;
      }
    }
    f.enCurso++;
    f.ultimaReserva = ahora;
    return Duration.ZERO;
  }

  /** La contraseña reservada era incorrecta. */
  public synchronized Fallo fallo(String direccion, String cuenta) {
    long ahora = reloj.millis();
    Fallos f = vigentesOCreados(new Pareja(direccion, cuenta), ahora);
    f.enCurso = Math.max(0, f.enCurso - 1);
    f.seguidos++;
    f.ultimoFallo = ahora;
    Duration espera = espera(f.seguidos);
    f.libreDesde = ahora + espera.toMillis();
    return new Fallo(f.seguidos, espera);
  }

  /** La contraseña reservada era la buena: la pareja empieza de cero. */
  public synchronized void acierto(String direccion, String cuenta) {
    parejas.remove(new Pareja(direccion, cuenta));
  }

  /** No se supo si la contraseña era buena (la solicitud terminó de otro modo): solo se libera. */
  public synchronized void liberar(String direccion, String cuenta) {
    Pareja pareja = new Pareja(direccion, cuenta);
    Fallos f = parejas.get(pareja);
    if (f != null) {
      f.enCurso = Math.max(0, f.enCurso - 1);
      if (f.enCurso == 0 && f.seguidos == 0) {
        parejas.remove(pareja);
      }
    }
  }

  synchronized int parejas() {
    return parejas.size();
  }

  /** La espera tras {@code seguidos} fallos seguidos. */
  static Duration espera(int seguidos) {
    if (seguidos < FALLOS_LIBRES) {
      return Duration.ZERO;
    }
    int duplicaciones = Math.min(seguidos - FALLOS_LIBRES, 30);
    Duration espera = PRIMERA_ESPERA.multipliedBy(1L << duplicaciones);
    return espera.compareTo(ESPERA_MAXIMA) > 0 ? ESPERA_MAXIMA : espera;
  }

  /** Los fallos vigentes de la pareja, o unos nuevos, ya guardados, si no tiene. */
  private Fallos vigentesOCreados(Pareja pareja, long ahora) {
    Fallos f = vigentes(pareja, ahora);
    if (f == null) {
      f = new Fallos();
      parejas.put(pareja, f);
    }
    return f;
  }

  private Fallos vigentes(Pareja pareja, long ahora) {
    Fallos f = parejas.get(pareja);
    if (f != null
        && f.seguidos > 0
        && f.enCurso == 0
        && ahora - f.ultimoFallo > OLVIDO.toMillis()) {
      parejas.remove(pareja);
      return null;
    }
    return f;
  }

  /**
   * La dirección tal como cuenta para la espera: una IPv4 entera; de una IPv6, su red /64, que es
   * lo que recibe un solo cliente (quien tiene una /64 tiene 2^64 direcciones para rotar).
   */
  public static String direccion(InetAddress direccion) {
    if (direccion == null) {
      return "desconocida";
    }
    if (direccion instanceof Inet6Address) {
      byte[] b = direccion.getAddress();
      StringBuilder red = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        red.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff))).append(':');
      }
      return red.append(":/64").toString();
    }
    return direccion.getHostAddress();
  }

  /**
   * El nombre de cuenta tal como cuenta para la espera y como se escribe en el registro: sin
   * espacios alrededor, en minúsculas (las cuentas se guardan así), sin caracteres de control (que
   * falsearían el registro) y de 100 caracteres a lo más (ninguna cuenta es más larga).
   */
  public static String cuenta(String nombre) {
    StringBuilder limpio = new StringBuilder();
    String recortado = nombre.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < recortado.length() && limpio.length() < LONGITUD_MAXIMA_CUENTA; i++) {
      char c = recortado.charAt(i);
      limpio.append(Character.isISOControl(c) ? '?' : c);
    }
    return limpio.toString();
  }

  /** «45 segundos», «1 minuto», «15 minutos»: una espera como la lee una persona (hacia arriba). */
  public static String enPalabras(Duration espera) {
    long segundos = segundosHaciaArriba(espera);
    if (segundos < 60) {
      return segundos == 1 ? "1 segundo" : segundos + " segundos";
    }
    long minutos = (segundos + 59) / 60;
    return minutos == 1 ? "1 minuto" : minutos + " minutos";
  }

  /** Los segundos de {@code Retry-After}: nunca 0, que invitaría a reintentar ya. */
  public static long segundosHaciaArriba(Duration espera) {
    return Math.max(1, (espera.toMillis() + 999) / 1000);
  }
}
