#!/bin/sh
# Installs every Debian package the build, tests and benchmarks need.
# This list is the single place where packages are named.
set -eu
PACKAGES="
  g++ cmake ninja-build make pkg-config ccache
  default-jre-headless antlr4 libantlr4-runtime-dev uuid-dev
  libboost-graph-dev libspdlog-dev libfmt-dev libcli11-dev
  nlohmann-json3-dev libsimdjson-dev libicu-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 time bc wamerican
"
missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
