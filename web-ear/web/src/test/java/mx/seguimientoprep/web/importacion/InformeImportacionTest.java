package mx.seguimientoprep.web.importacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import mx.seguimientoprep.domain.importacion.EstadoImportacion;
import mx.seguimientoprep.domain.registro.AvisoDeRegistro;
import mx.seguimientoprep.domain.registro.ErrorDeRegistro;
import org.junit.jupiter.api.Test;

class InformeImportacionTest {

  private static List<ErrorDeRegistro> errores(int cuantos) {
    return IntStream.rangeClosed(1, cuantos)
        .mapToObj(
            i -> new ErrorDeRegistro("Oficios", i + 1, "Fecha", "31/02/2021", "No es una fecha."))
        .toList();
  }

  private static List<AvisoDeRegistro> avisos(int cuantos) {
    return IntStream.rangeClosed(1, cuantos)
        .mapToObj(
            i -> new AvisoDeRegistro("Oficios", i + 1, "En respuesta a", "X", "No registrado."))
        .toList();
  }

  private static InformeImportacion informe(int errores, int avisos) {
    return InformeImportacion.de(
        EstadoImportacion.RECHAZADA,
        "libro.xlsx",
        "abc",
        Map.of(),
        errores(errores),
        avisos(avisos));
  }

  @Test
  void unLibroConMilQuinientosErroresListaLosPrimerosMilYCuentaTodos() {
    InformeImportacion informe = informe(1500, 1200);
    assertEquals(1000, informe.errores().size());
    assertEquals(2, informe.errores().get(0).fila());
    assertEquals(1001, informe.errores().get(999).fila());
    assertEquals(1000, informe.advertencias().size());
    assertEquals(1500, informe.totalErrores());
    assertEquals(1200, informe.totalAdvertencias());
    assertEquals(
        "Se listan solo los primeros 1,000 de 1,500 errores y las primeras 1,000 de 1,200"
            + " advertencias, en el orden del libro: corrija estos y vuelva a revisarlo para ver"
            + " los demás.",
        informe.aviso());
  }

  @Test
  void conMilErroresOMenosSeListanTodosSinAviso() {
    InformeImportacion informe = informe(1000, 3);
    assertEquals(1000, informe.errores().size());
    assertEquals(1000, informe.totalErrores());
    assertEquals(3, informe.advertencias().size());
    assertEquals(3, informe.totalAdvertencias());
    assertNull(informe.aviso());
  }
}
