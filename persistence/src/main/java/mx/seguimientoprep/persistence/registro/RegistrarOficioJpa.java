package mx.seguimientoprep.persistence.registro;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import mx.seguimientoprep.domain.registro.ErrorDeCampo;
import mx.seguimientoprep.domain.registro.OficioYaRegistrado;
import mx.seguimientoprep.domain.registro.RegistrarOficio;
import mx.seguimientoprep.domain.registro.RegistroInvalido;

/** A new letter typed in the bot or the web: created with its history, never an update. */
@ApplicationScoped
public class RegistrarOficioJpa implements RegistrarOficio {

  @Inject Repositorios repositorios;
  @Inject VersionDeDatos version;

  @Override
  @Transactional
  public Oficio registrar(ComandoOficio comando, Autoria autoria) {
    version.escribir();
    if (comando.numero() != null) {
      repositorios
          .oficios
          .findByNumero(comando.numero())
          .ifPresent(
              existente -> {
                throw new OficioYaRegistrado(existente);
              });
    }
    Escritura escritura =
        new Escritura(repositorios, Altas.inmediatas(repositorios), autoria, List.of(comando));
    escritura.aplicar(comando);
    if (!escritura.errores().isEmpty()) {
      List<ErrorDeCampo> campos =
          escritura.errores().stream()
              .map(e -> new ErrorDeCampo(e.columna(), e.valor(), e.mensaje()))
              .toList();
      throw new RegistroInvalido(campos);
    }
    version.tocar(escritura.procesosTocados());
    return repositorios.oficios.findByNumero(comando.numero()).orElseThrow();
  }
}
