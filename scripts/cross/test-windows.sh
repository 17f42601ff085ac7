#!/usr/bin/env bash
# The core tests (tests/core) built for Windows with mingw-w64 and run
# under wine through ctest; prints how many passed and how long each step
# took. Needs the prefix of `scripts/cross/deps.sh win64` and wine.
# Usage: scripts/cross/test-windows.sh [BUILD_DIR]   (default build-win,
# the folder scripts/windows.sh builds in; its --test calls this).
# WINEPREFIX names another wine prefix (default: wine/ beside the
# libraries, as smoke.sh's).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."

build=${1:-build-win}
toolchain=$PWD/scripts/cross/mingw-w64.cmake
command -v wine >/dev/null ||
  { echo "test-windows.sh: wine is not installed (apt-get install wine)" >&2; exit 1; }
. scripts/deps_dir.sh
root=$(deps_dir)
[[ -f $root/win64/lib/pkgconfig/sdl2.pc ]] ||
  { echo "test-windows.sh: no $root/win64 yet; run scripts/cross/deps.sh win64" >&2; exit 1; }
export WINEPREFIX=${WINEPREFIX:-$root/wine} WINEDEBUG=-all
# no Mono or Gecko to install: a console program needs neither
export WINEDLLOVERRIDES="mscoree,mshtml="
jobs=$(nproc 2>/dev/null || echo 2)
(( jobs > 2 )) && jobs=2

seconds() { echo $(( ($(date +%s%N) - $1) / 1000000000 )); }

# A new prefix takes seconds to make: made here, not in the first test's time.
start=$(date +%s%N)
wineboot -i >/dev/null 2>&1 || true
boot=$(seconds "$start")

start=$(date +%s%N)
mkdir -p "$build"
cmake -S . -B "$build" -DCMAKE_TOOLCHAIN_FILE="$toolchain" >"$build/configure.log" 2>&1 ||
  { cat "$build/configure.log" >&2; exit 1; }
cmake --build "$build" -j"$jobs"
built=$(seconds "$start")

start=$(date +%s%N)
status=0
(cd "$build" && ctest -j"$jobs" --output-on-failure) | tee "$build/ctest.log" ||
  status=$?
ran=$(seconds "$start")

summary=$(grep -E '^[0-9]+% tests passed' "$build/ctest.log" || true)
total=$(sed -n 's/.* out of \([0-9]*\)$/\1/p' <<<"$summary")
failed=$(sed -n 's/.*passed, \([0-9]*\) tests failed.*/\1/p' <<<"$summary")
echo "windows core tests: $(( ${total:-0} - ${failed:-0} )) of ${total:-0} passed" \
     "under $(wine --version) (wine start ${boot} s, build ${built} s, ctest ${ran} s)"
exit "$status"
