#!/usr/bin/env bash
# CI: la sección «Deploying to an existing WildFly» del README, paso a paso, en un WildFly 39 sin
# tocar (org.wildfly:wildfly-dist de Maven Central, standalone.xml por omisión) con PostgreSQL
# (base prep_stock en 127.0.0.1:5432, usuario postgres, autenticación trust): prepara el servidor
# con preparar-servidor.sh, despliega web-ear/ear/target/seguimiento-prep.ear, inicia sesión como
# admin, lee el estado de Durango y vuelve a preparar el servidor para probar que el script es
# idempotente. Después, más allá del README, prueba que el EAR nunca parece desplegado mientras no
# funciona: sin MicroProfile Health (como en standalone.xml) funciona igual, y sin MicroProfile
# Config el despliegue falla con un mensaje en español que lo nombra. Al final detiene el servidor.
# Los puertos van desplazados (+300: HTTP 8380, administración 10290) para no chocar con el
# servidor de las pruebas en el contenedor. Necesita el EAR construido (./mvnw install -DskipTests)
# y, la primera vez, acceso a Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
raiz="$PWD"

version_wildfly="$(sed -n 's:.*<version.wildfly.server>\(.*\)</version.wildfly.server>.*:\1:p' pom.xml)"
desplazamiento=300
http="http://127.0.0.1:$((8080 + desplazamiento))"
gestion="localhost:$((9990 + desplazamiento))"
bd=prep_stock
ear="$raiz/web-ear/ear/target/seguimiento-prep.ear"
scripts="$raiz/web-ear/ear/target/wildfly"
clave="stock-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/prep-servidor-stock.XXXXXX")"
registro="$tmp/servidor.log"
pid_servidor=""
aprobado=false

paso() { echo "-- $*"; }

falla() {
  echo "FALLA: $*" >&2
  exit 1
}

cli() {
  "$JBOSS_HOME/bin/jboss-cli.sh" -c --controller="$gestion" "$@"
}

detener() {
  if [ -n "$pid_servidor" ] && kill -0 "$pid_servidor" 2>/dev/null; then
    paso "Deteniendo el servidor"
    cli --commands=:shutdown >/dev/null 2>&1 || kill "$pid_servidor" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid_servidor" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid_servidor" 2>/dev/null && kill -9 "$pid_servidor" 2>/dev/null || true
    wait "$pid_servidor" 2>/dev/null || true
  fi
}

al_salir() {
  local codigo=$?
  set +e
  detener
  if [ "$aprobado" = true ]; then
    psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $bd" >/dev/null 2>&1
    rm -rf "$tmp"
    echo "1 passed, 0 failed"
  else
    if [ -f "$registro" ]; then
      echo "Últimas líneas del registro del servidor ($registro):" >&2
      tail -n 40 "$registro" >&2
    fi
    echo "Se conservan el servidor y su registro en $tmp y la base $bd." >&2
    echo "0 passed, 1 failed"
    [ "$codigo" -eq 0 ] && codigo=1
  fi
  exit "$codigo"
}
trap al_salir EXIT

# Espera hasta $1 segundos a que el servidor diga «running».
esperar_en_marcha() {
  for _ in $(seq 1 "$1"); do
    if cli --commands=':read-attribute(name=server-state)' 2>/dev/null | grep -q '"running"'; then
      return 0
    fi
    kill -0 "$pid_servidor" 2>/dev/null || falla "el servidor terminó al arrancar."
    sleep 1
  done
  falla "el servidor no estuvo en marcha en $1 s."
}

# Copia el EAR a standalone/deployments y espera hasta 240 s a que el escáner lo despliegue o falle;
# deja en $resultado «deployed» o «failed».
desplegar() {
  local despliegue="$JBOSS_HOME/standalone/deployments/seguimiento-prep.ear"
  cp "$ear" "$JBOSS_HOME/standalone/deployments/"
  for _ in $(seq 1 240); do
    if [ -f "$despliegue.deployed" ]; then resultado=deployed; return 0; fi
    if [ -f "$despliegue.failed" ]; then resultado=failed; return 0; fi
    sleep 1
  done
  falla "el EAR no se desplegó ni falló en 240 s."
}

# Quita el EAR (el escáner lo repliega), aplica al servidor los comandos del CLI de $1 y lo recarga.
cambiar_servidor() {
  local despliegue="$JBOSS_HOME/standalone/deployments/seguimiento-prep.ear"
  rm -f "$despliegue"
  for _ in $(seq 1 60); do [ -f "$despliegue.undeployed" ] && break; sleep 1; done
  rm -f "$despliegue".*
  cli --commands="$1" >/dev/null || falla "el CLI no pudo aplicar: $1"
  cli --commands=reload >/dev/null 2>&1 || true
  sleep 2
  esperar_en_marcha 120
}

