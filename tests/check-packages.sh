#!/usr/bin/env bash
# ctest "packages": the .deb packages hold what a school installs — each program, the systemd unit
# and the configuration of the server, the client's desktop entry and icon — and depend on what the
# programs need. Usage: check-packages.sh BUILD_DIR
set -euo pipefail
build="$1"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)

check() {
  local package="$1" deb
  shift
  deb="$(ls "$out"/"$package"_*.deb)"
  local contents depends
  contents="$(dpkg-deb -c "$deb")"
  depends="$(dpkg-deb -f "$deb" Depends)"
  for item in "$@"; do
    case "$item" in
      depends:*) grep -q "${item#depends:}" <<<"$depends" || { echo "$package does not depend on ${item#depends:}: $depends"; exit 1; } ;;
      *) grep -q " \./$item\$" <<<"$contents" || { echo "$package lacks /$item"; echo "$contents"; exit 1; } ;;
    esac
  done
  echo "$package: ok"
}

check classjournal-server usr/bin/classjournal-server usr/lib/systemd/system/classjournal-server.service \
  etc/classjournal/server.ini depends:postgresql depends:libpq5 depends:libsodium depends:libjemalloc2
check classjournal usr/bin/classjournal usr/bin/classjournal-print usr/share/applications/classjournal.desktop \
  usr/share/icons/hicolor/scalable/apps/classjournal.svg depends:libqt6widgets6 depends:libqt6charts6
