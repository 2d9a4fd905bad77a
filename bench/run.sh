#!/usr/bin/env bash
# Runs the benchmarks of bench/ (reading, export, full import over HTTP) and prints their figures.
# Build first, from the repository root:  ./mvnw -q -o install -DskipTests
# (or only what the benchmarks need:      ./mvnw -q -o install -DskipTests -pl bench -am,
#  plus web-ear/ear for the import:       ./mvnw -q -o install -DskipTests -pl web-ear/ear -am)
# Options go to mx.seguimientoprep.bench.BenchmarkRunner: --filas N, --filas-chicas N, --vueltas N,
# --importaciones N (rounds of the import, each with a fresh server and database; 3),
# --solo lectura,exportacion,importacion, --servidor DIR, --perfil, --conservar.
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
source "$bench/jars.sh"
cd "$repo"
"$java" -Xmx256m -Dbench.spec="${BENCH_SPEC:-$repo/docs}" \
  -cp "$jars/bench.jar:$jars/lib/*" \
  mx.seguimientoprep.bench.BenchmarkRunner --servidor "$repo/web-ear/ear/target/server" "$@"
