#!/usr/bin/env bash
# Measures the Telegram bot through its webhook (mx.seguimientoprep.bench.bot.BancoBot) and prints
# its figures: it starts a copy of the provisioned server (ports offset by 300) with the demo data
# and a fake Bot API inside the benchmark, links 200 users and sends 5 000 status questions.
# Build first, from the repository root:  ./mvnw -q -o install -DskipTests
# Options: --usuarios N, --preguntas N, --hilos N, --ritmo N, --escritura-cada N (one oficio
# through the API every N questions during the load; none by default), --servidor DIR,
# --conservar, --perfil FILE.jfr (records the server with JFR).
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
source "$bench/jars.sh"
if [[ ! -x "$repo/web-ear/ear/target/server/bin/standalone.sh" ]]; then
  echo "the server is not provisioned: run ./mvnw -q -o install -DskipTests from $repo" >&2
  exit 1
fi
cd "$repo"
"$java" -Xmx512m -cp "$jars/bench.jar:$jars/lib/*" \
  mx.seguimientoprep.bench.bot.BancoBot --servidor "$repo/web-ear/ear/target/server" "$@"
