package mx.seguimientoprep.bot.oficio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import mx.seguimientoprep.bot.oficio.BotonDeOficio.Accion;
import mx.seguimientoprep.domain.entidad.ClaveEntidad;
import mx.seguimientoprep.domain.oficio.Sentido;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Los datos de los botones de la captura son los que ya están en los chats y en las conversaciones
 * guardadas: cada botón se escribe como siempre y se lee de vuelta igual.
 */
class BotonDeOficioTest {

  @Test
  void losDatosDeSiempre() {
    List<BotonDeOficio> botones =
        List.of(
            Accion.HOY,
            Accion.LISTO,
            Accion.OMITIR,
            Accion.GUARDAR,
            Accion.CORREGIR,
            Accion.CANCELAR,
            Accion.RESUMEN,
            new BotonDeOficio.ElegirEntidad(new ClaveEntidad("5")),
            new BotonDeOficio.ElegirSentido(Sentido.RECIBIDO_DEL_INE),
            new BotonDeOficio.AlternarEntregable("E03"),
            new BotonDeOficio.CorregirDato(Paso.EN_RESPUESTA_A));
    assertEquals(
        List.of(
            "of:hoy",
            "of:listo",
            "of:omitir",
            "of:guardar",
            "of:corregir",
            "of:cancelar",
            "of:resumen",
            "of:entidad:05",
            "of:sentido:RECIBIDO_DEL_INE",
            "of:e:E03",
            "of:dato:EN_RESPUESTA_A"),
        botones.stream().map(BotonDeOficio::datos).toList());
    for (BotonDeOficio boton : botones) {
      assertEquals(Optional.of(boton), BotonDeOficio.leer(boton.datos()), boton.datos());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "of:borrar",
        "of:entidad:99",
        "of:sentido:DE_LADO",
        "of:dato:RESUMEN",
        "of:e:",
        "of:guardar:ya",
        "estado:10"
      })
  void loQueNoEsUnBotonDeLaCapturaNoSeLee(String datos) {
    assertEquals(Optional.empty(), BotonDeOficio.leer(datos));
  }
}
