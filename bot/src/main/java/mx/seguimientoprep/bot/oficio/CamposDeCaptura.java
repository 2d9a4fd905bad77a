package mx.seguimientoprep.bot.oficio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.seguimientoprep.bot.comprension.Interprete;
import mx.seguimientoprep.domain.DatoInvalido;
import mx.seguimientoprep.domain.TextoLibre;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entidad.Resolucion;
import mx.seguimientoprep.domain.entidad.ResolutorEntidad;
import mx.seguimientoprep.domain.entregable.Catalogo;
import mx.seguimientoprep.domain.fecha.FechaEscrita;
import mx.seguimientoprep.domain.fecha.FechaInvalida;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.registro.LecturaDeCampo;
import mx.seguimientoprep.domain.registro.LecturaDeOficio;

/**
 * Donde la captura de un oficio convierte lo que escribe la persona en el valor de un campo: la
 * entidad, el número (el del oficio y el del que responde), la fecha, el sentido, el asunto y los
 * entregables. Es el único lugar del bot que lee esos textos, tanto en la conversación guiada como
 * en la forma de una línea, para que pueda pasar de una vez a la lectura del dominio que compartan
 * la hoja, la API y el bot. Cada lectura da el valor o el motivo, en español, para la persona.
 *
 * <p>El número y el asunto se leen con {@link LecturaDeOficio}, como en la hoja y la API. Lo demás
 * es propio de una conversación en un teléfono, y por eso se lee aquí con las piezas del dominio:
 * la fecha acepta además {@code hoy} y {@code ayer} ({@link FechaEscrita#leer(String, LocalDate)});
 * el sentido se elige con botones y, escrito, se contesta con esos botones; los entregables pueden
 * ir separados también por espacios ({@code e4 e16}), y se reconocen por código o nombre en el
 * catálogo del proceso.
 */
final class CamposDeCaptura {

  private final Interprete<?> interprete;
  private final ResolutorEntidad entidades;

  /**
   * @param interprete para reconocer la entidad en una respuesta escrita, como en una pregunta
   * @param entidades para reconocer una entidad por su nombre exacto
   */
  CamposDeCaptura(Interprete<?> interprete, ResolutorEntidad entidades) {
    this.interprete = Objects.requireNonNull(interprete, "interprete");
    this.entidades = Objects.requireNonNull(entidades, "entidades");
  }

  /** La entidad que nombra una respuesta escrita: `durango`, `IEPC Durango`, `la de Coahuila`. */
  Resolucion entidad(String escrito) {
    return interprete.entidadEn(escrito);
  }

  /**
   * La entidad de un nombre, sigla o clave exactos: la clave de un botón, el principio de la forma
   * de una línea.
   */
  Resolucion entidadExacta(String texto) {
    return entidades.resolver(texto);
  }

  /**
   * Las entidades de un OPL (no el INE) que nombran las siglas al principio del número de un
   * oficio: `IEC/SE/1766/2020` es de Coahuila; `IEE/…`, de cualquiera de las que usan esas siglas.
   */
  List<Entidad> entidadesDelNumero(NumeroOficio numero) {
    String siglas = numero.valor().split("[/\\-]")[0];
    Resolucion porSiglas = entidades.resolver(siglas);
    List<Entidad> candidatas = List.of();
    if (porSiglas instanceof Resolucion.Encontrada encontrada) {
      candidatas = List.of(encontrada.entidad());
    } else if (porSiglas instanceof Resolucion.Ambigua ambigua) {
      candidatas = ambigua.candidatas();
    }
    return candidatas.stream().filter(e -> e.getClave().numero() > 0).toList();
  }

  /**
   * El número de un oficio, o el del oficio al que responde.
   *
   * @return vacío si el texto no parece un número (no tiene cifras)
   * @throws DatoInvalido si lo parece pero no es un número válido
   */
  Optional<NumeroOficio> numero(String escrito) {
    if (escrito.chars().noneMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.ofNullable(LecturaDeCampo.numeroOficio(LecturaDeOficio.NUMERO, escrito));
  }

  /**
   * @param hoy la fecha de hoy, para `hoy` y `ayer`
   * @throws FechaInvalida si no es una fecha, o es una que no existe
   */
  LocalDate fecha(String escrito, LocalDate hoy) {
    return FechaEscrita.leer(escrito, hoy);
  }

  Optional<Sentido> sentido(String escrito) {
    return Sentido.desdeTexto(escrito);
  }

  /**
   * @throws DatoInvalido si está vacío o es demasiado largo
   */
  String asunto(String escrito) {
    return TextoLibre.obligatorio(
        LecturaDeOficio.ASUNTO, LecturaDeOficio.asunto(escrito), Oficio.LARGO_DEL_TEXTO);
  }

  /**
   * Los códigos de los entregables escritos (`e4, E16`, separados por comas, puntos y comas o
   * espacios), reconocidos por su código o su nombre en el catálogo.
   *
   * @throws DatoInvalido con el primero que no está en el catálogo
   */
  List<String> entregables(String escrito, Catalogo vigente) {
    List<String> codigos = new ArrayList<>();
    for (String parte : escrito.split("[,;\\s]+")) {
      if (!parte.isBlank()) {
        codigos.add(vigente.exigir("Entregables", parte).getCodigo());
      }
    }
    return codigos;
  }
}
