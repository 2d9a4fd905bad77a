#!/usr/bin/env bash
# Cuánto cuesta reconocer la entidad en un texto largo (issue 10, punto 3); unos segundos.
# Construya antes, desde la raíz del repositorio:  ./mvnw -q -o install -DskipTests -pl bench -am
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$bench")"
if [[ ! -f "$bench/target/bench.jar" || ! -d "$bench/target/lib" ]]; then
  echo "bench/ no está construido: ./mvnw -q -o install -DskipTests -pl bench -am desde $repo" >&2
  exit 1
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cd "$repo"
"$java" -Xmx256m -Dbench.spec="${BENCH_SPEC:-$repo/docs}" \
  -cp "$bench/target/bench.jar:$bench/target/lib/*" mx.seguimientoprep.bench.BancoResolutor "$@"
