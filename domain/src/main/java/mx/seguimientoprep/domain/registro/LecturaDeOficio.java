package mx.seguimientoprep.domain.registro;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.fecha.FechaOMes;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;

/**
 * La lectura de un oficio escrito como texto, la misma para la hoja (una celda de {@code Oficios}
 * por campo), la API ({@code POST /oficios}, un campo JSON por campo) y el bot (una pregunta por
 * campo): una celda, un campo JSON y una respuesta que dicen lo mismo dan el mismo valor y el mismo
 * mensaje.
 *
 * <p>Cada campo se lee solo, con el nombre de su columna en la hoja: devuelve el valor ({@code
 * null} si el texto está en blanco y el campo es opcional) o lanza un {@link DatoInvalido} con el
 * campo, el valor tal como llegó y el mensaje en español; un obligatorio en blanco da el error de
 * {@link LecturaDeCampo#falta}. {@link #leer} lee el oficio entero y junta los errores de todos sus
 * campos. Lo que depende de lo registrado (el proceso por su nombre, los entregables del catálogo,
 * el oficio citado, la longitud de cada texto) lo valida el caso de uso al registrarlo.
 */
public final class LecturaDeOficio {

  public static final String ENTIDAD = LecturaDeCampo.ENTIDAD;
  public static final String PROCESO = "Proceso";
  public static final String NUMERO = "Número";
  public static final String FECHA = "Fecha";
  public static final String SENTIDO = "Sentido";
  public static final String REMITENTE = "Remitente";
  public static final String DESTINATARIO = "Destinatario";
  public static final String ASUNTO = "Asunto";
  public static final String ENTREGABLES = "Entregables";
  public static final String EN_RESPUESTA_A = "En respuesta a";
  public static final String ANEXOS = "Anexos";
  public static final String RESULTADO = "Resultado";
  public static final String NOTAS = "Notas";

  private final ResolutorEntidad entidades;

  public LecturaDeOficio(ResolutorEntidad entidades) {
    this.entidades = Objects.requireNonNull(entidades, "entidades");
  }

  /**
   * Obligatoria: su nombre, un alias, las siglas de su OPL o su clave.
   *
   * @throws EntidadNoReconocida si no nombra exactamente una, con las candidatas
   */
  public ClaveEntidad entidad(String texto) {
    return obligatorio(ENTIDAD, LecturaDeCampo.entidad(entidades, texto));
  }

  /** Opcional: el nombre o los años del proceso; sin él, el actual de la entidad. */
  public static String proceso(String texto) {
    return LecturaDeCampo.texto(texto);
  }

  /** Obligatorio, normalizado: {@code IEC / SE / 1766 / 2020} es {@code IEC/SE/1766/2020}. */
  public static NumeroOficio numero(String texto) {
    return obligatorio(NUMERO, LecturaDeCampo.numeroOficio(NUMERO, texto));
  }

  /**
   * Un día obligatorio, en cualquiera de las formas que lee {@link LecturaDeCampo#fecha} (la
   * pregunta del bot, que siempre tiene el oficio a la vista).
   */
  public static LocalDate fecha(String texto) {
    return obligatorio(FECHA, LecturaDeCampo.fecha(FECHA, texto));
  }

  /**
   * Opcional: un día o, si el informe solo da el mes, un mes ({@code marzo de 2020}); en blanco, el
   * oficio se registra sin fecha (con un aviso).
   */
  public static FechaOMes fechaOMes(String texto) {
    return LecturaDeCampo.fechaOMes(FECHA, texto);
  }

  /** Obligatorio: {@code Enviado al INE}, {@code Recibido del INE} o {@code Interno}. */
  public static Sentido sentido(String texto) {
    return obligatorio(SENTIDO, LecturaDeCampo.valorFijo(SENTIDO, texto, Sentido.class));
  }

  public static String remitente(String texto) {
    return LecturaDeCampo.texto(texto);
  }

  public static String destinatario(String texto) {
    return LecturaDeCampo.texto(texto);
  }

  /** Obligatorio. */
  public static String asunto(String texto) {
    return obligatorio(ASUNTO, LecturaDeCampo.texto(texto));
  }

  /** Opcional: códigos o nombres del catálogo separados por {@code ,} o {@code ;}. */
  public static List<String> entregables(String texto) {
    return LecturaDeCampo.lista(texto);
  }

  /** Opcional: el número del oficio al que responde, normalizado como {@link #numero}. */
  public static NumeroOficio enRespuestaA(String texto) {
    return LecturaDeCampo.numeroOficio(EN_RESPUESTA_A, texto);
  }

