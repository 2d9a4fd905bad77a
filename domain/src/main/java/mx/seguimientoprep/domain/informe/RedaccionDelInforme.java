package mx.seguimientoprep.domain.informe;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import mx.seguimientoprep.domain.acuerdo.Acuerdo;
import mx.seguimientoprep.domain.acuerdo.OrganoAcuerdo;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.entregable.DefinicionEntregable;
import mx.seguimientoprep.domain.entregable.Entregable;
import mx.seguimientoprep.domain.estado.ConsultarEstado;
import mx.seguimientoprep.domain.estado.Expediente;
import mx.seguimientoprep.domain.fecha.FechaEscrita;
import mx.seguimientoprep.domain.fecha.FechaOMes;
import mx.seguimientoprep.domain.fecha.Meses;
import mx.seguimientoprep.domain.informe.Bloque.Lista;
import mx.seguimientoprep.domain.informe.Bloque.Parrafo;
import mx.seguimientoprep.domain.oficio.Anexo;
import mx.seguimientoprep.domain.oficio.Hilo;
import mx.seguimientoprep.domain.oficio.NumeroOficio;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.IntegranteCotaprep;
import mx.seguimientoprep.domain.proceso.ProcesoElectoral;
import mx.seguimientoprep.domain.sesion.Organo;
import mx.seguimientoprep.domain.sesion.Sesion;
import mx.seguimientoprep.domain.sesion.TipoSesion;

/**
 * Redacta el informe del mes de un proceso con los registros fechados en ese mes, en el registro de
 * los informes semilla (formal, tercera persona): los acuerdos emitidos, las sesiones del COTAPREP
 * y de los demás órganos, y la comunicación de entregables con el INE, cada oficio con las
 * respuestas que lo citan. Cada frase sale de un dato registrado; lo que no está registrado no se
 * dice. Un mes sin hechos da un informe corto que lo dice.
 */
public final class RedaccionDelInforme {

  public static final String PREP = "Programa de Resultados Electorales Preliminares";
  public static final String LINEAMIENTOS =
      "de los Lineamientos del "
          + PREP
          + ", contenidos en el Anexo 13 del Reglamento de Elecciones";
  public static final String ACUERDOS = "Acuerdos emitidos";
  public static final String COTAPREP = "Comité Técnico Asesor del " + PREP;
  public static final String COMISION =
      "Comisión encargada de dar seguimiento a las labores del PREP";
  public static final String OTRAS_SESIONES = "Sesiones y reuniones de otros órganos";
  public static final String COMUNICACION = "Comunicación de entregables con INE";

