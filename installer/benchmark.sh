#!/usr/bin/env bash
# The full benchmark (docs/benchmarks.md): installs what is missing, builds a Release tree, and runs
# classjournal-bench --full, which prints the table of figures and writes it into docs/benchmarks.md.
# Further arguments go to classjournal-bench (see --help), e.g. --sql-profile or --teachers 100.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/installer/packages.sh"
cj_install_packages
build="${BUILD_DIR:-$here/build-release}"
BUILD_DIR="$build" BUILD_TYPE=Release BUILD_TARGETS="classjournal-server classjournal-print classjournal-bench" \
  "$here/installer/build.sh"
exec "$build/tests/bench/classjournal-bench" --full --markdown "$here/docs/benchmarks.md" "$@"
