#!/usr/bin/env bash
# Mide el estado a escala (mx.seguimientoprep.bench.escala.BancoEscala, issue 9, punto 6) e
# imprime sus cifras: arranca una copia del servidor aprovisionado (puertos desplazados en 200, o
# 400… si están ocupados; su propia base H2; fecha de referencia 31/03/2024), carga 32 entidades ×
# 3 procesos y 1 000 000 de oficios por la importación en partes, y mide el tablero y un estado
# justo después de una escritura. Ver bench/ESCALA.md.
# Primero se construye, desde la raíz del repositorio:  ./mvnw -q -o install -DskipTests
# Opciones: --oficios N (1 000 000), --escrituras N (100),
# --servidor DIR (web-ear/ear/target/server), --por-parte N (100 000 oficios por libro),
# --piso N (100), --conservar.
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
source "$bench/jars.sh"
cd "$repo"
"$java" -Xmx512m -Dbench.spec="${BENCH_SPEC:-$repo/docs}" \
  -cp "$jars/bench.jar:$jars/lib/*" \
  mx.seguimientoprep.bench.escala.BancoEscala --servidor "$repo/web-ear/ear/target/server" "$@"
