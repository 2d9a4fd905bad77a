#!/usr/bin/env bash
# Mide el bot de Telegram por su webhook (mx.seguimientoprep.bench.bot.BancoBot) e imprime sus
# cifras: arranca una copia del servidor aprovisionado (puertos desplazados en 300) con los datos
# de demostración y una Bot API falsa dentro de la medición, vincula 200 usuarios y envía 5 000
# preguntas de estado.
# Primero se construye, desde la raíz del repositorio:  ./mvnw -q -o install -DskipTests
# Opciones: --usuarios N, --preguntas N, --hilos N, --ritmo N, --escritura-cada N (un oficio por
# la API cada N preguntas durante la carga; ninguno por omisión), --servidor DIR,
# --conservar, --perfil ARCHIVO.jfr (graba el servidor con JFR).
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
source "$bench/jars.sh"
exigir_servidor
cd "$repo"
"$java" -Xmx512m -cp "$jars/bench.jar:$jars/lib/*" \
  mx.seguimientoprep.bench.bot.BancoBot --servidor "$repo/web-ear/ear/target/server" "$@"
