#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, starts the server with its own private
# PostgreSQL and a demo school (accounts and passwords printed below), then opens the client.
# Ctrl+C (or closing the client) stops the server again.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/installer/packages.sh"
cj_install_packages
BUILD_TARGETS="classjournal-server classjournal classjournal-print" "$here/installer/build.sh"
build="${BUILD_DIR:-$here/build}"

# PostgreSQL runs as an unprivileged user; as root keep its data where that user can reach it.
if [ "$(id -u)" -eq 0 ]; then
  data="${CJ_DATA_DIR:-/var/lib/classjournal-demo}"
else
  data="${CJ_DATA_DIR:-$here/.run/data}"
fi
port="${CJ_PORT:-7446}"
mkdir -p "$data"
log="$data/server.log"

echo "Starting the server (data in $data, log in $log) ..."
"$build/server/classjournal-server" --data-dir "$data" --port "$port" --demo >"$data/accounts.txt" 2>"$log" &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  grep -q "listening on" "$log" 2>/dev/null && break
  if ! kill -0 $server 2>/dev/null; then
    echo "The server did not start:"; cat "$log"; exit 1
  fi
  sleep 0.5
done
grep -q "listening on" "$log" || { echo "The server did not start in time:"; tail -20 "$log"; exit 1; }
cat "$data/accounts.txt"
echo "Server: localhost:$port"

export LANG="${CJ_LANG:-ru_RU.UTF-8}"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  "$build/client/classjournal"
else
  echo "No display here: starting the client in a virtual X display (xvfb); it is running but invisible."
  echo "Connect a client from a desktop to $(hostname):$port, or press Ctrl+C to stop."
  xvfb-run -a -s "-screen 0 1280x1024x24" "$build/client/classjournal"
fi
