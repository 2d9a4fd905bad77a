#!/usr/bin/env bash
# Measures the Telegram bot through its webhook (mx.seguimientoprep.bench.bot.BancoBot) and prints
# its figures: it starts the provisioned server (ports offset by 300) with the demo data and a fake
# Bot API inside the benchmark, links 200 users and sends 5 000 status questions.
# Build first, from the repository root:  ./mvnw -q -o install -DskipTests
# Options: --usuarios N, --preguntas N, --hilos N, --ritmo N, --escritura-cada N (one oficio
# through the API every N questions during the load; none by default), --servidor DIR,
# --conservar, --perfil FILE.jfr (records the server with JFR).
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$bench")"
if [[ ! -f "$bench/target/bench.jar" || ! -d "$bench/target/lib" ]]; then
  echo "bench/ is not built: run ./mvnw -q -o install -DskipTests from $repo" >&2
  exit 1
fi
if [[ ! -x "$repo/web-ear/ear/target/server/bin/standalone.sh" ]]; then
  echo "the server is not provisioned: run ./mvnw -q -o install -DskipTests from $repo" >&2
  exit 1
fi
# The run uses a copy of the jars (and the benchmark copies the server), so that a build started
# meanwhile cannot replace them under the measurement.
copia="$(mktemp -d -t prep-bench-bot.XXXXXX)"
trap 'rm -rf "$copia"' EXIT
cp -r "$bench/target/bench.jar" "$bench/target/lib" "$copia/"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cd "$repo"
"$java" -Xmx512m -cp "$copia/bench.jar:$copia/lib/*" \
  mx.seguimientoprep.bench.bot.BancoBot --servidor "$repo/web-ear/ear/target/server" "$@"
