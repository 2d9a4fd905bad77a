#!/usr/bin/env bash
# Mide una pasada de avisos a escala (mx.seguimientoprep.bench.bot.BancoAvisos, issue 14, «Speed»)
# e imprime sus cifras: arranca una copia del servidor aprovisionado (puertos desplazados en 600,
# su propia base H2, el bot en modo webhook contra una Bot API falsa de la medición, el reloj de los
# avisos apagado), importa 32 entidades × 3 procesos, vincula 200 personas por el bot, cada una se
# suscribe a las 32 entidades (6 400 suscripciones) y corre POST /prep/api/avisos/ejecutar dos
# veces para una fecha. Ver la sección «Benchmark of a pass» del README y bench/README.md.
# Primero se construye, desde la raíz del repositorio:  ./mvnw -q -o install -DskipTests
# Opciones: --usuarios N (200), --fecha aaaa-mm-dd, --servidor DIR, --conservar.
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
source "$bench/jars.sh"
exigir_servidor
cd "$repo"
"$java" -Xmx512m -Dbench.spec="${BENCH_SPEC:-$repo/docs}" -cp "$jars/bench.jar:$jars/lib/*" \
  mx.seguimientoprep.bench.bot.BancoAvisos --servidor "$repo/web-ear/ear/target/server" "$@"