# GET con curl: deja el cuerpo en $cuerpo y el código HTTP en $codigo.
pedir() {
  local url="$1"
  shift
  codigo="$(curl -s -o "$tmp/respuesta" -w '%{http_code}' --max-time 30 "$@" "$url" || true)"
  cuerpo="$(cat "$tmp/respuesta" 2>/dev/null || true)"
}

contiene() {
  grep -qF -- "$1" <<<"$cuerpo" || falla "la respuesta no contiene «$1»: $cuerpo"
}

echo "== WildFly $version_wildfly sin tocar: los pasos de «Deploying to an existing WildFly» del README =="
[ -f "$ear" ] && [ -f "$scripts/preparar-servidor.sh" ] \
  || falla "falta $ear o $scripts: construya antes el EAR (./mvnw install -DskipTests)."
pg_isready -h 127.0.0.1 -p 5432 -q || falla "PostgreSQL no responde en 127.0.0.1:5432."
for puerto in $((8080 + desplazamiento)) $((9990 + desplazamiento)); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$puerto") 2>/dev/null; then
    falla "el puerto $puerto ya está en uso (¿otro servidor con el desplazamiento $desplazamiento?)."
  fi
done

paso "Obteniendo org.wildfly:wildfly-dist:$version_wildfly:zip con Maven"
artefacto="org.wildfly:wildfly-dist:$version_wildfly:zip"
if ! ./mvnw -B -q -o -N dependency:copy -Dartifact="$artefacto" -DoutputDirectory="$tmp" >"$tmp/maven.log" 2>&1; then
  paso "No está en el repositorio local de Maven: se descarga de Maven Central"
  ./mvnw -B -q -N dependency:copy -Dartifact="$artefacto" -DoutputDirectory="$tmp" >"$tmp/maven.log" 2>&1 \
    || { cat "$tmp/maven.log" >&2; falla "no se pudo obtener $artefacto."; }
fi
paso "Descomprimiendo el servidor en $tmp"
unzip -q "$tmp/wildfly-dist-$version_wildfly.zip" -d "$tmp"
rm "$tmp/wildfly-dist-$version_wildfly.zip"
export JBOSS_HOME="$tmp/wildfly-$version_wildfly"
[ -x "$JBOSS_HOME/bin/standalone.sh" ] || falla "el zip no tiene $JBOSS_HOME/bin/standalone.sh."

paso "Base de datos $bd nueva en PostgreSQL"
PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
  -c "DROP DATABASE IF EXISTS $bd" -c "CREATE DATABASE $bd"

paso "Arrancando el servidor con standalone.xml (puertos +$desplazamiento)"
export PREP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$bd" PREP_DB_USUARIO=postgres PREP_DB_CLAVE=trust-no-usa-clave
export PREP_ADMIN_PASSWORD="$clave" PREP_DEMO=true PREP_FECHA_REFERENCIA=2021-10-31
export JBOSS_JAVA_SIZING="-Xms256m -Xmx1g -XX:+UseParallelGC" LAUNCH_JBOSS_IN_BACKGROUND=1
"$JBOSS_HOME/bin/standalone.sh" -Djboss.socket.binding.port-offset="$desplazamiento" >"$registro" 2>&1 &
pid_servidor=$!
esperar_en_marcha 120

paso "README: preparar-servidor.sh --recargar (subsistemas, controlador, PrepDS, dominio prep, subidas)"
bash "$scripts/preparar-servidor.sh" --recargar --controller="$gestion" | tee "$tmp/preparar-1.txt" \
  || falla "preparar-servidor.sh falló en el servidor sin tocar."
grep -q "recargado y en marcha" "$tmp/preparar-1.txt" \
  || falla "standalone.xml sin tocar necesita recargarse tras la preparación y el script no lo hizo."
cli --commands='/subsystem=microprofile-health-smallrye:read-resource' >/dev/null \
  || falla "el servidor preparado no tiene MicroProfile Health."

paso "README: copiar el EAR a standalone/deployments y esperar el despliegue"
desplegar
[ "$resultado" = deployed ] \
  || falla "el despliegue falló: $(cat "$JBOSS_HOME/standalone/deployments/seguimiento-prep.ear.failed")"
grep -q "Seguimiento PREP listo" "$registro" || falla "el registro no dice «Seguimiento PREP listo»."
echo "   desplegado; el registro dice «Seguimiento PREP listo»."

paso "Sin credenciales y con otra contraseña: 401"
pedir "$http/prep/api/entidades"
[ "$codigo" = 401 ] || falla "sin credenciales se esperaba 401 y respondió $codigo: $cuerpo"
pedir "$http/prep/api/entidades" -u admin:otra-clave-equivocada
[ "$codigo" = 401 ] || falla "con otra contraseña se esperaba 401 y respondió $codigo: $cuerpo"

