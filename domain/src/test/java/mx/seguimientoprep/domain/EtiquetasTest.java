package mx.seguimientoprep.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.domain.acuerdo.OrganoAcuerdo;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.estado.Semaforo;
import mx.seguimientoprep.domain.oficio.ResultadoRevision;
import mx.seguimientoprep.domain.oficio.Sentido;
import mx.seguimientoprep.domain.proceso.Cargo;
import mx.seguimientoprep.domain.proceso.Realizacion;
import mx.seguimientoprep.domain.proceso.VersionLineamientos;
import mx.seguimientoprep.domain.registro.TipoDeRegistro;
import mx.seguimientoprep.domain.sesion.Organo;
import mx.seguimientoprep.domain.sesion.TipoSesion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Los valores fijos se escriben y se leen con el texto exacto de la hoja de seguimiento. */
class EtiquetasTest {

  private static List<String> etiquetas(Etiquetado[] valores) {
    return Arrays.stream(valores).map(Etiquetado::etiqueta).toList();
  }

  @Test
  void lasEtiquetasSonLasDeLaHojaDeSeguimiento() {
    assertEquals(
        List.of("Enviado al INE", "Recibido del INE", "Interno"), etiquetas(Sentido.values()));
    assertEquals(
        List.of("Sin observaciones", "Con observaciones", "Observaciones atendidas"),
        etiquetas(ResultadoRevision.values()));
    assertEquals(
        List.of(
            "Pendiente",
            "Enviado",
            "Con observaciones",
            "Observaciones atendidas",
            "Sin observaciones",
            "No aplica"),
        etiquetas(EstadoEntregable.values()));
    assertEquals(
        List.of(
            "Instalación",
            "Ordinaria",
            "Extraordinaria",
            "Reunión interna",
            "Reunión de trabajo con partidos",
            "Cierre",
            "Programada"),
        etiquetas(TipoSesion.values()));
    assertEquals(
        List.of(
            "COTAPREP", "Comisión del PREP", "Consejo General", "Grupo de Trabajo COTSPEL", "Otro"),
        etiquetas(Organo.values()));
    assertEquals(
        List.of(
            "Consejo General", "Comisión del PREP", "COTAPREP", "Consejo General del INE", "Otro"),
        etiquetas(OrganoAcuerdo.values()));
    assertEquals(List.of("2022", "anterior"), etiquetas(VersionLineamientos.values()));
    assertEquals(List.of("Integrante", "Secretario Técnico"), etiquetas(Cargo.values()));
    assertEquals(List.of("OPL", "Tercero"), etiquetas(Realizacion.values()));
    assertEquals(List.of("al día", "con observaciones", "vencidos"), etiquetas(Semaforo.values()));
    assertEquals(
        List.of("Procesos", "Acuerdos", "Oficios", "Sesiones", "Entregables", "COTAPREP"),
        etiquetas(TipoDeRegistro.values()));
  }

  @Test
  void cadaEtiquetaSeLeeDeVuelta() {
    for (Sentido valor : Sentido.values()) {
      assertEquals(Optional.of(valor), Sentido.desdeTexto(valor.etiqueta()));
    }
    for (EstadoEntregable valor : EstadoEntregable.values()) {
      assertEquals(Optional.of(valor), EstadoEntregable.desdeTexto(valor.etiqueta()));
    }
    for (TipoSesion valor : TipoSesion.values()) {
      assertEquals(Optional.of(valor), TipoSesion.desdeTexto(valor.etiqueta()));
    }
    for (Organo valor : Organo.values()) {
      assertEquals(Optional.of(valor), Organo.desdeTexto(valor.etiqueta()));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "enviado, ENVIADO_AL_INE",
    "Enviado, ENVIADO_AL_INE",
    "ENVIADO AL INE, ENVIADO_AL_INE",
    "recibido, RECIBIDO_DEL_INE",
    "recibido del INE., RECIBIDO_DEL_INE",
    "interno, INTERNO",
    "enviado_al_ine, ENVIADO_AL_INE",
  })
  void elSentidoAceptaLasFormasCortas(String texto, Sentido sentido) {
    assertEquals(Optional.of(sentido), Sentido.desdeTexto(texto));
  }

  @Test
  void ignoraAcentosYMayusculas() {
    assertEquals(
        Optional.of(TipoSesion.REUNION_TRABAJO_PARTIDOS),
        TipoSesion.desdeTexto("REUNION DE TRABAJO CON PARTIDOS"));
    assertEquals(Optional.of(TipoSesion.INSTALACION), TipoSesion.desdeTexto("instalacion"));
    assertEquals(Optional.of(Cargo.SECRETARIO_TECNICO), Cargo.desdeTexto("secretario tecnico"));
    assertEquals(Optional.of(Cargo.SECRETARIO_TECNICO), Cargo.desdeTexto("Secretaria Técnica"));
    assertEquals(
        Optional.of(OrganoAcuerdo.COMISION_PREP), OrganoAcuerdo.desdeTexto("comision del prep"));
    assertEquals(
        Optional.of(Organo.GRUPO_TRABAJO_COTSPEL), Organo.desdeTexto("grupo de trabajo cotspel"));
    assertEquals(Optional.of(Realizacion.TERCERO), Realizacion.desdeTexto("TERCERO"));
    assertEquals(Optional.of(TipoDeRegistro.COTAPREP), TipoDeRegistro.desdeTexto("cotaprep"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "enviada", "observaciones", "otro sentido"})
  void loDesconocidoNoSeAdivina(String texto) {
    assertEquals(Optional.empty(), Sentido.desdeTexto(texto));
  }
}
