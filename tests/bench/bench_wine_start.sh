#!/usr/bin/env bash
# The Windows build's start under wine on Xvfb: exec to the first frame
# presented, the game (from the unzipped folder) against the bare
# SDL2 + SDL2_ttf program (baseline_first_frame.c) built the same way and
# run beside the game's DLLs, in turn, RUNS times each; the game with
# SDL's software renderer (as the bare program) and with its default,
# Direct3D (which wine turns into OpenGL, on Xvfb Mesa's llvmpipe: a
# cost a Windows PC does not pay). A measurement, not a test.
# Usage: bench_wine_start.sh STAGE_DIR [RUNS]
set -u
stage=$(realpath "$1")
runs=${2:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/deps_dir.sh"
deps=$(deps_dir win64)
work=$(mktemp -d "${TMPDIR:-/tmp}/alliantiespel-wine-bench-XXXXXX")
trap 'WINEPREFIX=$work/prefix wineserver -k 2>/dev/null; rm -rf "$work"' EXIT
export WINEPREFIX=$work/prefix WINEDEBUG=-all PKG_CONFIG_LIBDIR=$deps/lib/pkgconfig
x86_64-w64-mingw32-gcc -O2 -o "$stage/baseline_first_frame.exe" \
  "$root/tests/bench/baseline_first_frame.c" \
  $(pkg-config --cflags --libs sdl2 SDL2_ttf) -lwinpthread || exit 1
export BENCH_STAGE=$stage BENCH_RUNS=$runs BENCH_WORK=$work
timeout $((60 + runs * 60)) xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" bash -c '
cd "$BENCH_STAGE"
wine ./alliantiespel.exe --version >/dev/null 2>&1 # the wine user, made once
for i in $(seq "$BENCH_RUNS"); do
  wine cmd /c ver >/dev/null 2>&1 # a warm wine server for each alike
  t=$(date +%s%N)
  timeout 30 wine ./baseline_first_frame.exe "$t" "assets\\fonts\\DejaVuSans.ttf" \
      >"$BENCH_WORK/bare$i.txt" 2>&1
  for how in software default; do
    wine cmd /c ver >/dev/null 2>&1
    renderer=; [ $how = software ] && renderer=software
    ALLIANTIESPEL_RENDERER=$renderer ALLIANTIESPEL_FIRST_FRAME_SINCE=$(date +%s%N) \
      timeout 12 wine ./alliantiespel.exe --no-trace --domain algemeen \
      --cards quick --window 1920x1080 2>"$BENCH_WORK/$how$i.txt"
  done
done' >/dev/null 2>&1
rm -f "$stage/baseline_first_frame.exe"
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
bare=$(cat "$work"/bare*.txt | tr -dc '0-9\n' | grep . | median)
soft=$(sed -n 's/.*first frame presented after \([0-9]*\) us.*/\1/p' "$work"/software*.txt | median)
d3d=$(sed -n 's/.*first frame presented after \([0-9]*\) us.*/\1/p' "$work"/default*.txt | median)
echo "wine on Xvfb, first frame, median of $runs: bare SDL2+TTF ${bare} us," \
     "game (software) ${soft} us, game (Direct3D) ${d3d} us"
awk -v b="$bare" -v s="$soft" 'BEGIN { if (b > 0) printf "ratio (software): %.2f\n", s / b }'
