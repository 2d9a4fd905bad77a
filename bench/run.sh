#!/usr/bin/env bash
# Corre las mediciones de bench/ (lectura, exportación, importación completa por HTTP) e imprime
# sus cifras.
# Primero se construye, desde la raíz del repositorio:  ./mvnw -q -o install -DskipTests
# (o solo lo que necesitan las mediciones:  ./mvnw -q -o install -DskipTests -pl bench -am,
#  más web-ear/ear para la importación:     ./mvnw -q -o install -DskipTests -pl web-ear/ear -am)
# Las opciones van a mx.seguimientoprep.bench.BenchmarkRunner: --filas N, --filas-chicas N,
# --vueltas N, --importaciones N (vueltas de la importación, cada una con servidor y base de datos
# nuevos; 3), --solo lectura,exportacion,importacion, --servidor DIR, --perfil, --conservar.
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
source "$bench/jars.sh"
cd "$repo"
"$java" -Xmx256m -Dbench.spec="${BENCH_SPEC:-$repo/docs}" \
  -cp "$jars/bench.jar:$jars/lib/*" \
  mx.seguimientoprep.bench.BenchmarkRunner --servidor "$repo/web-ear/ear/target/server" "$@"
