#!/usr/bin/env bash
# CI: cada aviso sale una sola vez con dos servidores sobre una misma base PostgreSQL. Arranca dos
# copias del servidor aprovisionado (web-ear/ear/target/server, construido con -Ppostgresql: lo
# deja así el paso de PostgreSQL de .ci/run) con sus propias carpetas standalone, nombres de nodo
# y puertos (+400 y +500), contra la base prep_dos y una Bot API falsa (.ci/bot-api-falsa.py, que
# registra cada sendMessage). Vincula 120 personas suscritas (100 a Durango, 20 a Coahuila) y
# corre la pasada en los dos servidores al mismo tiempo (POST /prep/api/avisos/ejecutar), para
# cuatro fechas (29/10/2021, 01/11/2021 con el resumen del lunes, 03/11/2021 y 09/11/2021).
# Prueba que ningún mensaje llegó dos veces a la Bot API, que llegaron tantos como avisos enviados
# hay en la base y como dijeron los dos servidores, y que lo que uno envió el otro lo omitió. El
# reloj de los avisos queda apagado (PREP_AVISOS=false): la pasada del reloj es la misma que la del
# recurso. Al final detiene los servidores y borra la base.
set -euo pipefail
cd "$(dirname "$0")/.."
raiz="$PWD"

servidor="$raiz/web-ear/ear/target/server"
bd=prep_dos
puerto_bot=18091
desplazamientos=(400 500)
clave="dos-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/prep-dos-servidores.XXXXXX")"
mensajes="$tmp/mensajes.jsonl"
pids=()
pid_bot=""
aprobado=false

paso() { echo "-- $*"; }
falla() {
  echo "FALLA: $*" >&2
  exit 1
}

al_salir() {
  local codigo=$?
  set +e
  for i in 0 1; do
    local pid="${pids[$i]:-}"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      "$servidor/bin/jboss-cli.sh" -c --controller="localhost:$((9990 + desplazamientos[i]))" \
        --commands=:shutdown >/dev/null 2>&1 || kill "$pid" 2>/dev/null
    fi
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  [ -n "$pid_bot" ] && kill "$pid_bot" 2>/dev/null && wait "$pid_bot" 2>/dev/null
  if [ "$aprobado" = true ]; then
    psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $bd" >/dev/null 2>&1
    rm -rf "$tmp"
    echo "1 passed, 0 failed"
  else
    for n in 1 2; do
      if [ -f "$tmp/nodo$n.log" ]; then
        echo "Últimas líneas del registro del nodo $n:" >&2
        tail -n 30 "$tmp/nodo$n.log" >&2
      fi
    done
    echo "Se conservan los registros en $tmp y la base $bd." >&2
    echo "0 passed, 1 failed"
    [ "$codigo" -eq 0 ] && codigo=1
  fi
  exit "$codigo"
}
trap al_salir EXIT

sql() { psql -h 127.0.0.1 -U postgres -d "$bd" -v ON_ERROR_STOP=1 -qtA -c "$1"; }

echo "== Dos servidores sobre una base PostgreSQL: cada aviso sale una vez =="
[ -x "$servidor/bin/standalone.sh" ] && [ -f "$servidor/standalone/deployments/seguimiento-prep.ear" ] \
  || falla "falta el servidor aprovisionado en $servidor: ./mvnw install -Ppostgresql -DskipTests."
grep -q 'postgresql' "$servidor/standalone/configuration/standalone.xml" \
  || falla "el servidor de $servidor usa H2: constrúyalo con -Ppostgresql."
pg_isready -h 127.0.0.1 -p 5432 -q || falla "PostgreSQL no responde en 127.0.0.1:5432."

paso "Base de datos $bd nueva; Bot API falsa en 127.0.0.1:$puerto_bot"
PGOPTIONS='-c client_min_messages=warning' psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
  -c "DROP DATABASE IF EXISTS $bd" -c "CREATE DATABASE $bd"
: >"$mensajes"
python3 "$raiz/.ci/bot-api-falsa.py" "$puerto_bot" "$mensajes" &
pid_bot=$!

export PREP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$bd" PREP_DB_USUARIO=postgres PREP_DB_CLAVE=trust-no-usa-clave
export PREP_ADMIN_PASSWORD="$clave" PREP_DEMO=true PREP_FECHA_REFERENCIA=2021-10-31 PREP_AVISOS=false
export TELEGRAM_BOT_TOKEN=123456:dos-servidores TELEGRAM_API_URL="http://127.0.0.1:$puerto_bot"
export JBOSS_JAVA_SIZING="-Xms128m -Xmx640m -XX:+UseParallelGC" LAUNCH_JBOSS_IN_BACKGROUND=1

# Arranca el nodo $1 (1 o 2) y espera hasta 240 s a que el EAR quede desplegado y el bot conectado.
arrancar() {
  local n=$1 i=$(($1 - 1)) base="$tmp/nodo$1"
  mkdir -p "$base"
  cp -r "$servidor/standalone/configuration" "$servidor/standalone/deployments" "$base/"
  rm -f "$base/deployments/"*.deployed "$base/deployments/"*.failed
  "$servidor/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.node.name="nodo$n" \
    -Djboss.socket.binding.port-offset="${desplazamientos[$i]}" >"$tmp/nodo$n.log" 2>&1 &
  pids[$i]=$!
  for _ in $(seq 1 240); do
    [ -f "$base/deployments/seguimiento-prep.ear.failed" ] \
      && falla "el nodo $n no desplegó: $(cat "$base/deployments/seguimiento-prep.ear.failed")"
    if [ -f "$base/deployments/seguimiento-prep.ear.deployed" ] \
      && grep -q "Bot de Telegram @.* listo" "$tmp/nodo$n.log"; then
      return 0
    fi
    kill -0 "${pids[$i]}" 2>/dev/null || falla "el nodo $n terminó al arrancar."
    sleep 1
  done
  falla "el nodo $n no quedó desplegado con el bot conectado en 240 s."
}

