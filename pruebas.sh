#!/usr/bin/env bash
# Todas las pruebas del proyecto: las unitarias y de arquitectura, las del contenedor sobre el
# WildFly aprovisionado y las del navegador, que manejan el Chromium de Debian. Si faltan, primero
# instala chromium y chromium-driver (apt-get, como root o con sudo) y luego corre ./mvnw install;
# los argumentos extra van a Maven (./pruebas.sh -B).
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "== Instalando chromium y chromium-driver para las pruebas en el navegador =="
  if [ "$(id -u)" -eq 0 ]; then
    como_root=()
  elif command -v sudo >/dev/null 2>&1; then
    como_root=(sudo)
  else
    echo "Faltan chromium y chromium-driver, y este usuario no puede instalarlos:" \
      "ejecute como root «apt-get install -y chromium chromium-driver» y vuelva a intentarlo." >&2
    exit 1
  fi
  "${como_root[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${como_root[@]}" apt-get install -y chromium chromium-driver
fi

exec ./mvnw "$@" install
