#!/usr/bin/env bash
# Installs the Debian 12 packages Quotadesk needs to build, test and run.
# Idempotent and non-interactive; run as root (or through sudo).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libqt6sql6-psql
    qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
    libgl-dev
    postgresql postgresql-contrib libpq-dev
    xvfb xauth
    qt6-qpa-plugins fonts-dejavu-core
    libqt6svg6
    clang libclang-rt-dev   # the sanitizer and fuzz builds (libFuzzer is clang's)
    libjwt-dev libcpp-httplib-dev libssl-dev   # quotadesk-server: JWT verification (libjwt), HTTP (cpp-httplib; its headers include OpenSSL)
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all packages present"
    exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