paso "Nodo 1 (puertos +${desplazamientos[0]}): crea el esquema y carga la demostración"
arrancar 1
paso "Nodo 2 (puertos +${desplazamientos[1]}): la misma base"
arrancar 2

paso "120 personas vinculadas y suscritas: 100 a Durango, 20 a Coahuila"
sql "insert into vinculo_telegram (usuario_telegram, nombre_telegram, rol, cuenta, activo, creado, version)
     select 800000000 + g, 'Prueba ' || g, 'consejero', 'Persona ' || g, true, now(), 0
     from generate_series(1, 120) g"
sql "insert into suscripcion (id, usuario_telegram, chat, entidad_clave, creada, version)
     select 900000000 + g, 800000000 + g, 800000000 + g, case when g <= 100 then '10' else '05' end,
            now(), 0
     from generate_series(1, 120) g"

enviados_total=0
for fecha in 2021-10-29 2021-11-01 2021-11-03 2021-11-09; do
  # Las dos pasadas a la vez, una en cada nodo.
  pasadas=()
  for i in 0 1; do
    curl -s -o "$tmp/pasada-$fecha-$i.json" -w '%{http_code}' --max-time 300 -u "admin:$clave" \
      -X POST "http://127.0.0.1:$((8080 + desplazamientos[i]))/prep/api/avisos/ejecutar?fecha=$fecha" \
      >"$tmp/codigo-$fecha-$i" &
    pasadas+=($!)
  done
  wait "${pasadas[@]}" || true
  for i in 0 1; do
    [ "$(cat "$tmp/codigo-$fecha-$i")" = 200 ] \
      || falla "la pasada del $fecha en el nodo $((i + 1)) respondió $(cat "$tmp/codigo-$fecha-$i"): $(cat "$tmp/pasada-$fecha-$i.json")"
  done
  # Lo que envió cada nodo: ningún aviso (suscripción, tipo, asunto) lo enviaron los dos, y entre
  # los dos suman los avisos que la base registró en esta pasada.
  read -r e1 o1 e2 o2 repetidos < <(python3 - "$tmp/pasada-$fecha-0.json" "$tmp/pasada-$fecha-1.json" <<'PY'
import json, sys
salida, llaves = [], []
for archivo in sys.argv[1:]:
    pasada = json.load(open(archivo, encoding="utf-8"))
    if any(e["estado"] != "ENVIADO" for e in pasada["enviados"]):
        sys.exit("un aviso no quedó enviado: " + archivo)
    salida += [str(len(pasada["enviados"])), str(pasada["omitidos"])]
    llaves.append({(e["suscripcion"], e["tipo"], e["asunto"]) for e in pasada["enviados"]})
print(" ".join(salida + [str(len(llaves[0] & llaves[1]))]))
PY
)
  registrados="$(sql "select count(*) from aviso")"
  echo "   $fecha: nodo 1 envió $e1 y omitió $o1; nodo 2 envió $e2 y omitió $o2"
  [ $((e1 + e2)) -gt 0 ] || falla "la pasada del $fecha no envió nada."
  [ "$repetidos" -eq 0 ] || falla "el $fecha los dos nodos enviaron $repetidos avisos iguales."
  [ $((registrados - enviados_total)) -eq $((e1 + e2)) ] \
    || falla "el $fecha la base registró $((registrados - enviados_total)) avisos y los nodos enviaron $((e1 + e2))."
  [ "$o1" -ge "$e2" ] && [ "$o2" -ge "$e1" ] \
    || falla "el $fecha lo que envió un nodo debía omitirlo el otro."
  enviados_total=$((enviados_total + e1 + e2))
done

paso "Cada aviso llegó a la Bot API exactamente una vez"
llegados="$(wc -l <"$mensajes")"
distintos="$(python3 -c 'import json,sys; print(len({(m["chat"], m["text"]) for m in map(json.loads, open(sys.argv[1], encoding="utf-8"))}))' "$mensajes")"
en_base="$(sql "select count(*) from aviso where estado = 'ENVIADO'")"
por_nodo="$(sql "select string_agg(nodo || ': ' || n, ', ' order by nodo) from (select nodo, count(*) n from aviso group by nodo) x")"
echo "   $llegados mensajes a la Bot API, $distintos distintos; $en_base avisos enviados en la base ($por_nodo)"
[ "$llegados" -eq "$distintos" ] || falla "$((llegados - distintos)) mensajes llegaron más de una vez."
[ "$llegados" -eq "$enviados_total" ] || falla "llegaron $llegados mensajes y los nodos dijeron $enviados_total."
[ "$llegados" -eq "$en_base" ] || falla "llegaron $llegados mensajes y la base tiene $en_base avisos enviados."
[ "$(sql "select count(*) from aviso where estado <> 'ENVIADO'")" = 0 ] || falla "hay avisos sin enviar en la base."
aprobado=true
