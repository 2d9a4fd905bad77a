#!/usr/bin/env bash
# Measures a pass of the notices at scale (mx.seguimientoprep.bench.bot.BancoAvisos, issue 14,
# "Speed") and prints its figures: it starts a copy of the provisioned server (ports offset by 600,
# its own H2 database, the bot in webhook mode against a fake Bot API of the benchmark, the notices'
# timer off), imports 32 entidades × 3 processes, links 200 people through the bot, each subscribes
# to the 32 entidades (6 400 subscriptions), and runs POST /prep/api/avisos/ejecutar twice for one
# date. See the README's "Notices" benchmark and bench/README.md.
# Build first, from the repository root:  ./mvnw -q -o install -DskipTests
# Options: --usuarios N (200), --fecha aaaa-mm-dd, --servidor DIR, --conservar.
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
source "$bench/jars.sh"
if [[ ! -x "$repo/web-ear/ear/target/server/bin/standalone.sh" ]]; then
  echo "the server is not provisioned: run ./mvnw -q -o install -DskipTests from $repo" >&2
  exit 1
fi
cd "$repo"
"$java" -Xmx512m -Dbench.spec="${BENCH_SPEC:-$repo/docs}" -cp "$jars/bench.jar:$jars/lib/*" \
  mx.seguimientoprep.bench.bot.BancoAvisos --servidor "$repo/web-ear/ear/target/server" "$@"
