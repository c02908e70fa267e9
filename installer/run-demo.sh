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
# The server's own line, not PostgreSQL's "listening on Unix socket"; the first start fills the demo
# school before it (a minute or two).
ready="cj.server: listening on"
accounts="$data/demo-accounts.txt"
[ -f "$accounts" ] || echo "The first start fills the demo school: a minute or two ..."
for _ in $(seq 1 1200); do
  grep -q "$ready" "$log" 2>/dev/null && break
  if ! kill -0 $server 2>/dev/null; then
    echo "The server did not start:"; cat "$log"; exit 1
  fi
  sleep 0.5
done
grep -q "$ready" "$log" || { echo "The server did not start in time:"; tail -20 "$log"; exit 1; }
# The accounts are printed when the demo school is made; later starts show that list again.
if grep -q "Accounts (login" "$data/accounts.txt"; then
  cp "$data/accounts.txt" "$accounts"
elif [ -f "$accounts" ]; then
  echo "The demo school from an earlier start (passwords changed since then are not shown):"
fi
cat "$accounts" 2>/dev/null || cat "$data/accounts.txt"
echo "Server: localhost:$port"

export LANG="${CJ_LANG:-ru_RU.UTF-8}"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  "$build/client/classjournal"
else
  echo "No display here: starting the client in a virtual X display (xvfb); it is running but invisible."
  echo "Connect a client from a desktop to $(hostname):$port, or press Ctrl+C to stop."
  xvfb-run -a -s "-screen 0 1280x1024x24" "$build/client/classjournal"
fi
