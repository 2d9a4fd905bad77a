#!/usr/bin/env bash
# Cuánto cuesta entender un mensaje sin base de datos (issue 12: p99 < 1 ms); unos segundos.
# Construya antes, desde la raíz del repositorio:  ./mvnw -q -o install -DskipTests
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
source "$bench/jars.sh"
cd "$repo"
"$java" -Xmx256m -Dbench.spec="${BENCH_SPEC:-$repo/docs}" \
  -cp "$jars/bench.jar:$jars/lib/*" mx.seguimientoprep.bench.BancoComprension "$@"