  /**
   * Opcional: los números de los oficios a los que responde, separados por {@code ,} o {@code ;},
   * cada uno normalizado como {@link #numero}.
   */
  public static List<NumeroOficio> respondeA(String texto) {
    return LecturaDeCampo.numerosOficio(EN_RESPUESTA_A, texto);
  }

  /**
   * Opcional: lo que llevó el oficio, uno por renglón o separados por {@code ;} (números de oficio,
   * claves de acuerdo o texto).
   */
  public static List<String> anexos(String texto) {
    return LecturaDeCampo.renglones(texto);
  }

  /** Opcional: lo que dice de la revisión de los entregables. */
  public static ResultadoRevision resultado(String texto) {
    return LecturaDeCampo.valorFijo(RESULTADO, texto, ResultadoRevision.class);
  }

  public static String notas(String texto) {
    return LecturaDeCampo.texto(texto);
  }

  /**
   * El oficio entero, campo por campo en el orden de la hoja.
   *
   * @param origen la fila de la hoja de la que viene, o {@code null}
   * @throws RegistroInvalido con el error de cada campo que no se pudo leer
   */
  public ComandoOficio leer(OficioEscrito escrito, Ubicacion origen) {
    List<ErrorDeCampo> errores = new ArrayList<>();
    CamposEscritos campos =
        new CamposEscritos() {
          @Override
          public <T> T leido(String campo, Function<String, T> lectura) {
            try {
              return lectura.apply(texto(escrito, campo));
            } catch (DatoInvalido invalido) {
              errores.add(ErrorDeCampo.de(invalido));
              return null;
            }
          }

          @Override
          public boolean sinErrores() {
            return errores.isEmpty();
          }
        };
    ComandoOficio comando = leer(campos, origen);
    if (comando == null) {
      throw new RegistroInvalido(errores);
    }
    return comando;
  }

  /**
   * El oficio entero, campo por campo en el orden de la hoja, con el texto que da {@code campos},
   * que guarda el error de cada campo que no se pudo leer.
   *
   * @param origen la fila de la hoja de la que viene, o {@code null}
   * @return el comando, o {@code null} si algún campo tuvo error
   */
  public ComandoOficio leer(CamposEscritos campos, Ubicacion origen) {
    ClaveEntidad entidad = campos.leido(ENTIDAD, this::entidad);
    String proceso = campos.leido(PROCESO, LecturaDeOficio::proceso);
    NumeroOficio numero = campos.leido(NUMERO, LecturaDeOficio::numero);
    FechaOMes fecha = campos.fechaOMes(FECHA, LecturaDeOficio::fechaOMes);
    Sentido sentido = campos.leido(SENTIDO, LecturaDeOficio::sentido);
    String remitente = campos.leido(REMITENTE, LecturaDeOficio::remitente);
    String destinatario = campos.leido(DESTINATARIO, LecturaDeOficio::destinatario);
    String asunto = campos.leido(ASUNTO, LecturaDeOficio::asunto);
    List<String> entregables = campos.leido(ENTREGABLES, LecturaDeOficio::entregables);
    List<NumeroOficio> enRespuestaA = campos.leido(EN_RESPUESTA_A, LecturaDeOficio::respondeA);
    List<String> anexos = campos.leido(ANEXOS, LecturaDeOficio::anexos);
    ResultadoRevision resultado = campos.leido(RESULTADO, LecturaDeOficio::resultado);
    String notas = campos.leido(NOTAS, LecturaDeOficio::notas);
    return campos.sinErrores()
        ? new ComandoOficio(
            entidad,
            proceso,
            numero,
            fecha,
            sentido,
            remitente,
            destinatario,
            asunto,
            entregables,
            enRespuestaA,
            anexos,
            resultado,
            notas,
            origen)
        : null;
  }

  private static String texto(OficioEscrito escrito, String campo) {
    return switch (campo) {
      case ENTIDAD -> escrito.entidad();
      case PROCESO -> escrito.proceso();
      case NUMERO -> escrito.numero();
      case FECHA -> escrito.fecha();
      case SENTIDO -> escrito.sentido();
      case REMITENTE -> escrito.remitente();
      case DESTINATARIO -> escrito.destinatario();
      case ASUNTO -> escrito.asunto();
      case ENTREGABLES -> escrito.entregables();
      case EN_RESPUESTA_A -> escrito.enRespuestaA();
      case ANEXOS -> escrito.anexos();
      case RESULTADO -> escrito.resultado();
      case NOTAS -> escrito.notas();
      default -> throw new IllegalArgumentException(campo);
    };
  }

  private static <T> T obligatorio(String campo, T valor) {
    if (valor == null) {
      throw LecturaDeCampo.falta(campo);
    }
    return valor;
  }
}
