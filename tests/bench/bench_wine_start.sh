#!/usr/bin/env bash
# The Windows build's start under wine on Xvfb: exec to the first frame
# presented, the game (from the unzipped folder) against the bare
# SDL2 + SDL2_ttf program (baseline_first_frame.c) built the same way,
# in turn, RUNS times each, and the game's peak memory (wine's process,
# VmHWM). A measurement, not a test: scripts/bench.sh or by hand.
# Usage: bench_wine_start.sh STAGE_DIR [RUNS]
set -u
stage=$(realpath "$1")
runs=${2:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
deps=${ALLIANTIESPEL_DEPS:-${XDG_CACHE_HOME:-$HOME/.cache}/alliantiespel-deps}/win64
work=$(mktemp -d "${TMPDIR:-/tmp}/alliantiespel-wine-bench-XXXXXX")
trap 'WINEPREFIX=$work/prefix wineserver -k 2>/dev/null; rm -rf "$work"' EXIT
export WINEPREFIX=$work/prefix WINEDEBUG=-all PKG_CONFIG_LIBDIR=$deps/lib/pkgconfig
# the bare program beside the game's DLLs, so both load the same ones
x86_64-w64-mingw32-gcc -O2 -o "$stage/baseline_first_frame.exe" \
  "$root/tests/bench/baseline_first_frame.c" \
  $(pkg-config --cflags --libs sdl2 SDL2_ttf) -lwinpthread || exit 1
font='assets\fonts\DejaVuSans.ttf'
cd "$stage"
export BENCH_STAGE=$stage BENCH_RUNS=$runs BENCH_FONT=$font BENCH_WORK=$work
xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" bash -c '
set -u
cd "$BENCH_STAGE"
wine ./alliantiespel.exe --version >/dev/null 2>&1 # the wine user made once
wineserver -p # one wine server for every run, already running for both
median() { sort -n | awk "{a[NR]=\$1} END {print a[int((NR+1)/2)]}"; }
game=() base=() rss=()
for i in $(seq "$BENCH_RUNS"); do
  t=$(date +%s%N)
  us=$(wine ./baseline_first_frame.exe "$t" "$BENCH_FONT" 2>/dev/null | tr -dc 0-9)
  [ -n "$us" ] && base+=("$us")
  ALLIANTIESPEL_FIRST_FRAME_SINCE=$(date +%s%N) wine ./alliantiespel.exe \
      --no-trace --domain algemeen --cards quick --window 1920x1080 \
      2>"$BENCH_WORK/game.txt" &
  for t in $(seq 200); do
    grep -q "first frame presented" "$BENCH_WORK/game.txt" && break
    sleep 0.05
  done
  us=$(sed -n "s/.*first frame presented after \([0-9]*\) us.*/\1/p" "$BENCH_WORK/game.txt")
  [ -n "$us" ] && game+=("$us")
  pid=$(pgrep -f "alliantiespel.exe --no-trace" | head -1)
  [ -n "$pid" ] && rss+=($(awk "/VmHWM/ {print \$2}" /proc/$pid/status))
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
  wait
done
wineserver -k 2>/dev/null
b=$(printf "%s\n" "${base[@]}" | median)
g=$(printf "%s\n" "${game[@]}" | median)
r=$(printf "%s\n" "${rss[@]}" | median)
echo "wine first frame, median of $BENCH_RUNS: bare SDL2+TTF $b us, game $g us, ratio $(awk -v g=$g -v b=$b "BEGIN {printf \"%.2f\", g / b}")"
echo "wine peak RSS of the game: ${r} kB"
'
