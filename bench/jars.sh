# Sourced by the run scripts of bench/, after they set $bench (this folder): checks that bench/ is
# built and copies its jars to a temporary folder, removed on exit, so that a build started
# meanwhile cannot replace them under the measurement. Sets $repo, $jars and $java.
repo="$(dirname "$bench")"
if [[ ! -f "$bench/target/bench.jar" || ! -d "$bench/target/lib" ]]; then
  echo "bench/ is not built: run ./mvnw -q -o install -DskipTests from $repo" >&2
  exit 1
fi
jars="$(mktemp -d -t prep-bench-jars.XXXXXX)"
trap 'rm -rf "$jars"' EXIT
cp -r "$bench/target/bench.jar" "$bench/target/lib" "$jars/"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
