package mx.seguimientoprep.persistence.registro;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import mx.seguimientoprep.domain.entregable.EstadoEntregable;
import mx.seguimientoprep.domain.historial.Autoria;
import mx.seguimientoprep.domain.informe.EnvioDelInforme;
import mx.seguimientoprep.domain.oficio.Oficio;
import mx.seguimientoprep.domain.registro.ComandoOficio;
import mx.seguimientoprep.domain.registro.ErrorDeCampo;
import mx.seguimientoprep.domain.registro.OficioYaRegistrado;
import mx.seguimientoprep.domain.registro.RegistrarOficio;
import mx.seguimientoprep.domain.registro.RegistroInvalido;

/** Un oficio nuevo escrito en el bot o en la web: se crea con su historial, nunca se actualiza. */
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
    Oficio registrado = repositorios.oficios.findByNumero(comando.numero()).orElseThrow();
    // El oficio que remite el informe mensual da por enviado el E03 de su mes, como su fila en la
    // hoja Entregables; una fila que ya dice más (enviada, revisada) no se toca.
    EnvioDelInforme.mesQueRemite(registrado)
        .filter(
            mes ->
                repositorios.entregables.findByProceso(registrado.getProceso()).stream()
                    .noneMatch(
                        e ->
                            e.esDe(EnvioDelInforme.CODIGO, mes)
                                && e.getEstado() != EstadoEntregable.PENDIENTE))
        .ifPresent(
            mes -> escritura.aplicar(EnvioDelInforme.enviado(registrado, mes, comando.origen())));
    version.tocar(escritura.procesosTocados());
    return registrado;
  }
}
