#!/usr/bin/env bash
# Installs the Debian 12 packages ClassJournal needs to build, run and test, if any are missing.
# Sourced by the run and test commands; safe to run again (does nothing when all are present).
set -euo pipefail

CJ_PACKAGES=(
  build-essential cmake ninja-build pkg-config file dpkg-dev openssl ccache python3
  clang libclang-rt-14-dev
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-charts-dev libqt6opengl6-dev libqt6svg6
  libgl-dev libssl-dev libsodium-dev libpq-dev libjemalloc-dev
  postgresql postgresql-contrib
  fonts-dejavu-core fontconfig xvfb xauth xfonts-base poppler-utils
)

cj_install_packages() {
  local missing=()
  for p in "${CJ_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  cj_install_packages
fi
