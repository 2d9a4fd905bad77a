#!/usr/bin/env bash
# Prepara para Seguimiento PREP un WildFly 39 en marcha, sea cual sea su perfil (standalone.xml,
# standalone-microprofile.xml...): los subsistemas que faltan (subsistemas.cli), el controlador JDBC y
# la fuente de datos java:jboss/datasources/PrepDS (servidor-postgresql.cli o servidor-h2.cli), el
# dominio de seguridad «prep» y el límite de las subidas (seguridad.cli). Son los mismos scripts con
# los que el build aprovisiona su servidor. Idempotente: una segunda ejecución no cambia nada.
# Al final dice si el servidor necesita recargarse (reload); con --recargar lo recarga y espera.
#
# Uso (en la máquina del servidor: «module add» escribe en $JBOSS_HOME/modules):
#   JBOSS_HOME=/opt/wildfly bash web-ear/ear/target/wildfly/preparar-servidor.sh [--bd=postgresql|h2]
#     [--recargar] [otras opciones de jboss-cli.sh, p. ej. --controller=localhost:9990 --user=...]
set -euo pipefail

aqui="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bd=postgresql
recargar=false
opciones_cli=()
for argumento; do
  case "$argumento" in
    --bd=*) bd="${argumento#--bd=}" ;;
    --recargar) recargar=true ;;
    *) opciones_cli+=("$argumento") ;;
  esac
done

if [ -z "${JBOSS_HOME:-}" ] || [ ! -x "$JBOSS_HOME/bin/jboss-cli.sh" ]; then
  echo "Defina JBOSS_HOME con la carpeta del WildFly que va a preparar (la que tiene bin/jboss-cli.sh)." >&2
  exit 2
fi
if [ ! -f "$aqui/servidor-$bd.cli" ]; then
  echo "Base de datos desconocida: «$bd» (use --bd=postgresql o --bd=h2)." >&2
  exit 2
fi

cli() {
  "$JBOSS_HOME/bin/jboss-cli.sh" -c "${opciones_cli[@]}" "$@"
}

estado_del_servidor() {
  cli --commands=':read-attribute(name=server-state)' | sed -n 's/.*"result" => "\([^"]*\)".*/\1/p'
}

# Los tres scripts en una sola sesión del CLI, en orden: la seguridad usa la fuente de datos.
guion="$(mktemp)"
trap 'rm -f "$guion"' EXIT
cat "$aqui/subsistemas.cli" "$aqui/servidor-$bd.cli" "$aqui/seguridad.cli" >"$guion"
echo "Preparando el servidor de $JBOSS_HOME para Seguimiento PREP (base de datos: $bd)..."
if ! cli --file="$guion"; then
  echo "La preparación del servidor falló (vea el mensaje del CLI arriba); corrija y vuelva a ejecutar este script." >&2
  exit 1
fi

estado="$(estado_del_servidor)"
case "$estado" in
  running)
    echo "Servidor preparado; no hace falta recargarlo."
    ;;
  reload-required)
    if [ "$recargar" = true ]; then
      echo "Servidor preparado; recargando (reload) para aplicar los cambios..."
      cli --commands=reload
      for _ in $(seq 1 120); do
        [ "$(estado_del_servidor 2>/dev/null || true)" = running ] && break
        sleep 1
      done
      estado="$(estado_del_servidor)"
      if [ "$estado" != running ]; then
        echo "El servidor no volvió a «running» tras recargarlo (estado: «$estado»)." >&2
        exit 1
      fi
      echo "Servidor recargado y en marcha."
    else
      echo "Servidor preparado; HACE FALTA RECARGARLO para aplicar los cambios:" \
        "$JBOSS_HOME/bin/jboss-cli.sh -c reload (o vuelva a ejecutar este script con --recargar)."
    fi
    ;;
  restart-required)
    echo "Servidor preparado; HACE FALTA REINICIARLO (detenerlo y arrancarlo) para aplicar los cambios."
    ;;
  *)
    echo "Servidor preparado; su estado es «$estado»."
    ;;
esac