paso "Como admin (PREP_ADMIN_PASSWORD): GET /prep/api/entidades"
pedir "$http/prep/api/entidades" -u "admin:$clave"
[ "$codigo" = 200 ] || falla "GET /prep/api/entidades respondió $codigo: $cuerpo"
contiene '"nombre":"Durango"'

paso "Como admin: GET /prep/api/entidades/durango/estado?fecha=2021-10-31"
pedir "$http/prep/api/entidades/durango/estado?fecha=2021-10-31" -u "admin:$clave"
[ "$codigo" = 200 ] || falla "GET /prep/api/entidades/durango/estado respondió $codigo: $cuerpo"
contiene '"siglas":"IEPC Durango"'
contiene '"acuerdo":"IEPC/CG139/2021"'
contiene '"semaforo":"al d'
contiene '"sinRegistro":1'
echo "   Durango: IEPC Durango, COTAPREP del acuerdo IEPC/CG139/2021, semáforo «al día», 1 sin registro."

paso "La salud del servidor (/health/ready, puerto de administración) incluye la de la aplicación"
pedir "http://$gestion/health/ready"
[ "$codigo" = 200 ] || falla "/health/ready respondió $codigo: $cuerpo"
contiene '"status":"UP"'
contiene 'prep.war'

paso "README: preparar-servidor.sh --recargar otra vez (idempotente: nada cambia, no hay que recargar)"
huella="$(md5sum "$JBOSS_HOME/standalone/configuration/standalone.xml")"
bash "$scripts/preparar-servidor.sh" --recargar --controller="$gestion" | tee "$tmp/preparar-2.txt" \
  || falla "la segunda ejecución de preparar-servidor.sh falló."
grep -q "no hace falta recargarlo" "$tmp/preparar-2.txt" \
  || falla "la segunda preparación pidió recargar el servidor."
[ "$(md5sum "$JBOSS_HOME/standalone/configuration/standalone.xml")" = "$huella" ] \
  || falla "la segunda preparación cambió standalone.xml."
pedir "$http/prep/api/entidades/durango/estado" -u "admin:$clave"
[ "$codigo" = 200 ] || falla "tras la segunda preparación el estado respondió $codigo: $cuerpo"
echo "   standalone.xml no cambió y la aplicación sigue respondiendo."

# Más allá del README: el EAR nunca parece desplegado mientras no funciona.
paso "Sin MicroProfile Health (standalone.xml tal cual lo trae WildFly): la aplicación funciona igual"
cambiar_servidor '/subsystem=microprofile-health-smallrye:remove,/extension=org.wildfly.extension.microprofile.health-smallrye:remove'
desplegar
[ "$resultado" = deployed ] \
  || falla "sin MicroProfile Health el despliegue falló: $(cat "$JBOSS_HOME/standalone/deployments/seguimiento-prep.ear.failed")"
pedir "$http/prep/api/entidades/durango/estado?fecha=2021-10-31" -u "admin:$clave"
[ "$codigo" = 200 ] || falla "sin MicroProfile Health el estado respondió $codigo: $cuerpo"
contiene '"siglas":"IEPC Durango"'
grep -q "no tiene el subsistema MicroProfile Health" "$registro" \
  || falla "el registro no advierte que falta MicroProfile Health."
echo "   desplegado, el estado de Durango responde y el registro advierte que falta la salud."

paso "Sin MicroProfile Config: el despliegue falla con un mensaje en español que lo nombra"
cambiar_servidor '/subsystem=microprofile-jwt-smallrye:remove,/extension=org.wildfly.extension.microprofile.jwt-smallrye:remove,/subsystem=microprofile-config-smallrye:remove,/extension=org.wildfly.extension.microprofile.config-smallrye:remove'
desplegar
[ "$resultado" = failed ] || falla "sin MicroProfile Config el EAR quedó desplegado."
grep -q "no tiene el subsistema MicroProfile Config (microprofile-config-smallrye)" \
  "$JBOSS_HOME/standalone/deployments/seguimiento-prep.ear.failed" \
  || falla "el fallo no nombra MicroProfile Config: $(cat "$JBOSS_HOME/standalone/deployments/seguimiento-prep.ear.failed")"
pedir "$http/prep/api/entidades" -u "admin:$clave"
[ "$codigo" != 200 ] || falla "sin MicroProfile Config la API respondió 200."
echo "   el despliegue falló: «Seguimiento PREP no puede desplegarse: este servidor no tiene el subsistema MicroProfile Config…»."

detener
pid_servidor=""
aprobado=true
