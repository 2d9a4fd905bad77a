#!/usr/bin/env bash
# Cuánto cuesta leer un informe narrativo de 10, 40 y 160 páginas y proponer sus hechos (issue 15).
# Construya antes, desde la raíz del repositorio:  ./mvnw -q -o install -DskipTests
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
source "$bench/jars.sh"
cd "$repo"
"$java" -Xmx256m -Dbench.spec="${BENCH_SPEC:-$repo/docs}" \
  -cp "$jars/bench.jar:$jars/lib/*" mx.seguimientoprep.bench.BancoInforme "$@"
