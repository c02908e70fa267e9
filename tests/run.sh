#!/usr/bin/env bash
# The README's test command (and CI's): installs what is missing, builds, and runs the whole test
# suite with ctest. Integration tests start their own private PostgreSQL and the real server binary.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/installer/packages.sh"
cj_install_packages
"$here/installer/build.sh"
build="${BUILD_DIR:-$here/build}"
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 1200 "$@"
