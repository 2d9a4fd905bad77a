package mx.seguimientoprep.informe;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.seguimientoprep.domain.entidad.Entidad;
import mx.seguimientoprep.domain.fecha.Meses;

/**
 * Reconoce los hechos de un informe narrativo en el registro que comparten los informes de los OPL:
 * oficios enviados al INE y recibidos de él con sus respuestas, acuerdos emitidos, sesiones y
 * reuniones con su orden del día, integrantes del COTAPREP y entregables del numeral 33. Sin
 * modelos de aprendizaje: expresiones del registro (ver el README, «Leer un informe»), las claves
 * de los documentos y las fechas en todas sus formas. Cada propuesta lleva el enunciado de donde
 * salió y su {@link Certeza}.
 */
public final class FactRecognizer {

  private static final DateTimeFormatter DIA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final int FUENTE_MAXIMA = 1_200;
  private static final int PORTADA = 30;

  private static final Pattern PROCESO =
      Pattern.compile(
          "procesos?\\s+electoral(?:es)?(?:\\s+(?:local(?:es)?|ordinario|concurrentes?"
              + "|extraordinario))*\\s+(\\d{4})(?:\\s*-\\s*(\\d{4}))?");
  private static final Pattern ANOS_DEL_PROCESO = Pattern.compile("\\d{4}(?:-\\d{4})?");
  private static final Pattern MES_DEL_INFORME =
      Pattern.compile(
          "informe del mes de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
              + "|octubre|noviembre|diciembre)");
  private static final Pattern RECIBIDO = Pattern.compile("recibi|se recibieron|fue recibido");
  private static final Pattern REFERENCIA =
      Pattern.compile("contestad|respuesta a|compartio|constancias? de|en atencion al oficio");
  private static final Pattern CONTESTADO = Pattern.compile("contestad");
  private static final Pattern RESPUESTA_ANTERIOR =
      Pattern.compile(
          "^(?:en atencion a lo anterior|motivo por el cual|en respuesta|derivado de lo anterior)");
  private static final Pattern SIN_OBSERVACIONES =
      Pattern.compile(
          "no (?:contar|generar|tener|tiene|genera|cuenta) (?:con )?(?:ninguna )?observaci"
              + "|sin observaciones|no se generan observaciones|no formulo observaciones");
  private static final Pattern ATENDIDAS =
      Pattern.compile("observaciones atendidas|tuvo por atendidas las observaciones");
  private static final Pattern OBSERVACIONES = Pattern.compile("observaciones");
  private static final Pattern AL_INE =
      Pattern.compile("instituto nacional electoral|\\bine\\b|unicom|servicios de informatica");
  private static final Pattern EMISION =
      Pattern.compile(
          "emitio|emitido|aprobo|se aprobo|aprobado|identificad[oa] con|mediante (?:el )?acuerdo");
  private static final Pattern INTERNO = Pattern.compile("intern[oa]\\s*$");
  private static final Pattern CORTE_ASUNTO =
      Pattern.compile(
          ",\\s*(?:al cual|mismo que|mismas? que|por lo que|a traves del oficio|suscrito)");
  private static final Pattern INICIO_ASUNTO =
      Pattern.compile(
          "^[,\\s]*(?:(?:por el que se|por el cual se|mediante el cual se|por medio del cual se"
              + "|por el que|por el cual|mediante el cual|por medio del cual)\\s+)?");
  private static final Pattern SESION =
      Pattern.compile(
          "(?:(?<ord>primera|segunda|tercera|cuarta|quinta|sexta|septima|octava|novena|decima)"
              + "\\s+)?(?:sesion\\s+(?:de\\s+(?<inst>instalacion)|(?<cierre>de cierre)"
              + "|(?<tipo>ordinaria|extraordinaria)(?:\\s*,?\\s*numero\\s+(?<num>\\d{1,3}))?)"
              + "|reunion\\s+(?<rtipo>interna|formal de trabajo|de trabajo con))");
  private static final Pattern SESION_NO_CELEBRADA =
      Pattern.compile(
          "(?:trabaja en|elaboracion|invitaciones|preparacion|convocatoria)[^.]{0,60}$");
  private static final Pattern APROBADO_POR_DICHO_ORGANO =
      Pattern.compile("aprobad[oa] por (?:dicho organo|el cotaprep|el comite)\\s+(?:el dia|el)\\s");
  private static final Pattern ORGANO =
      Pattern.compile(
          "(?<cotaprep>cotaprep|comite tecnico asesor|citado comite)"
              + "|(?<cg>consejo general|organo maximo de direccion)(?<ine> del (?:instituto nacional"
              + " electoral|ine)\\b)?"
              + "|(?<comision>comision temporal del (?:prep|programa)|comision del prep"
              + "|comision encargada)"
              + "|(?<grupo>grupo de trabajo)");
  private static final Pattern ENVIO_SIN_OFICIO =
      Pattern.compile(
          "se envia|se envian|se elabora y envia|enviad[oa] a la|entrega de|se remitio al");
  private static final Pattern FECHA_DE_PORTADA = Pattern.compile("^\\d{1,2}-\\d{1,2}-\\d{4}$");
  private static final Pattern INTERNO_EN_LISTA =
      Pattern.compile(
          "oficio interno ([A-Z0-9/ -]+?),\\s*(?:.*?titular de la ([^,]+),|de la ([^:,]+):)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENVIO_FECHADO =
      Pattern.compile("se envia|se envian|se elabora y envia|se remitio al");
  private static final Pattern EN_ATENCION_AL_OFICIO = Pattern.compile("^en atencion al oficio ");
  private static final Pattern ACOMPANARON = Pattern.compile("^acompanaron al oficio");
  private static final Pattern PENDIENTE = Pattern.compile("se trabaja en la elaboracion");
  private static final Pattern AVANCE_DE_ENTREGA =
      Pattern.compile("\\bavances?\\b[^.;]{0,200}?\\bentrega de");
  private static final Pattern TITULO_PERSONA =
      Pattern.compile(
          "^(?:(?:L\\.\\s?I\\.|Ing\\.|Lic\\.|Mtro\\.|Mtra\\.|Dr\\.|Dra\\.|C\\.)\\s*)?"
              + "(\\p{Lu}[\\p{L}]+(?:\\s+(?:de|del|la|las|los|y|\\p{Lu}[\\p{L}]+)){1,6})$");
  private static final Pattern SECRETARIO = Pattern.compile("^secretari[oa] tecnic[oa]");
  private static final Pattern PERIODO =
      Pattern.compile(
          "(?:informe (?:del mes de|correspondiente al mes de|de)|correspondiente al mes de)"
              + " (enero|febrero|marzo|abril|mayo"
              + "|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)");
  private static final List<String> ORDINALES =
      List.of(
          "primera", "segunda", "tercera", "cuarta", "quinta", "sexta", "septima", "octava",
          "novena", "decima");

  private final Map<String, String> entidades;

  /**
   * @param entidades las entidades registradas: su nombre y sus alias se buscan en la portada
   */
  public FactRecognizer(List<Entidad> entidades) {
    this.entidades = new LinkedHashMap<>();
    for (Entidad entidad : entidades) {
      this.entidades.put(Texto.simple(entidad.getNombre()), entidad.getNombre());
      for (String alias : entidad.alias()) {
        if (alias.length() > 4) {
          this.entidades.put(Texto.simple(alias), entidad.getNombre());
        }
      }
    }
  }

  /** Los hechos del informe; {@code dados} (o {@code null}) manda sobre la portada. */
  public LecturaDelInforme reconocer(TextoDelInforme texto, Portada dados) {
    Lectura lectura = new Lectura(texto, dados);
    lectura.leer();
    return new LecturaDelInforme(lectura.portada, lectura.propuestas());
  }

  /** El estado de la lectura de un informe. */
  private final class Lectura {

    private final List<Parrafo> parrafos;
    private final List<String> simples = new ArrayList<>();
    private final Portada portada;
    private final int ano;
    private final int desplazamiento;
    private final boolean delCotaprep;
    private final String organoDelInforme;
    private final String procesoNacional;

    private final Map<String, Propuesta> oficios = new LinkedHashMap<>();
    private final Map<String, Propuesta> acuerdos = new LinkedHashMap<>();
    private final Map<String, Propuesta> sesiones = new LinkedHashMap<>();
    private final Map<String, Propuesta> entregables = new LinkedHashMap<>();
    private final Map<String, Propuesta> integrantes = new LinkedHashMap<>();
    private final List<Envio> envios = new ArrayList<>();
    private final Map<String, Set<String>> entregablesDeOficio = new HashMap<>();
    private String ultimoEnviado;
    private final Set<String> respondidos = new java.util.HashSet<>();

    /**
     * El oficio que nombra el enunciado en curso al empezar «En atención al Oficio …»: el que
     * contesta lo que el enunciado dice recibido o remitido (así escribe el informe generado cada
     * respuesta, bajo su carta).
     */
    private String cartaAtendida;

    Lectura(TextoDelInforme texto, Portada dados) {
      this.parrafos = texto.parrafos();
      for (Parrafo p : parrafos) {
        simples.add(Texto.simple(p.texto()));
      }
      this.ano = anoDelInforme();
      this.desplazamiento = ano < 2023 ? 1 : 0;
      String cabeza = cabeza();
      this.delCotaprep =
          cabeza.contains("comite tecnico asesor") && !cabeza.contains("informe del mes");
      this.organoDelInforme =
          cabeza.contains("grupo de trabajo") ? "Grupo de Trabajo COTSPEL" : null;
      this.portada = leerPortada(cabeza).conDatos(dados);
      this.procesoNacional = procesoNacional();
    }

    /**
     * El proceso del INE al que pertenecen los acuerdos del INE que cita el informe de un OPL: el
     * de los años del proceso del informe, «Concurrentes» si el informe habla de los procesos
     * locales concurrentes con el federal (como los nombra la demostración: «Procesos Electorales
     * Locales Concurrentes 2023-2024»). El proceso se reconoce por sus años al importar.
     */
    private String procesoNacional() {
      if (portada.proceso() == null) {
        return null;
      }
      Matcher anos = ANOS_DEL_PROCESO.matcher(portada.proceso());
      if (!anos.find()) {
        return null;
      }
      boolean concurrentes =
          simples.stream().anyMatch(s -> s.contains("concurrentes con el federal"));
      return "Procesos Electorales Locales " + (concurrentes ? "Concurrentes " : "") + anos.group();
    }

    /** El envío de uno o varios entregables al INE, con o sin oficio. */
    private record Envio(
        Set<String> codigos,
        LocalDate fecha,
        String oficio,
        String periodo,
        String estado,
        String fuente,
        Certeza certeza) {}

    // ---- portada ----

    private String cabeza() {
      StringBuilder cabeza = new StringBuilder();
      for (int i = 0; i < Math.min(PORTADA, simples.size()); i++) {
        cabeza.append(simples.get(i)).append(' ');
      }
      return cabeza.toString().replaceAll("\\s+", " ");
    }

    private Portada leerPortada(String cabeza) {
      String entidad = null;
      int donde = Integer.MAX_VALUE;
      for (Map.Entry<String, String> e : entidades.entrySet()) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b").matcher(cabeza);
        if (m.find() && m.start() < donde && !e.getValue().equals("INE")) {
          donde = m.start();
          entidad = e.getValue();
        }
      }
      if (entidad == null
          && (cabeza.contains("cotspel")
              || cabeza.contains("comision temporal para el seguimiento"))) {
        entidad = "INE";
      }
      String proceso = null;
      Matcher p = PROCESO.matcher(cabeza);
      if (p.find()) {
        proceso = comoTitulo(p.group());
      }
      YearMonth mes = null;
      Matcher m = MES_DEL_INFORME.matcher(cabeza);
      if (m.find()) {
        int numero = Meses.buscar(m.group(1)).orElseThrow().mes();
        mes = YearMonth.of(ano, numero);
      }
      return new Portada(entidad, proceso, mes);
    }

    private static String comoTitulo(String simple) {
      StringBuilder titulo = new StringBuilder();
      for (String palabra : simple.split("\\s+")) {
        if (titulo.length() > 0) {
          titulo.append(' ');
        }
        titulo.append(Character.toUpperCase(palabra.charAt(0))).append(palabra.substring(1));
      }
      return titulo.toString();
    }

    /** El año en que se escribió el informe: el más frecuente de sus fechas con año. */
    private int anoDelInforme() {
      Map<Integer, Integer> veces = new HashMap<>();
      for (Parrafo p : parrafos) {
        for (FechaEnTexto f : FechaEnTexto.en(p.texto(), 2000)) {
          if (!f.inferida()) {
            veces.merge(f.fecha().getYear(), 1, Integer::sum);
          }
        }
      }
      return veces.entrySet().stream()
          .max(
              (a, b) ->
                  a.getValue().equals(b.getValue())
                      ? Integer.compare(a.getKey(), b.getKey())
                      : Integer.compare(a.getValue(), b.getValue()))
          .map(Map.Entry::getKey)
          .orElse(LocalDate.now().getYear());
    }

    // ---- recorrido ----

    void leer() {
      for (int i = 0; i < parrafos.size(); i++) {
        Parrafo p = parrafos.get(i);
        if (p.esFila()) {
          tablaDeReuniones(i);
          continue;
        }
        List<Integer> elementos = new ArrayList<>();
        for (int j = i + 1; j < parrafos.size() && parrafos.get(j).esLista(); j++) {
          elementos.add(j);
        }
        if (!p.esLista()) {
          anexos(i, elementos);
          oficios(i, elementos);
          enviosSinOficio(i);
          firma(i);
        }
        acuerdos(i);
        sesiones(i, elementos);
        tablaDeIntegrantes(i);
      }
      fechasDeAcuerdosPorSesion();
      elPropioInforme();
      entregablesDeLosEnvios();
    }

    List<Propuesta> propuestas() {
      List<Propuesta> todas = new ArrayList<>();
      todas.addAll(acuerdos.values());
      todas.addAll(oficios.values());
      todas.addAll(sesiones.values());
      todas.addAll(entregables.values());
      todas.addAll(integrantes.values());
      return todas;
    }

    private Map<String, String> campos() {
      Map<String, String> campos = new LinkedHashMap<>();
      campos.put("Entidad", portada.entidad());
      campos.put("Proceso", portada.proceso());
      return campos;
    }

    private String fuente(int i, List<Integer> elementos) {
      StringBuilder fuente = new StringBuilder(parrafos.get(i).texto());
      for (int j : elementos) {
        fuente.append('\n').append(parrafos.get(j).texto());
      }
      return Texto.acotado(fuente.toString(), FUENTE_MAXIMA);
    }

    private static String dia(LocalDate fecha) {
      return fecha == null ? null : DIA.format(fecha);
    }

    // ---- oficios ----

    private void oficios(int i, List<Integer> elementos) {
      String texto = parrafos.get(i).texto();
      String simple = simples.get(i);
      List<ClaveEnTexto> claves =
          ClaveEnTexto.en(texto).stream().filter(c -> !c.acuerdo()).toList();
      if (claves.isEmpty()) {
        return;
      }
      List<FechaEnTexto> fechas = FechaEnTexto.en(texto, ano);
      cartaAtendida =
          EN_ATENCION_AL_OFICIO.matcher(simple).find() && claves.get(0).inicio() < 30
              ? claves.get(0).clave()
              : null;
      List<String> enviadosAqui = new ArrayList<>();
      List<String> referidos = new ArrayList<>();
      String fuente = fuente(i, elementos);
      for (int k = 0; k < claves.size(); k++) {
        ClaveEnTexto clave = claves.get(k);
        int desde = k == 0 ? 0 : claves.get(k - 1).fin();
        int hasta = k + 1 < claves.size() ? claves.get(k + 1).inicio() : texto.length();
        String izquierda = simple.substring(desde, clave.inicio());
        String region = simple.substring(desde, hasta);
        if (INTERNO
            .matcher(simple.substring(Math.max(0, clave.inicio() - 20), clave.inicio()))
            .find()) {
          continue;
        }
        if (clave.delIne() && !RECIBIDO.matcher(izquierda).find()) {
          if (CONTESTADO.matcher(izquierda).find() && !enviadosAqui.isEmpty()) {
            String enviado = enviadosAqui.get(enviadosAqui.size() - 1);
            sinFecha(clave, enviado, simple.substring(clave.fin(), hasta), fuente);
          } else if (REFERENCIA.matcher(region).find() || !enviadosAqui.isEmpty()) {
            referidos.add(clave.clave());
          }
          continue;
        }
        if (clave.delIne()) {
          recibido(clave, izquierda, region, fechas, desde, enviadosAqui, simple, fuente, i);
        } else {
          FechaEnTexto fecha = anterior(fechas, clave.inicio(), 0);
          if (fecha == null) {
            fecha = siguiente(fechas, clave.fin(), texto.length());
          }
          if (fecha == null) {
            continue;
          }
          boolean ultimo = k + 1 == claves.size();
          enviado(clave, fecha, texto, simple, region, ultimo ? elementos : List.of(), fuente, i);
          enviadosAqui.add(clave.clave());
        }
      }
      // Los oficios del INE que un enviado cita (los que se compartieron o que contesta): se
      // recibieron, aunque el informe no diga cuándo.
      for (String referido : referidos) {
        ClaveEnTexto citada =
            claves.stream().filter(c -> c.clave().equals(referido)).findFirst().orElseThrow();
        sinFecha(citada, null, "", fuente);
      }
      // Las respuestas a oficios del INE citadas junto a los enviados: en el orden en que se
      // nombran; con más de una, el emparejamiento es inferido.
      if (!referidos.isEmpty() && !enviadosAqui.isEmpty()) {
        boolean porOrden = referidos.size() == enviadosAqui.size() && referidos.size() > 1;
        for (int k = 0; k < enviadosAqui.size(); k++) {
          String referido =
              referidos.size() == enviadosAqui.size()
                  ? referidos.get(k)
                  : referidos.get(referidos.size() - 1);
          Propuesta p = oficios.get(enviadosAqui.get(k));
          if (p != null && p.campo("En respuesta a") == null) {
            p = p.con("En respuesta a", referido);
            if (porOrden) {
              p =
                  baja(p)
                      .con(
                          "Notas",
                          juntar(
                              p.campo("Notas"),
                              "El informe menciona juntos los oficios "
                                  + String.join(" y ", enviadosAqui)
                                  + " y "
                                  + String.join(" y ", referidos)
                                  + "; la correspondencia uno a uno se infiere del orden."));
            }
            oficios.put(p.clave(), p);
          }
        }
      }
    }

    private void enviado(
        ClaveEnTexto clave,
        FechaEnTexto fecha,
        String texto,
        String simple,
        String region,
        List<Integer> elementos,
        String fuente,
        int i) {
      StringBuilder conElementos = new StringBuilder(region);
      for (int j : elementos) {
        conElementos.append(' ').append(simples.get(j));
      }
      Set<String> codigos = EntregablesCitados.porNombre(conElementos.toString());
      if (codigos.isEmpty()) {
        codigos = EntregablesCitados.porPunto(simple, desplazamiento);
      }
      Certeza certeza = fecha.inferida() ? Certeza.BAJA : Certeza.ALTA;
      Map<String, String> campos = campos();
      campos.put("Número", clave.clave());
      campos.put("Fecha", dia(fecha.fecha()));
      campos.put("Sentido", "Enviado al INE");
      campos.put("Remitente", remitente(clave));
      campos.put("Destinatario", AL_INE.matcher(simple).find() ? "UNICOM" : null);
      campos.put("Asunto", asunto(texto, clave, elementos));
      campos.put("Entregables", String.join(",", codigos));
      String resultado = null;
      if (ATENDIDAS.matcher(region).find()) {
        resultado = "Observaciones atendidas";
        String atendido = ultimoConObservaciones(codigos);
        if (atendido != null) {
          campos.put("En respuesta a", atendido);
          certeza = Certeza.BAJA;
        }
      }
      campos.put("Resultado", resultado);
      String puntos = EntregablesCitados.puntosCitados(simple);
      if (puntos != null) {
        campos.put(
            "Notas",
            "Con fundamento en "
                + (puntos.matches("\\d+") ? "el punto " : "los puntos ")
                + puntos
                + " del numeral 33 de los Lineamientos del PREP"
                + (desplazamiento == 1 ? " (numeración anterior a INE/CG825/2022)." : "."));
      }
      List<String> anexos = new ArrayList<>();
      for (int j : elementos) {
        for (ClaveEnTexto anexo : ClaveEnTexto.en(parrafos.get(j).texto())) {
          if (!anexos.contains(anexo.clave())) {
            anexos.add(anexo.clave());
          }
        }
      }
      campos.put("Anexos", anexos.isEmpty() ? null : String.join("; ", anexos));
      if (!oficios.containsKey(clave.clave())) {
        oficios.put(
            clave.clave(), new Propuesta("Oficios", clave.clave(), campos, fuente, certeza));
        for (int j : elementos) {
          interno(j, clave.clave(), campos.get("Remitente"), codigos);
        }
        entregablesDeOficio.put(clave.clave(), codigos);
        ultimoEnviado = clave.clave();
        String periodo =
            codigos.contains("E03") ? periodo(conElementos.toString(), fecha.fecha()) : null;
        envios.add(
            new Envio(codigos, fecha.fecha(), clave.clave(), periodo, resultado, fuente, certeza));
      }
    }

    /**
     * «Acompañaron al oficio los documentos siguientes:» y su lista, tras el enunciado de un oficio
     * enviado: sus anexos, y cada «Oficio interno …, de la …:» como oficio interno.
     */
    private void anexos(int i, List<Integer> elementos) {
      if (ultimoEnviado == null || !ACOMPANARON.matcher(simples.get(i)).find()) {
        return;
      }
      Propuesta enviado = oficios.get(ultimoEnviado);
      List<String> anexos = new ArrayList<>();
      for (int j : elementos) {
        ClaveEnTexto.en(parrafos.get(j).texto()).stream()
            .map(ClaveEnTexto::clave)
            .filter(c -> !anexos.contains(c))
            .forEach(anexos::add);
        interno(
            j,
            ultimoEnviado,
            enviado.campo("Remitente"),
            entregablesDeOficio.getOrDefault(ultimoEnviado, Set.of()));
      }
      if (enviado.campo("Anexos") == null && !anexos.isEmpty()) {
        oficios.put(ultimoEnviado, enviado.con("Anexos", String.join("; ", anexos)));
      }
    }

    /**
     * Un oficio del INE que el informe nombra sin fecha: la respuesta a un enviado («mismo que fue
     * contestado … a través de oficio …») o uno que un enviado cita.
     */
    private void sinFecha(ClaveEnTexto clave, String responde, String derecha, String fuente) {
      if (oficios.containsKey(clave.clave())) {
        return;
      }
      Map<String, String> campos = campos();
      campos.put("Número", clave.clave());
      campos.put("Sentido", "Recibido del INE");
      campos.put("Remitente", clave.segmento(1));
      String destino = responde != null ? responde : ultimoEnviado;
      campos.put(
          "Destinatario", destino == null ? null : destino.substring(0, destino.indexOf('/')));
      String resultado = null;
      if (responde != null) {
        campos.put(
            "Entregables", String.join(",", entregablesDeOficio.getOrDefault(responde, Set.of())));
        campos.put("En respuesta a", responde);
        resultado =
            derecha.contains("impactadas") || ATENDIDAS.matcher(derecha).find()
                ? "Observaciones atendidas"
                : SIN_OBSERVACIONES.matcher(derecha).find()
                    ? "Sin observaciones"
                    : OBSERVACIONES.matcher(derecha).find() ? "Con observaciones" : null;
      }
      campos.put("Resultado", resultado);
      campos.put("Asunto", Texto.acotado(Texto.enunciado(fuente.split("\n", 2)[0]), 2000));
      campos.put("Notas", "El informe no da la fecha del oficio.");
      oficios.put(
          clave.clave(), new Propuesta("Oficios", clave.clave(), campos, fuente, Certeza.ALTA));
    }

    /**
     * Un oficio interno que un enviado remite como anexo («Oficio interno DEIE/032/2020, firmado
     * por …, Titular de la Dirección Ejecutiva …»): sin fecha; su destinatario, quien lo remite, es
     * inferido.
     */
    private void interno(int j, String enviado, String remitenteDelEnvio, Set<String> codigos) {
      Matcher m = INTERNO_EN_LISTA.matcher(parrafos.get(j).texto());
      if (!m.find()) {
        return;
      }
      String numero = mx.seguimientoprep.domain.ClaveDocumento.normalizar("Número", m.group(1));
      if (oficios.containsKey(numero)) {
        return;
      }
      Map<String, String> campos = campos();
      campos.put("Número", numero);
      campos.put("Sentido", "Interno");
      campos.put("Remitente", (m.group(2) != null ? m.group(2) : m.group(3)).strip());
      campos.put("Destinatario", remitenteDelEnvio);
      campos.put(
          "Asunto",
          Texto.acotado(
              Texto.enunciado(parrafos.get(j).texto().replaceFirst("^[-•]\\s*", "")), 2000));
      campos.put("Entregables", String.join(",", codigos));
      campos.put("Notas", "Anexo del oficio " + enviado + "; el informe no da su fecha.");
      oficios.put(
          numero, new Propuesta("Oficios", numero, campos, parrafos.get(j).texto(), Certeza.BAJA));
    }

    private void recibido(
        ClaveEnTexto clave,
        String izquierda,
        String region,
        List<FechaEnTexto> fechas,
        int desde,
        List<String> enviadosAqui,
        String simple,
        String fuente,
        int i) {
      FechaEnTexto fecha = anterior(fechas, clave.inicio(), desde);
      if (fecha == null && cartaAtendida != null && oficios.containsKey(cartaAtendida)) {
        // «En atención al Oficio …, sin fecha indicada, fue recibido el Oficio …».
        sinFecha(clave, cartaAtendida, region.substring(clave.fin() - desde), fuente);
        return;
      }
      if (fecha == null) {
        return;
      }
      if (oficios.containsKey(clave.clave())) {
        otraCartaQueContesta(clave.clave(), enviadosAqui, region);
        return;
      }
      Certeza certeza = fecha.inferida() ? Certeza.BAJA : Certeza.ALTA;
      String responde = null;
      Set<String> nombrados = EntregablesCitados.porNombre(region);
      List<String> porEntregable = new ArrayList<>();
      for (Propuesta p : oficios.values()) {
        if ("Enviado al INE".equals(p.campo("Sentido"))
            && !respondidos.contains(p.clave())
            && entregablesDeOficio.getOrDefault(p.clave(), Set.of()).stream()
                .anyMatch(nombrados::contains)) {
          porEntregable.add(p.clave());
        }
      }
      if (enviadosAqui.isEmpty() && porEntregable.size() > 1) {
        // Una respuesta que se pronuncia sobre lo remitido en varios oficios los contesta a todos.
        responde = String.join("; ", porEntregable);
      } else if (!enviadosAqui.isEmpty()) {
        responde = enviadosAqui.get(enviadosAqui.size() - 1);
      } else if (ultimoEnviado != null) {
        responde = ultimoEnviado;
        if (!RESPUESTA_ANTERIOR.matcher(simple).find()) {
          certeza = Certeza.BAJA;
        }
      }
      Set<String> codigos = nombrados;
      if (codigos.isEmpty() && responde != null) {
        codigos = entregablesDeOficio.getOrDefault(responde, Set.of());
      }
      if (responde != null) {
        respondidos.addAll(List.of(responde.split("; ")));
      }
      String resultado = resultado(region);
      Map<String, String> campos = campos();
      campos.put("Número", clave.clave());
      campos.put("Fecha", dia(fecha.fecha()));
      campos.put("Sentido", "Recibido del INE");
      campos.put("Remitente", clave.segmento(1));
      campos.put(
          "Destinatario", responde == null ? null : responde.substring(0, responde.indexOf('/')));
      campos.put("Asunto", asuntoRecibido(parrafos.get(i).texto(), clave));
      campos.put("Entregables", String.join(",", codigos));
      campos.put("En respuesta a", responde);
      campos.put("Resultado", resultado);
      campos.put("Notas", "Fecha de recepción en el OPL; el informe no da la fecha del oficio.");
      oficios.put(clave.clave(), new Propuesta("Oficios", clave.clave(), campos, fuente, certeza));
      entregablesDeOficio.put(clave.clave(), codigos);
    }

    /**
     * Un oficio del INE ya leído que vuelve a nombrarse como recibido «En atención al Oficio …» de
     * otra carta: contesta también a esa (así escribe el informe generado una respuesta a dos
     * cartas, una vez bajo cada una). Se agrega a «En respuesta a» y sus entregables a los de la
     * respuesta; el resultado, si la primera mención no lo daba, es el de esta.
     */
    private void otraCartaQueContesta(String numero, List<String> enviadosAqui, String region) {
      Propuesta p = oficios.get(numero);
      if ((enviadosAqui.isEmpty() && cartaAtendida == null)
          || !"Recibido del INE".equals(p.campo("Sentido"))) {
        return;
      }
      String carta =
          cartaAtendida != null ? cartaAtendida : enviadosAqui.get(enviadosAqui.size() - 1);
      List<String> contesta =
          p.campo("En respuesta a") == null
              ? new ArrayList<>()
              : new ArrayList<>(List.of(p.campo("En respuesta a").split("; ")));
      if (contesta.contains(carta)) {
        return;
      }
      contesta.add(carta);
      Set<String> codigos = new TreeSet<>(entregablesDeOficio.getOrDefault(numero, Set.of()));
      codigos.addAll(entregablesDeOficio.getOrDefault(carta, Set.of()));
      respondidos.add(carta);
      entregablesDeOficio.put(numero, codigos);
      Propuesta unida =
          p.con("En respuesta a", String.join("; ", contesta))
              .con("Entregables", String.join(",", codigos));
      if (unida.campo("Resultado") == null) {
        unida = unida.con("Resultado", resultado(region));
      }
      oficios.put(numero, unida);
    }

    private String ultimoConObservaciones(Set<String> codigos) {
      String ultimo = null;
      for (Propuesta p : oficios.values()) {
        if ("Con observaciones".equals(p.campo("Resultado"))
            && p.campo("Entregables") != null
            && codigos.stream().anyMatch(c -> p.campo("Entregables").contains(c))) {
          ultimo = p.clave();
        }
      }
      return ultimo;
    }

    /** El resultado que un enunciado da a una respuesta del INE, o {@code null}. */
    private static String resultado(String region) {
      return SIN_OBSERVACIONES.matcher(region).find()
          ? "Sin observaciones"
          : OBSERVACIONES.matcher(region).find() ? "Con observaciones" : null;
    }

    private static String juntar(String antes, String nota) {
      return antes == null ? nota : antes + " " + nota;
    }

    private static String remitente(ClaveEnTexto clave) {
      String area = clave.segmento(1);
      if (area.equals("SE")) {
        return "Secretaría Ejecutiva del " + clave.segmento(0);
      }
      if (area.equals("UTC")) {
        return "Unidad Técnica de Cómputo";
      }
      return area.chars().allMatch(Character::isLetter) ? area : clave.segmento(0);
    }

    private String asunto(String texto, ClaveEnTexto clave, List<Integer> elementos) {
      if (!elementos.isEmpty() && texto.strip().endsWith(":")) {
        List<String> lista = new ArrayList<>();
        for (int j : elementos) {
          lista.add(parrafos.get(j).texto().replaceFirst("^\\s*(?:[-•▪◦*·]|\\d{1,3}[.)])\\s+", ""));
        }
        return Texto.acotado("Remite: " + String.join(" ", lista), 2000);
      }
      String derecha = texto.substring(clave.fin());
      Matcher corte = CORTE_ASUNTO.matcher(Texto.simple(derecha));
      if (corte.find()) {
        derecha = derecha.substring(0, corte.start());
      }
      Matcher inicio = INICIO_ASUNTO.matcher(Texto.simple(derecha));
      if (inicio.find()) {
        derecha = derecha.substring(inicio.end());
      }
      if (derecha.strip().length() >= 15) {
        return Texto.acotado(Texto.enunciado(derecha), 2000);
      }
      return Texto.acotado(Texto.enunciado(texto), 2000);
    }

    private static String asuntoRecibido(String texto, ClaveEnTexto clave) {
      String simple = Texto.simple(texto);
      int desde = simple.indexOf("mediante el cual", clave.fin());
      if (desde < 0) {
        desde = simple.indexOf("por el que", clave.fin());
      }
      if (desde >= 0) {
        String resto =
            texto.substring(desde).replaceFirst("^(?i)(mediante el cual|por el que)\\s+", "");
        return Texto.acotado(Texto.enunciado(resto), 2000);
      }
      return Texto.acotado(Texto.enunciado(texto), 2000);
    }

    private String periodo(String simple, LocalDate envio) {
      Matcher m = PERIODO.matcher(simple);
      if (!m.find()) {
        return null;
      }
      int mes = Meses.buscar(m.group(1)).orElseThrow().mes();
      int delAno = envio == null ? ano : envio.getYear();
      if (envio != null && mes > envio.getMonthValue()) {
        delAno--;
      }
      return YearMonth.of(delAno, mes).toString();
    }

    // ---- envíos sin número de oficio ----

    private void enviosSinOficio(int i) {
      String texto = parrafos.get(i).texto();
      String simple = simples.get(i);
      if (ClaveEnTexto.en(texto).stream().anyMatch(c -> !c.acuerdo())) {
        return;
      }
      Set<String> codigos = EntregablesCitados.porNombre(simple);
      if (codigos.isEmpty()) {
        return;
      }
      if (PENDIENTE.matcher(simple).find()) {
        for (String codigo : codigos) {
          if (!codigo.equals("E04")) {
            envios.add(
                new Envio(Set.of(codigo), null, null, null, "Pendiente", texto, Certeza.BAJA));
          }
        }
        return;
      }
      if (!ENVIO_SIN_OFICIO.matcher(simple).find()) {
        if (simple.contains("atendidas las observaciones")) {
          envios.add(
              new Envio(codigos, null, null, null, "Observaciones atendidas", texto, Certeza.BAJA));
        }
        return;
      }
      if (!AL_INE.matcher(simple).find() && !simple.contains("entrega de")) {
        return;
      }
      Matcher avance = AVANCE_DE_ENTREGA.matcher(simple);
      if (avance.find() && !ENVIO_FECHADO.matcher(simple).find()) {
        // «se presentaron los avances …, como la entrega de prototipo navegable»: un avance del
        // trabajo, no un envío al INE.
        for (String codigo : EntregablesCitados.porNombre(simple.substring(avance.start()))) {
          envios.add(new Envio(Set.of(codigo), null, null, null, "Pendiente", texto, Certeza.BAJA));
        }
        return;
      }
      List<FechaEnTexto> fechas = FechaEnTexto.en(texto, ano);
      // Solo «se envía» fecha el envío; «fue enviado» o «la entrega de» lo cuentan sin fecharlo.
      FechaEnTexto fecha =
          fechas.isEmpty() || !ENVIO_FECHADO.matcher(simple).find() ? null : fechas.get(0);
      envios.add(
          new Envio(
              codigos,
              fecha == null ? null : fecha.fecha(),
              null,
              codigos.contains("E03")
                  ? periodo(simple, fecha == null ? null : fecha.fecha())
                  : null,
              "Enviado",
              texto,
              Certeza.BAJA));
    }

    /**
     * El informe mensual es él mismo el entregable E03 de su mes, presentado en la fecha de su
     * portada: que se remitió ese día es inferido.
     */
    private void elPropioInforme() {
      if (portada.mes() == null) {
        return;
      }
      for (int i = 0; i < Math.min(PORTADA, parrafos.size()); i++) {
        if (!FECHA_DE_PORTADA.matcher(parrafos.get(i).texto()).find()) {
          continue;
        }
        for (FechaEnTexto f : FechaEnTexto.en(parrafos.get(i).texto(), ano)) {
          if (!f.inferida()) {
            envios.add(
                new Envio(
                    Set.of("E03"),
                    f.fecha(),
                    null,
                    portada.mes().toString(),
                    "Enviado",
                    parrafos.get(i).texto(),
                    Certeza.BAJA));
            return;
          }
        }
      }
    }

    private void entregablesDeLosEnvios() {
      for (Envio envio : envios) {
        for (String codigo : envio.codigos()) {
          // Solo el informe mensual (E03) tiene periodo.
          String periodo = codigo.equals("E03") ? envio.periodo() : null;
          String clave = codigo + (periodo == null ? "" : " " + periodo);
          Propuesta antes = entregables.get(clave);
          String respuesta = envio.oficio() == null ? null : respuestaA(envio.oficio(), codigo);
          String estado = estado(envio, respuesta);
          if (antes != null) {
            if (envio.oficio() == null
                && envio.fecha() != null
                && antes.campo("Oficio de envío") == null) {
              entregables.put(clave, baja(antes.con("Fecha de envío", dia(envio.fecha()))));
            } else if (rango(estado) > rango(antes.campo("Estado"))) {
              entregables.put(clave, antes.con("Estado", estado));
            }
            continue;
          }
          Map<String, String> campos = campos();
          campos.put("Entregable", codigo);
          campos.put("Periodo", periodo);
          campos.put("Estado", estado);
          campos.put("Fecha de envío", dia(envio.fecha()));
          campos.put("Oficio de envío", envio.oficio());
          campos.put("Oficio de respuesta", respuesta);
          campos.put("Observaciones", Texto.acotado(envio.fuente(), 500));
          Certeza certeza = envio.certeza();
          if (envio.oficio() == null) {
            certeza = Certeza.BAJA;
          }
          entregables.put(
              clave, new Propuesta("Entregables", clave, campos, envio.fuente(), certeza));
        }
      }
    }

    private String respuestaA(String oficio, String codigo) {
      // La respuesta que dice contestar al oficio manda; si ninguna lo dice, la siguiente que habla
      // del entregable.
      for (Propuesta p : oficios.values()) {
        if ("Recibido del INE".equals(p.campo("Sentido"))
            && p.campo("En respuesta a") != null
            && List.of(p.campo("En respuesta a").split("; ")).contains(oficio)
            && p.campo("Entregables") != null
            && List.of(p.campo("Entregables").split(",")).contains(codigo)) {
          return p.clave();
        }
      }
      boolean despues = false;
      for (Propuesta p : oficios.values()) {
        if (p.clave().equals(oficio)) {
          despues = true;
        } else if (despues
            && "Recibido del INE".equals(p.campo("Sentido"))
            && p.campo("Entregables") != null
            && List.of(p.campo("Entregables").split(",")).contains(codigo)) {
          return p.clave();
        }
      }
      return null;
    }

    private String estado(Envio envio, String respuesta) {
      if (envio.estado() != null) {
        return envio.estado();
      }
      if (respuesta != null) {
        String resultado = oficios.get(respuesta).campo("Resultado");
        if (resultado != null) {
          return resultado;
        }
      }
      return "Enviado";
    }

    private static int rango(String estado) {
      return switch (estado == null ? "" : estado) {
        case "Pendiente" -> 0;
        case "Enviado" -> 1;
        case "Con observaciones", "Sin observaciones" -> 2;
        case "Observaciones atendidas" -> 3;
        default -> 0;
      };
    }

    // ---- acuerdos ----

    private void acuerdos(int i) {
      Parrafo p = parrafos.get(i);
      String texto = p.texto();
      String simple = simples.get(i);
      for (ClaveEnTexto clave : ClaveEnTexto.en(texto)) {
        if (!clave.acuerdo() || acuerdos.containsKey(clave.clave())) {
          continue;
        }
        String antes = simple.substring(Math.max(0, clave.inicio() - 160), clave.inicio());
        String despues = simple.substring(clave.fin(), Math.min(simple.length(), clave.fin() + 60));
        boolean encabeza = p.esLista() && clave.inicio() <= 6;
        if (!encabeza && !EMISION.matcher(antes).find() && !despues.contains("aprob")) {
          continue;
        }
        if (antes.contains("se envia") || antes.contains("remitio")) {
          continue;
        }
        String organo = null;
        if (clave.delIne()) {
          organo = "Consejo General del INE";
        } else if (simple.contains("consejo general")
            || simple.contains("organo maximo de direccion")
            || (p.esLista() && contextoDeLista(i).contains("consejo general"))) {
          organo = "Consejo General";
        } else if (simple.contains("comision")) {
          organo = "Comisión del PREP";
        }
        FechaEnTexto fecha = null;
        String delMes = null;
        if (p.esLista() && contextoDeLista(i).contains("mes de") && portada.mes() != null) {
          // «Por lo que respecta al mes de marzo, … emitió los siguientes acuerdos»: solo el mes.
          delMes = portada.mes().toString();
        }
        if (!p.esLista()) {
          List<FechaEnTexto> fechas = FechaEnTexto.en(texto, ano);
          fecha = anterior(fechas, clave.inicio(), 0);
          if (fecha == null) {
            fecha = siguiente(fechas, clave.fin(), texto.length());
          }
        }
        String sesion = null;
        Matcher s =
            Pattern.compile("sesion (ordinaria|extraordinaria)(?: numero (\\d+))?").matcher(simple);
        if (s.find() && !p.esLista()) {
          sesion =
              (s.group(1).equals("ordinaria") ? "Ordinaria" : "Extraordinaria")
                  + (s.group(2) == null ? "" : " número " + s.group(2));
        }
        int hasta = texto.length();
        for (ClaveEnTexto otra : ClaveEnTexto.en(texto)) {
          if (otra.inicio() > clave.fin()) {
            hasta = Math.min(hasta, otra.inicio());
          }
        }
        String entorno =
            encabeza ? simple : simple.substring(Math.max(0, clave.inicio() - 400), hasta);
        Set<String> codigos = EntregablesCitados.porNombre(entorno);
        if (codigos.isEmpty()) {
          codigos = EntregablesCitados.porPunto(simple, desplazamiento);
        }
        Map<String, String> campos = campos();
        Certeza certeza = fecha != null && fecha.inferida() ? Certeza.BAJA : Certeza.ALTA;
        if (clave.delIne() && !"INE".equals(portada.entidad())) {
          // Un acuerdo del Consejo General del INE que cita el informe de un OPL: se registra en
          // el proceso nacional de los años del informe, que el informe no nombra (inferido), y
          // no es entregable del OPL.
          campos.put("Entidad", "INE");
          campos.put("Proceso", procesoNacional);
          codigos = Set.of();
          certeza = Certeza.BAJA;
        }
        campos.put("Clave", clave.clave());
        campos.put("Fecha", fecha == null ? delMes : dia(fecha.fecha()));
        campos.put("Órgano", organo);
        campos.put("Sesión", sesion);
        campos.put("Entregable", codigos.isEmpty() ? null : codigos.iterator().next());
        campos.put("Descripción", descripcion(texto, clave, encabeza, organo));
        acuerdos.put(
            clave.clave(),
            new Propuesta("Acuerdos", clave.clave(), campos, fuente(i, List.of()), certeza));
      }
    }

    private String contextoDeLista(int i) {
      for (int j = i - 1; j >= 0; j--) {
        if (!parrafos.get(j).esLista()) {
          return simples.get(j);
        }
      }
      return "";
    }

    private static String descripcion(
        String texto, ClaveEnTexto clave, boolean encabeza, String organo) {
      if (encabeza) {
        return Texto.acotado(
            Texto.enunciado(texto.substring(clave.fin()).replaceFirst("^[.\\s]+", "")), 2000);
      }
      Matcher titulo = Pattern.compile("[“\"]([^”\"]{20,})[”\"]").matcher(texto);
      String mejor = null;
      while (titulo.find()) {
        if (titulo.end() <= clave.inicio()) {
          mejor = titulo.group(1);
        }
      }
      if (mejor != null) {
        return Texto.acotado(Texto.enunciado(mejor.strip()), 2000);
      }
      String derecha = texto.substring(clave.fin());
      Matcher corte =
          Pattern.compile("(?i),\\s*(?:quedando|recayendo|mediante el cual se establece)")
              .matcher(derecha);
      if (corte.find()) {
        derecha = derecha.substring(0, corte.start());
      }
      String clausula = derecha.replaceFirst("^[,.\\s]+", "");
      if (clausula.length() < 10) {
        return "Acuerdo " + clave.clave() + ".";
      }
      if (Texto.simple(clausula).startsWith("el ")) {
        return Texto.acotado(Texto.enunciado("Acuerdo por el que " + clausula), 2000);
      }
      return Texto.acotado(
          Texto.enunciado("Acuerdo" + (organo == null ? "" : " del " + organo) + " " + clausula),
          2000);
    }

    /** Un acuerdo sin fecha toma la de la sesión del Consejo General que lo aprobó (inferido). */
    private void fechasDeAcuerdosPorSesion() {
      for (Map.Entry<String, Propuesta> e : acuerdos.entrySet()) {
        Propuesta a = e.getValue();
        if (a.campo("Fecha") != null || a.campo("Entregable") == null) {
          continue;
        }
        for (Propuesta s : sesiones.values()) {
          if ("Consejo General".equals(s.campo("Órgano"))
              && EntregablesCitados.porNombre(Texto.simple(s.fuente()))
                  .contains(a.campo("Entregable"))) {
            String sesion =
                s.campo("Tipo") + (s.campo("Número") == null ? "" : " número " + s.campo("Número"));
            e.setValue(baja(a.con("Fecha", s.campo("Fecha")).con("Sesión", sesion)));
            break;
          }
        }
      }
    }

    // ---- sesiones ----

    private void sesiones(int i, List<Integer> elementos) {
      String texto = parrafos.get(i).texto();
      String simple = simples.get(i);
      List<FechaEnTexto> fechas = FechaEnTexto.en(texto, ano);
      Matcher m = SESION.matcher(simple);
      while (m.find()) {
        if (SESION_NO_CELEBRADA
            .matcher(simple.substring(Math.max(0, m.start() - 80), m.start()))
            .find()) {
          continue;
        }
        // «en su Sesión de Instalación» cita una sesión pasada: su fecha, si la da, va después.
        boolean citada = simple.substring(Math.max(0, m.start() - 7), m.start()).endsWith("en su ");
        FechaEnTexto fecha =
            citada ? siguiente(fechas, m.end(), m.end() + 40) : cercana(fechas, m.start(), m.end());
        if (fecha == null) {
          continue;
        }
        String tipo;
        if (m.group("inst") != null) {
          tipo = "Instalación";
        } else if (m.group("cierre") != null) {
          tipo = "Cierre";
        } else if (m.group("tipo") != null) {
          tipo = m.group("tipo").equals("ordinaria") ? "Ordinaria" : "Extraordinaria";
        } else if (m.group("rtipo").equals("interna")) {
          tipo = "Reunión interna";
        } else {
          tipo = "Reunión de trabajo con partidos";
        }
        Integer numero = null;
        if (m.group("num") != null) {
          numero = Integer.valueOf(m.group("num"));
        } else if (m.group("ord") != null) {
          numero = ORDINALES.indexOf(m.group("ord")) + 1;
        }
        Certeza certeza = fecha.inferida() ? Certeza.BAJA : Certeza.ALTA;
        String organo = organo(simple, m.start(), m.end());
        if ("INE".equals(organo)) {
          continue;
        }
        if (organo == null) {
          organo = delCotaprep || tipo.startsWith("Reunión") ? "COTAPREP" : organoDelInforme;
          certeza = Certeza.BAJA;
        }
        if (organo == null) {
          continue;
        }
        String orden = null;
        if (!elementos.isEmpty()
            && simple.strip().endsWith(":")
            && simple.contains("orden del dia")) {
          List<String> lista = new ArrayList<>();
          for (int j : elementos) {
            lista.add(parrafos.get(j).texto());
          }
          orden = String.join("\n", lista);
        }
        String resultados = resultados(texto, m.end());
        sesion(
            organo,
            tipo,
            numero,
            fecha.fecha(),
            orden,
            resultados,
            fuente(i, orden == null ? List.of() : elementos),
            certeza);
      }
      Matcher aprobado = APROBADO_POR_DICHO_ORGANO.matcher(simple);
      if (aprobado.find()) {
        FechaEnTexto fecha = siguiente(fechas, aprobado.end() - 1, aprobado.end() + 5);
        if (fecha != null) {
          // El plan de trabajo lo aprueba el Comité en su instalación: el tipo es inferido.
          sesion(
              "COTAPREP",
              "Instalación",
              null,
              fecha.fecha(),
              null,
              null,
              fuente(i, List.of()),
              Certeza.BAJA);
        }
      }
    }

    private static String resultados(String texto, int desde) {
      String simple = Texto.simple(texto);
      Matcher m =
          Pattern.compile(
                  "(?:en la cual|en la que|en la misma|con el objeto de|mediante el cual|por el cual|se aprobo|se determino|fue aprobad)")
              .matcher(simple);
      if (m.find(Math.min(desde, simple.length()))) {
        return Texto.acotado(Texto.enunciado(texto.substring(m.start())), 1500);
      }
      return null;
    }

    private void sesion(
        String organo,
        String tipo,
        Integer numero,
        LocalDate fecha,
        String orden,
        String resultados,
        String fuente,
        Certeza certeza) {
      String clave =
          organo + " · " + tipo + (numero == null ? "" : " " + numero) + " · " + dia(fecha);
      String llave = organo + "|" + tipo + "|" + fecha;
      Propuesta antes = sesiones.get(llave);
      if (antes != null) {
        if (antes.campo("Orden del día") == null && orden != null) {
          sesiones.put(llave, antes.con("Orden del día", orden));
        }
        return;
      }
      Map<String, String> campos = campos();
      campos.put("Órgano", organo);
      campos.put("Tipo", tipo);
      campos.put("Número", numero == null ? null : numero.toString());
      campos.put("Fecha", dia(fecha));
      campos.put("Orden del día", orden);
      campos.put("Resultados", resultados);
      sesiones.put(llave, new Propuesta("Sesiones", clave, campos, fuente, certeza));
    }

    /** El órgano nombrado más cerca de la mención; {@code INE} si es el Consejo General del INE. */
    private static String organo(String simple, int inicio, int fin) {
      Matcher m = ORGANO.matcher(simple);
      String mejor = null;
      int distancia = Integer.MAX_VALUE;
      while (m.find()) {
        int d = m.start() >= fin ? m.start() - fin : Math.max(0, inicio - m.end());
        if (m.start() >= fin && d > 80) {
          continue;
        }
        if (d < distancia) {
          distancia = d;
          if (m.group("cotaprep") != null) {
            mejor = "COTAPREP";
          } else if (m.group("cg") != null) {
            mejor = m.group("ine") != null ? "INE" : "Consejo General";
          } else if (m.group("comision") != null) {
            mejor = "Comisión del PREP";
          } else {
            mejor = "Grupo de Trabajo COTSPEL";
          }
        }
      }
      return mejor;
    }

    private static FechaEnTexto cercana(List<FechaEnTexto> fechas, int inicio, int fin) {
      FechaEnTexto antes = anterior(fechas, inicio, 0);
      FechaEnTexto despues = siguiente(fechas, fin, fin + 150);
      if (antes == null) {
        return despues;
      }
      if (despues == null) {
        return antes;
      }
      return (despues.inicio() - fin) < (inicio - antes.fin()) ? despues : antes;
    }

    // ---- tablas ----

    private void tablaDeIntegrantes(int i) {
      Parrafo p = parrafos.get(i);
      String simple = simples.get(i);
      if (p.esFila() || !simple.contains("integrad")) {
        return;
      }
      String acuerdo =
          ClaveEnTexto.en(p.texto()).stream()
              .filter(ClaveEnTexto::acuerdo)
              .map(ClaveEnTexto::clave)
              .reduce((a, b) -> b)
              .orElse(null);
      for (int j = i + 1; j < parrafos.size() && parrafos.get(j).esFila(); j++) {
        List<String> celdas = parrafos.get(j).celdas();
        if (celdas.size() < 2) {
          continue;
        }
        String nombre = celdas.get(0).replaceAll("[.\\s]+$", "").strip();
        String institucion = celdas.get(1).replaceAll("[.\\s]+$", "").replace(", (", " (").strip();
        if (!TITULO_PERSONA.matcher(nombre).matches() || Texto.simple(nombre).equals("nombre")) {
          continue;
        }
        Map<String, String> campos = campos();
        campos.put("Nombre", nombre);
        campos.put("Institución", institucion);
        campos.put("Cargo", "Integrante");
        campos.put("Acuerdo", acuerdo);
        integrantes.put(
            nombre,
            new Propuesta(
                "COTAPREP",
                nombre,
                campos,
                Texto.acotado(p.texto(), 400) + "\n" + parrafos.get(j).texto(),
                Certeza.ALTA));
      }
    }

    private void firma(int i) {
      if (i + 1 >= parrafos.size()
          || !SECRETARIO.matcher(simples.get(i + 1)).find()
          || !simples.get(i + 1).contains("comite tecnico asesor")) {
        return;
      }
      Matcher m = TITULO_PERSONA.matcher(parrafos.get(i).texto().strip());
      if (!m.matches()) {
        return;
      }
      String nombre = m.group(1);
      Map<String, String> campos = campos();
      campos.put("Nombre", nombre);
      campos.put("Cargo", "Secretario Técnico");
      integrantes.putIfAbsent(
          nombre,
          new Propuesta(
              "COTAPREP",
              nombre,
              campos,
              parrafos.get(i).texto() + "\n" + parrafos.get(i + 1).texto(),
              Certeza.BAJA));
    }

    private void tablaDeReuniones(int i) {
      Parrafo p = parrafos.get(i);
      if (!p.esFila() || !simples.get(i).contains("reunion") || !simples.get(i).contains("fecha")) {
        return;
      }
      if (i > 0 && parrafos.get(i - 1).esFila()) {
        return;
      }
      String organo = organoDelInforme != null ? organoDelInforme : delCotaprep ? "COTAPREP" : null;
      if (organo == null) {
        return;
      }
      for (int j = i + 1; j < parrafos.size() && parrafos.get(j).esFila(); j++) {
        List<String> celdas = parrafos.get(j).celdas();
        if (celdas.size() < 2 || !celdas.get(0).matches("\\d{1,3}")) {
          continue;
        }
        List<FechaEnTexto> fechas = FechaEnTexto.en(celdas.get(1), ano);
        if (fechas.isEmpty()) {
          continue;
        }
        sesion(
            organo,
            "Programada",
            Integer.valueOf(celdas.get(0)),
            fechas.get(0).fecha(),
            null,
            null,
            p.texto() + "\n" + parrafos.get(j).texto(),
            fechas.get(0).inferida() ? Certeza.BAJA : Certeza.ALTA);
      }
    }

    private static Propuesta baja(Propuesta p) {
      return new Propuesta(p.hoja(), p.clave(), p.campos(), p.fuente(), Certeza.BAJA);
    }
  }

  /** La última fecha que termina antes de {@code hasta} y empieza después de {@code desde}. */
  private static FechaEnTexto anterior(List<FechaEnTexto> fechas, int hasta, int desde) {
    FechaEnTexto ultima = null;
    for (FechaEnTexto f : fechas) {
      if (f.fin() <= hasta && f.inicio() >= desde) {
        ultima = f;
      }
    }
    return ultima;
  }

  /** La primera fecha que empieza entre {@code desde} y {@code hasta}. */
  private static FechaEnTexto siguiente(List<FechaEnTexto> fechas, int desde, int hasta) {
    for (FechaEnTexto f : fechas) {
      if (f.inicio() >= desde && f.inicio() <= hasta) {
        return f;
      }
    }
    return null;
  }
}
