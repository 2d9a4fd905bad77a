#!/usr/bin/env bash
# Every test of the project: unit and architecture tests, the in-container suite on the provisioned
# WildFly, and the browser tests, which drive Debian's Chromium. Installs chromium and
# chromium-driver first when they are missing (apt-get, as root or through sudo), then runs
# ./mvnw install; extra arguments go to Maven (./pruebas.sh -B).
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