  private static final String INE = "Instituto Nacional Electoral";
  private static final String[] ROMANOS = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
  };
  private static final Set<String> FEMENINOS =
      Set.of(
          "secretaría",
          "secretaria",
          "unidad",
          "dirección",
          "coordinación",
          "presidencia",
          "comisión",
          "oficialía",
          "junta",
          "consejera",
          "unicom",
          "utvopl",
          "derfe");
  private static final Set<String> MASCULINOS =
      Set.of(
          "consejo",
          "comité",
          "órgano",
          "instituto",
          "secretario",
          "director",
          "consejero",
          "titular",
          "cotaprep");

  private final ConsultarEstado consultarEstado;
  private final Supplier<List<DefinicionEntregable>> catalogo;

  public RedaccionDelInforme(
      ConsultarEstado consultarEstado, Supplier<List<DefinicionEntregable>> catalogo) {
    this.consultarEstado = consultarEstado;
    this.catalogo = catalogo;
  }

  /** El informe redactado y el proceso del que es. */
  public record Redactado(ProcesoElectoral proceso, InformeMensual informe) {}

  /**
   * El informe del mes de un proceso de la entidad: el que nombra {@code proceso} (por nombre o
   * años) o, sin él, el que era el actual al cierre del mes. Vacío si la entidad no tiene ese
   * proceso.
   */
  public Optional<Redactado> redactar(
      ClaveEntidad entidad, Optional<String> proceso, YearMonth mes, LocalDate presentacion) {
    Optional<String> elegido =
        proceso.isPresent()
            ? proceso
            : consultarEstado
                .procesoActual(entidad, mes.atEndOfMonth())
                .map(ProcesoElectoral::getNombre);
    if (elegido.isEmpty()) {
      return Optional.empty();
    }
    return consultarEstado
        .expedienteConEstado(entidad, elegido, mes.atEndOfMonth())
        .map(
            e ->
                new Redactado(
                    e.proceso(), redactar(e.registros(), catalogo.get(), mes, presentacion)));
  }

  /** El informe del mes con los registros de un proceso (todos: aquí se eligen los del mes). */
  public static InformeMensual redactar(
      Expediente registros,
      List<DefinicionEntregable> catalogo,
      YearMonth mes,
      LocalDate presentacion) {
    ProcesoElectoral proceso = registros.proceso();
    Entidad entidad = proceso.getEntidad();
    Expediente delMes = registros.delMes(mes);
    String nombreMes = Meses.nombre(mes.getMonthValue());
    Map<String, DefinicionEntregable> definiciones =
        catalogo.stream()
            .collect(
                Collectors.toMap(
                    DefinicionEntregable::getCodigo, Function.identity(), (a, b) -> a));
    Redactor redactor = new Redactor(proceso, entidad, definiciones, registros);

    List<Acuerdo> acuerdos =
        delMes.acuerdos().stream()
            .sorted(
                Comparator.comparing(
                        Acuerdo::getFechaOMes,
                        Comparator.nullsLast(Comparator.<FechaOMes>naturalOrder()))
                    .thenComparing(a -> a.getClave().valor()))
            .toList();
    List<Sesion> sesiones =
        delMes.sesiones().stream()
            .sorted(
                Comparator.comparing(Sesion::getFecha)
                    .thenComparing(
                        Sesion::getNumero, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
    Set<LocalDate> diasConAcuerdoDelConsejo =
        acuerdos.stream()
            .filter(a -> a.getOrgano() == OrganoAcuerdo.CONSEJO_GENERAL && a.getFecha() != null)
            .map(Acuerdo::getFecha)
            .collect(Collectors.toSet());

    List<List<Bloque>> cuerpos = new ArrayList<>();
    List<String> titulos = new ArrayList<>();
    agregar(titulos, cuerpos, ACUERDOS, redactor.acuerdos(acuerdos));
    agregar(
        titulos,
        cuerpos,
        COTAPREP,
        redactor.comite(
            sesiones.stream().filter(s -> s.getOrgano() == Organo.COTAPREP).toList(),
            integradosEnElMes(registros.integrantes(), acuerdos)));
    agregar(
        titulos,
        cuerpos,
        COMISION,
        redactor.sesiones(
            sesiones.stream().filter(s -> s.getOrgano() == Organo.COMISION_PREP).toList()));
    agregar(
        titulos,
        cuerpos,
        OTRAS_SESIONES,
        redactor.sesiones(
            sesiones.stream()
                .filter(
                    s -> s.getOrgano() != Organo.COTAPREP && s.getOrgano() != Organo.COMISION_PREP)
                // La sesión del Consejo General de un acuerdo del mes ya la dice el acuerdo.
                .filter(
                    s ->
                        !(s.getOrgano() == Organo.CONSEJO_GENERAL
                            && diasConAcuerdoDelConsejo.contains(s.getFecha())))
                .toList()));
    // Una respuesta sin fecha a un oficio del mes va bajo él: el informe la dice con su carta.
    Set<String> cartasDelMes =
        delMes.oficios().stream().map(o -> o.getNumero().valor()).collect(Collectors.toSet());
    List<Oficio> conversaciones = new ArrayList<>(delMes.oficios());
    registros.oficios().stream()
        .filter(o -> o.getFechaOMes() == null)
        .filter(o -> o.getEnRespuestaA().stream().anyMatch(n -> cartasDelMes.contains(n.valor())))
        .forEach(conversaciones::add);
    List<Hilo> hilos = new ArrayList<>(Hilo.de(conversaciones));
    Collections.reverse(hilos);
    Set<String> numerosDelMes =
        delMes.oficios().stream().map(o -> o.getNumero().valor()).collect(Collectors.toSet());
    List<Entregable> enviadosSinOficio =
        registros.entregables().stream()
            .filter(e -> e.getFechaEnvio() != null && YearMonth.from(e.getFechaEnvio()).equals(mes))
            .filter(
                e ->
                    e.getOficioEnvio() == null
                        || !numerosDelMes.contains(e.getOficioEnvio().valor()))
            .sorted(
                Comparator.comparing(Entregable::getFechaEnvio)
                    .thenComparing(Entregable::getCodigo))
            .toList();
    agregar(titulos, cuerpos, COMUNICACION, redactor.comunicacion(hilos, enviadosSinOficio));

    List<Apartado> apartados = new ArrayList<>();
    for (int i = 0; i < titulos.size(); i++) {
      apartados.add(new Apartado(ROMANOS[i], titulos.get(i), cuerpos.get(i)));
    }
    Optional<String> sinHechos =
        apartados.isEmpty()
            ? Optional.of(
                "Durante el mes de "
                    + nombreMes
                    + " de "
                    + mes.getYear()
                    + " no se registraron acuerdos, sesiones ni oficios del "
                    + proceso.getNombre()
                    + " relacionados con la implementación y operación del "
                    + PREP
                    + ".")
            : Optional.empty();
    return new InformeMensual(
        entidad.getSiglas(),
        mes,
        "Informe del mes de "
            + nombreMes
            + " sobre el avance en la implementación y operación del "
            + PREP
            + " "
            + enElEstado(entidad),
        proceso.getNombre(),
        texto(proceso.getInstanciaInterna()).orElse(""),
        presentacion,
        "Avance en la implementación del PREP durante el mes de " + nombreMes,
        apartados,
        sinHechos,
        texto(proceso.getTitularInstancia()));
  }

  private static void agregar(
      List<String> titulos, List<List<Bloque>> cuerpos, String titulo, List<Bloque> cuerpo) {
    if (!cuerpo.isEmpty()) {
      titulos.add(titulo);
      cuerpos.add(cuerpo);
    }
  }

  /** Los integrantes nombrados por un acuerdo del mes. */
  private static List<IntegranteCotaprep> integradosEnElMes(
      List<IntegranteCotaprep> integrantes, List<Acuerdo> acuerdos) {
    Set<String> claves =
        acuerdos.stream().map(a -> a.getClave().valor()).collect(Collectors.toSet());
    return integrantes.stream()
        .filter(i -> i.getAcuerdo() != null && claves.contains(i.getAcuerdo().valor()))
        .sorted(
            Comparator.comparing((IntegranteCotaprep i) -> !i.esSecretarioTecnico())
                .thenComparing(IntegranteCotaprep::getNombre))
        .toList();
  }

  private static String enElEstado(Entidad entidad) {
    String nombre = entidad.getNombre();
    return nombre.startsWith("Ciudad") ? "en la " + nombre : "en el estado de " + nombre;
  }

  static Optional<String> texto(String valor) {
    return valor == null || valor.isBlank() ? Optional.empty() : Optional.of(valor.strip());
  }

  /** Las frases del informe de un proceso. */
  private static final class Redactor {

    private final ProcesoElectoral proceso;
    private final Entidad entidad;
    private final Map<String, DefinicionEntregable> definiciones;

    private final Expediente registros;

    Redactor(
        ProcesoElectoral proceso,
        Entidad entidad,
        Map<String, DefinicionEntregable> definiciones,
        Expediente registros) {
      this.registros = registros;
      this.proceso = proceso;
      this.entidad = entidad;
      this.definiciones = definiciones;
    }

    /** El nombre del entregable en el catálogo, o su código si el catálogo no lo tiene. */
    private String nombre(String codigo) {
      DefinicionEntregable definicion = definiciones.get(codigo);
      return definicion == null ? codigo : definicion.getNombre();
    }

    List<Bloque> acuerdos(List<Acuerdo> acuerdos) {
      List<Bloque> bloques = new ArrayList<>();
      for (Acuerdo a : acuerdos) {
        StringBuilder p = new StringBuilder(enFecha(a.getFechaOMes()));
        fundamento(a.getEntregable() == null ? List.of() : List.of(a.getEntregable()))
            .ifPresent(f -> p.append(", de conformidad con lo dispuesto por ").append(f));
        p.append(", ").append(organo(a.getOrgano()));
        texto(a.getSesion()).ifPresent(s -> p.append(", en ").append(sesion(s)));
        p.append(", emitió el acuerdo número ").append(a.getClave().valor());
        p.append(texto(a.getDescripcion()).map(d -> ": " + conPunto(d)).orElse("."));
        bloques.add(new Parrafo(p.toString()));
      }
      return bloques;
    }

    List<Bloque> comite(List<Sesion> sesiones, List<IntegranteCotaprep> integrados) {
      List<Bloque> bloques = new ArrayList<>();
      if (!integrados.isEmpty()) {
        Set<String> porAcuerdo = new LinkedHashSet<>();
        integrados.forEach(i -> porAcuerdo.add(i.getAcuerdo().valor()));
        bloques.add(
            new Parrafo(
                "Mediante "
                    + (porAcuerdo.size() == 1 ? "el acuerdo número " : "los acuerdos números ")
                    + enumerar(List.copyOf(porAcuerdo))
                    + ", el Comité Técnico Asesor del "
                    + PREP
                    + " (COTAPREP) quedó integrado por:"));
        bloques.add(
            new Lista(
                false,
                integrados.stream()
                    .map(
                        i ->
                            i.getNombre()
                                + texto(i.getInstitucion()).map(t -> ", " + t).orElse("")
                                + (i.esSecretarioTecnico()
                                    ? " (" + i.getCargo().etiqueta() + ")"
                                    : ""))
                    .toList()));
      }
      bloques.addAll(sesiones(sesiones));
      return bloques;
    }

    List<Bloque> sesiones(List<Sesion> sesiones) {
      List<Bloque> bloques = new ArrayList<>();
      for (Sesion s : sesiones) {
        String fecha = FechaEscrita.enLetras(s.getFecha());
        String organo = organo(s.getOrgano());
        String numero = s.getNumero() == null ? "" : " número " + s.getNumero();
        StringBuilder p = new StringBuilder();
        if (s.getTipo() == TipoSesion.PROGRAMADA) {
          p.append("Para el día ")
              .append(fecha)
              .append(" quedó programada una sesión")
              .append(numero)
              .append(" de ")
              .append(organo);
        } else if (s.getTipo().esReunion()) {
          p.append("El día ")
              .append(fecha)
              .append(", ")
              .append(organo)
              .append(" llevó a cabo una ")
              .append(s.getTipo().etiqueta().toLowerCase(Locale.ROOT))
              .append(numero);
        } else {
          p.append("El día ")
              .append(fecha)
              .append(", ")
              .append(organo)
              .append(" celebró su ")
              .append(tipoDeSesion(s.getTipo()))
              .append(numero);
        }
        List<String> puntos = s.puntos();
        p.append(puntos.isEmpty() ? "." : ", la cual contó con el siguiente orden del día:");
        bloques.add(new Parrafo(p.toString()));
        if (!puntos.isEmpty()) {
          List<String> numerados = new ArrayList<>();
          for (int i = 0; i < puntos.size(); i++) {
            String punto = puntos.get(i);
            numerados.add(punto.matches("^\\d+[.)-].*") ? punto : (i + 1) + ". " + punto);
          }
          bloques.add(new Lista(true, numerados));
        }
        texto(s.getResultados()).ifPresent(r -> bloques.add(new Parrafo(resultados(conPunto(r)))));
      }
      return bloques;
    }

    /**
     * Cada oficio del mes con las respuestas que lo citan, y cada entregable que el libro da por
     * remitido en el mes sin un oficio del mes; todo por fecha.
     */
    List<Bloque> comunicacion(List<Hilo> hilos, List<Entregable> enviadosSinOficio) {
      List<Map.Entry<LocalDate, List<Bloque>>> partes = new ArrayList<>();
      for (Hilo hilo : hilos) {
        if (hilo.oficio().getSentido() == Sentido.INTERNO && hilo.respuestas().isEmpty()) {
          continue;
        }
        List<Bloque> bloques = new ArrayList<>();
        inicio(hilo.oficio(), bloques);
        respuestas(hilo, bloques);
        partes.add(Map.entry(dia(hilo.oficio()), bloques));
      }
      for (Entregable e : enviadosSinOficio) {
        partes.add(Map.entry(e.getFechaEnvio(), List.of(envio(e))));
      }
      List<Bloque> bloques = new ArrayList<>();
      partes.stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(parte -> bloques.addAll(parte.getValue()));
      return bloques;
    }

    private Bloque envio(Entregable e) {
      StringBuilder p =
          new StringBuilder("En fecha ").append(FechaEscrita.enLetras(e.getFechaEnvio()));
      fundamento(List.of(e.getCodigo()))
          .ifPresent(f -> p.append(", de conformidad con lo dispuesto por ").append(f));
      p.append(", se remitió al ")
          .append(INE)
          .append(" el entregable ")
          .append(e.getCodigo())
          .append(". ")
          .append(nombre(e.getCodigo()));
      if (e.getPeriodo() != null) {
        p.append(", correspondiente al mes de ")
            .append(Meses.nombre(e.getPeriodo().getMonthValue()))
            .append(" de ")
            .append(e.getPeriodo().getYear());
      }
      if (e.getOficioEnvio() != null) {
        p.append(", mediante el Oficio No. ").append(e.getOficioEnvio().valor());
      }
      return new Parrafo(p.append(".").toString());
    }

    private void inicio(Oficio o, List<Bloque> bloques) {
      StringBuilder p = new StringBuilder(enFecha(o.getFechaOMes())).append(", ");
      if (o.getSentido() == Sentido.ENVIADO_AL_INE) {
        fundamento(o.getEntregables())
            .ifPresent(
                f -> p.append("de conformidad con lo dispuesto por ").append(f).append(", "));
        p.append(texto(o.getRemitente()).map(Redactor::conArticulo).orElse("este órgano electoral"))
            .append(" remitió al ")
            .append(INE)
            .append(", a través del Oficio No. ")
            .append(o.getNumero().valor());
        enRespuestaA(o).ifPresent(p::append);
        p.append(asunto(o));
      } else if (o.getSentido() == Sentido.RECIBIDO_DEL_INE) {
        p.append("fue recibido del ")
            .append(INE)
            .append(" el Oficio ")
            .append(o.getNumero().valor());
        texto(o.getRemitente()).ifPresent(r -> p.append(", suscrito por ").append(conArticulo(r)));
        enRespuestaA(o).ifPresent(p::append);
        p.append(asunto(o));
      } else {
        p.append(texto(o.getRemitente()).map(Redactor::conArticulo).orElse("este órgano electoral"))
            .append(" emitió el oficio interno ")
            .append(o.getNumero().valor())
            .append(asunto(o));
      }
      bloques.add(new Parrafo(p.toString()));
      List<String> entregables =
          o.getEntregables().stream().map(c -> c + ". " + nombre(c)).toList();
      if (o.getSentido() == Sentido.ENVIADO_AL_INE && !entregables.isEmpty()) {
        bloques.add(
            new Parrafo(
                entregables.size() == 1
                    ? "Con dicho oficio se remitió el entregable siguiente:"
                    : "Con dicho oficio se remitieron los entregables siguientes:"));
        bloques.add(new Lista(false, entregables));
      }
      if (!o.getAnexos().isEmpty()) {
        bloques.add(
            new Parrafo(
                o.getAnexos().size() == 1
                    ? "Acompañó al oficio el documento siguiente:"
                    : "Acompañaron al oficio los documentos siguientes:"));
        bloques.add(new Lista(false, o.getAnexos().stream().map(this::anexo).toList()));
      }
    }

    /**
     * Un anexo como lo dice el informe: el oficio o el acuerdo registrado que nombra, con su asunto
     * o su descripción; si no está registrado, su texto.
     */
    private String anexo(String texto) {
      Optional<Oficio> oficio =
          Anexo.numeroOficio(texto)
              .flatMap(
                  n ->
                      registros.oficios().stream()
                          .filter(x -> x.getNumero().equals(n))
                          .findFirst());
      if (oficio.isPresent()) {
        Oficio x = oficio.get();
        return (x.getSentido() == Sentido.INTERNO ? "Oficio interno " : "Oficio ")
            + x.getNumero().valor()
            + texto(x.getRemitente()).map(r -> ", de " + conArticulo(r)).orElse("")
            + texto(x.getAsunto()).map(a -> ": " + conPunto(a)).orElse(".");
      }
      Optional<Acuerdo> acuerdo =
          Anexo.numeroAcuerdo(texto)
              .flatMap(
                  n ->
                      registros.acuerdos().stream()
                          .filter(a -> a.getClave().equals(n))
                          .findFirst());
      if (acuerdo.isPresent()) {
        return "Acuerdo "
            + acuerdo.get().getClave().valor()
            + texto(acuerdo.get().getDescripcion()).map(d -> ": " + conPunto(d)).orElse(".");
      }
      return conPunto(texto);
    }

    private void respuestas(Hilo hilo, List<Bloque> bloques) {
      for (Hilo r : hilo.respuestas()) {
        Oficio o = r.oficio();
        StringBuilder p =
            new StringBuilder("En atención al Oficio ")
                .append(hilo.oficio().getNumero().valor())
                .append(", ")
                .append(enMinuscula(enFecha(o.getFechaOMes())))
                .append(", ");
        if (o.getSentido() == Sentido.RECIBIDO_DEL_INE) {
          p.append("fue recibido el Oficio ").append(o.getNumero().valor());
          texto(o.getRemitente())
              .ifPresent(x -> p.append(", suscrito por ").append(conArticulo(x)));
        } else {
          p.append(
                  texto(o.getRemitente())
                      .map(Redactor::conArticulo)
                      .orElse("este órgano electoral"))
              .append(
                  o.getSentido() == Sentido.INTERNO
                      ? " emitió el oficio interno "
                      : " remitió el Oficio No. ")
              .append(o.getNumero().valor());
        }
        p.append(asunto(o));
        if (r.respuestaDelIne()) {
          if (o.getResultado() != null) {
            switch (o.getResultado()) {
              case SIN_OBSERVACIONES ->
                  p.append(" El ").append(INE).append(" no formuló observaciones.");
              case CON_OBSERVACIONES ->
                  p.append(" El ").append(INE).append(" formuló observaciones.");
              case OBSERVACIONES_ATENDIDAS ->
                  p.append(" El ").append(INE).append(" tuvo por atendidas las observaciones.");
            }
          }
          r.diasDeRespuesta()
              .ifPresent(
                  d ->
                      p.append(" El ")
                          .append(INE)
                          .append(" respondió ")
                          .append(d == 1 ? "un día" : d + " días")
                          .append(" después del envío."));
        }
        bloques.add(new Parrafo(p.toString()));
        respuestas(r, bloques);
      }
    }

    private Optional<String> enRespuestaA(Oficio o) {
      List<String> numeros = o.getEnRespuestaA().stream().map(NumeroOficio::valor).toList();
      if (numeros.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          (numeros.size() == 1 ? ", en respuesta al Oficio " : ", en respuesta a los Oficios ")
              + enumerar(numeros));
    }

    /**
     * «En fecha tres (03) de marzo…» para un día; «Por lo que respecta al mes de marzo de 2020»
     * cuando el informe solo da el mes (nunca se inventa el día); «Sin fecha indicada» si no la da.
     */
    private static String enFecha(FechaOMes fecha) {
      if (fecha == null) {
        return "Sin fecha indicada";
      }
      return fecha.soloMes()
          ? "Por lo que respecta al mes de " + fecha.texto()
          : "En fecha " + FechaEscrita.enLetras(fecha.dia());
    }

    private static String enMinuscula(String texto) {
      return Character.toLowerCase(texto.charAt(0)) + texto.substring(1);
    }

    /** El día con que se ordena un oficio en el mes: el suyo o, si solo se sabe el mes, su fin. */
    private static LocalDate dia(Oficio o) {
      return o.getFechaOMes() == null ? LocalDate.MAX : o.getFechaOMes().conocidaDesde();
    }

    private static String asunto(Oficio o) {
      return texto(o.getAsunto()).map(a -> ", con el asunto: «" + sinPunto(a) + "».").orElse(".");
    }

    /** «el punto 3, del numeral 33, de los Lineamientos…», o «los puntos 15, 16 y 17, …». */
    private Optional<String> fundamento(List<String> codigos) {
      List<String> puntos = new ArrayList<>();
      for (String codigo : codigos) {
        Optional<Integer> punto =
            Optional.ofNullable(definiciones.get(codigo))
                .flatMap(d -> d.punto(proceso.versionDeLineamientos()));
        if (punto.isPresent() && !puntos.contains(String.valueOf(punto.get()))) {
          puntos.add(String.valueOf(punto.get()));
        }
      }
      if (puntos.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          (puntos.size() == 1 ? "el punto " : "los puntos ")
              + enumerar(puntos)
              + ", del numeral 33, "
              + LINEAMIENTOS);
    }

    private String organo(OrganoAcuerdo organo) {
      if (organo == null) {
        return "este órgano electoral";
      }
      switch (organo) {
        case CONSEJO_GENERAL:
          return "el Consejo General del " + entidad.getNombreOficial();
        case COMISION_PREP:
          return "la Comisión del PREP del " + entidad.getNombreOficial();
        case COTAPREP:
          return "el Comité Técnico Asesor del " + PREP + " (COTAPREP)";
        default:
          return "este órgano electoral";
      }
    }

    private String organo(Organo organo) {
      switch (organo) {
        case COTAPREP:
          return "el Comité Técnico Asesor del " + PREP + " (COTAPREP)";
        case COMISION_PREP:
          return "la Comisión del PREP del " + entidad.getNombreOficial();
        case CONSEJO_GENERAL:
          return "el Consejo General del " + entidad.getNombreOficial();
        case GRUPO_TRABAJO_COTSPEL:
          return "el Grupo de Trabajo de la COTSPEL";
        default:
          return "este órgano electoral";
      }
    }

    private static String tipoDeSesion(TipoSesion tipo) {
      switch (tipo) {
        case INSTALACION:
          return "Sesión de Instalación";
        case ORDINARIA:
          return "Sesión Ordinaria";
        case EXTRAORDINARIA:
          return "Sesión Extraordinaria";
        case CIERRE:
          return "Sesión de Cierre";
        default:
          return "sesión";
      }
    }

    /** «Extraordinaria» → «Sesión Extraordinaria»; lo que ya dice «sesión», tal cual. */
    private static String sesion(String sesion) {
      return sesion.toLowerCase(Locale.ROOT).startsWith("sesi") ? sesion : "Sesión " + sesion;
    }

    /** «Secretaría Ejecutiva del IEC» → «la Secretaría Ejecutiva del IEC». */
    private static String conArticulo(String nombre) {
      String primera = nombre.split("\\s+")[0].toLowerCase(Locale.ROOT);
      if (primera.equals("la") || primera.equals("el")) {
        return nombre;
      }
      if (FEMENINOS.contains(primera)) {
        return "la " + nombre;
      }
      if (MASCULINOS.contains(primera)) {
        return "el " + nombre;
      }
      return nombre;
    }
  }

  static String enumerar(List<String> elementos) {
    if (elementos.size() == 1) {
      return elementos.get(0);
    }
    return String.join(", ", elementos.subList(0, elementos.size() - 1))
        + " y "
        + elementos.get(elementos.size() - 1);
  }

  private static String conPunto(String texto) {
    return texto.endsWith(".") ? texto : texto + ".";
  }

  private static String sinPunto(String texto) {
    return texto.endsWith(".") ? texto.substring(0, texto.length() - 1) : texto;
  }

  /**
   * Los resultados de una sesión tras «En dicha sesión,»; los que ya empiezan por «Sesión» se dicen
   * solos.
   */
  private static String resultados(String texto) {
    return texto.toLowerCase(Locale.ROOT).startsWith("sesi")
        ? texto
        : "En dicha sesión, " + minuscula(texto);
  }

  /** La primera letra en minúscula, salvo en una sigla (COTAPREP). */
  private static String minuscula(String texto) {
    if (texto.length() > 1 && Character.isUpperCase(texto.charAt(1))) {
      return texto;
    }
    return texto.isEmpty() ? texto : Character.toLowerCase(texto.charAt(0)) + texto.substring(1);
  }
}
