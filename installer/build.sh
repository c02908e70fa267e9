#!/usr/bin/env bash
# Configures and builds ClassJournal into BUILD_DIR (default: build/) with clang, so the libFuzzer
# targets are built too. Used by the run, test and benchmark commands; BUILD_TARGETS (space-separated)
# builds only those targets, e.g. the run command needs no test executables.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
type="${BUILD_TYPE:-RelWithDebInfo}"
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}"
targets=()
for target in ${BUILD_TARGETS:-}; do
  targets+=(--target "$target")
done
cmake --build "$build" --parallel "$(nproc)" "${targets[@]}"
