#!/usr/bin/env bash
# Measures the status at scale (mx.seguimientoprep.bench.escala.BancoEscala, issue 9, item 6) and
# prints its figures: it starts a copy of the provisioned server (ports offset by 200, or 400… if
# taken; its own H2 database; reference date 31/03/2024), loads 32 entidades × 3 processes and
# 1 000 000 oficios through the import in parts, and measures the dashboard and one status right
# after a write. See bench/ESCALA.md.
# Build first, from the repository root:  ./mvnw -q -o install -DskipTests
# Options: --oficios N (1 000 000), --escrituras N (100), --servidor DIR (web-ear/ear/target/server),
# --por-parte N (100 000 oficios per workbook), --piso N (100), --conservar.
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
source "$bench/jars.sh"
cd "$repo"
"$java" -Xmx512m -Dbench.spec="${BENCH_SPEC:-$repo/docs}" \
  -cp "$jars/bench.jar:$jars/lib/*" \
  mx.seguimientoprep.bench.escala.BancoEscala --servidor "$repo/web-ear/ear/target/server" "$@"
