#!/usr/bin/env bash
# The browser build, from this Debian machine, in one command: Debian's
# source packages cross-built once with emscripten into a cache outside
# the tree (scripts/cross/deps.sh web), then the game as one page with
# everything inside, which opens from file:// and from any web server:
#   build-web/alliantiespel.html
# With --test it also plays the page in chromium on Xvfb (tests/web/).
# Usage: scripts/web.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
test=0
[[ "${1:-}" == "--test" ]] && test=1

scripts/cross/deps.sh web
. scripts/deps_dir.sh
cache=$(deps_dir)
deps=$cache/web
# emscripten's own C library is built once into the cache (Debian's is
# read-only and frozen); Debian's node modules when node is not Debian's
export EM_CACHE=$cache/emcache EM_FROZEN_CACHE=
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
# pkg-config sees only the browser's libraries
export PKG_CONFIG_LIBDIR=$deps/lib/pkgconfig PKG_CONFIG_PATH=
build=$root/build-web
# A unity build (a few files compiled as one): each emcc start costs about
# a second of python, and a file's own work is small beside it. The
# native builds still compile every file alone, with every warning.
emcmake cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_UNITY_BUILD=ON \
  -DALLIANTIESPEL_DEPS_PREFIX="$deps" >"$build.configure.log" 2>&1 ||
  { cat "$build.configure.log" >&2; exit 1; }
rm -f "$build.configure.log"
cmake --build "$build" -j "$(nproc)" --target alliantiespel

page=$build/alliantiespel.html
size=$(stat -c %s "$page")
limit=$((12 * 1024 * 1024))
awk -v p="$page" -v s="$size" \
  'BEGIN { printf "web.sh: %s, %.1f MB\n", p, s / 1048576 }'
if ((size > limit)); then
  echo "web.sh: the page is over 12 MB" >&2
  exit 1
fi
if ((test)); then
  tests/web/run.sh "$page"
fi
