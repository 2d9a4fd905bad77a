# Lo incluyen (source) los scripts de bench/ después de fijar $bench (esta carpeta): verifica que
# bench/ esté construido y copia sus jars a una carpeta temporal, que se borra al salir, para que
# un build que empiece mientras tanto no los reemplace durante la medición. Fija $repo, $jars y
# $java, y da exigir_servidor a las mediciones que arrancan una copia del servidor aprovisionado.
repo="$(dirname "$bench")"
if [[ ! -f "$bench/target/bench.jar" || ! -d "$bench/target/lib" ]]; then
  echo "bench/ no está construido: ejecute ./mvnw -q -o install -DskipTests en $repo" >&2
  exit 1
fi
jars="$(mktemp -d -t prep-bench-jars.XXXXXX)"
trap 'rm -rf "$jars"' EXIT
cp -r "$bench/target/bench.jar" "$bench/target/lib" "$jars/"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Termina con un mensaje si el servidor de web-ear/ear/target/server no está aprovisionado.
exigir_servidor() {
  if [[ ! -x "$repo/web-ear/ear/target/server/bin/standalone.sh" ]]; then
    echo "el servidor no está aprovisionado: ejecute ./mvnw -q -o install -DskipTests en $repo" >&2
    exit 1
  fi
}
