#!/usr/bin/env bash
# Builds tests/bench/baseline_first_frame.c (a bare SDL2 + SDL2_ttf
# program) against the prefix that scripts/cross/deps.sh TARGET filled,
# runs it, and leaves a picture of its first frame in build/cross/TARGET/:
#   win64: baseline_first_frame.exe run under wine on Xvfb; frame.png is
#          what it drew, read back just before it was shown.
#   web:   baseline_first_frame.html (one file, the font inside) opened in
#          headless chromium from file://; screenshot.png is the page, with
#          the canvas's pixels shown as an image (see README.md).
# Usage: scripts/cross/smoke.sh win64|web
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."

target=${1:-}
case "$target" in
  win64|web) ;;
  *) echo "usage: $0 win64|web" >&2; exit 2 ;;
esac
. scripts/deps_dir.sh
root=$(deps_dir)
prefix=$root/$target
[[ -f $prefix/lib/pkgconfig/SDL2_ttf.pc ]] ||
  { echo "smoke.sh: no $prefix yet; run scripts/cross/deps.sh $target" >&2; exit 1; }
out=build/cross/$target
rm -rf "$out"; mkdir -p "$out"
export PKG_CONFIG_LIBDIR=$prefix/lib/pkgconfig PKG_CONFIG_PATH=
program=tests/bench/baseline_first_frame.c

if [[ $target == win64 ]]; then
  # clock_gettime is mingw-w64's winpthread's (libwinpthread-1.dll, which
  # harfbuzz needs anyway).
  # shellcheck disable=SC2046
  x86_64-w64-mingw32-gcc -O2 -Wall -include "$here/smoke_capture.h" \
    $(pkg-config --cflags sdl2 SDL2_ttf SDL2_image) "$program" \
    -o "$out/baseline_first_frame.exe" \
    $(pkg-config --libs sdl2 SDL2_ttf SDL2_image) -lwinpthread
  # What the .exe needs beside it (the DLLs of the prefix's bin/).
  cp "$prefix"/bin/*.dll "$out/"
  export WINEPREFIX=$root/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
  # An own Xvfb on a display it picks itself (others may run theirs);
  # wine's first start in a new prefix is slow.
  Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp \
    3>"$out/display" >"$out/xvfb.log" 2>&1 &
  xvfb=$!
  trap 'kill "$xvfb" 2>/dev/null || true' EXIT
  for _ in $(seq 100); do
    [[ -s $out/display ]] && break
    sleep 0.1
  done
  [[ -s $out/display ]] || { echo "smoke.sh: Xvfb did not start" >&2; exit 1; }
  export DISPLAY=:$(tr -d '\n' <"$out/display")
  wineboot -i >"$out/wineboot.log" 2>&1 || true
  font=$(winepath -w "$prefix/share/fonts/DejaVuSans.ttf" 2>/dev/null)
  start=$(date +%s%N)
  SMOKE_CAPTURE=$(winepath -w "$PWD/$out/frame.png" 2>/dev/null) \
    SDL_RENDER_DRIVER=software \
    wine "$out/baseline_first_frame.exe" "$start" "$font" \
    >"$out/run.txt" 2>"$out/run.log" ||
    { cat "$out/run.log" >&2; echo "smoke.sh: the program failed under wine" >&2; exit 1; }
  echo "first frame after $(tr -d '\r' <"$out/run.txt") us (wine start included)"
  [[ -s $out/frame.png ]] || { echo "smoke.sh: no frame.png" >&2; exit 1; }
  echo "picture: $out/frame.png"
else
  export EM_CACHE=$root/emcache EM_FROZEN_CACHE=
  export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
  # The arguments main wants: the start (ns, the page's clock) and the font,
  # embedded at /.
  cat >"$out/arguments.js" <<'JS'
Module['arguments'] = [String(Date.now() * 1000000), '/DejaVuSans.ttf'];
JS
  # Headless chromium's screenshot shows this page's canvas black although
  # it holds the frame (read back it is right): once main has returned,
  # the page shows the canvas's pixels as an image in its place.
  cat >"$out/show_frame.js" <<'JS'
Module['postRun'] = Module['postRun'] || [];
Module['postRun'].push(function () {
  var c = Module['canvas'], img = document.createElement('img');
  img.src = c.toDataURL('image/png');
  img.id = 'frame';
  c.style.display = 'none';
  c.parentNode.insertBefore(img, c);
});
JS
  # shellcheck disable=SC2046
  emcc -O2 -Wall $(pkg-config --cflags sdl2 SDL2_ttf) "$program" \
    -o "$out/baseline_first_frame.html" \
    $(pkg-config --static --libs sdl2 SDL2_ttf) \
    -s SINGLE_FILE=1 -s MINIFY_HTML=0 -s ALLOW_MEMORY_GROWTH=1 \
    --pre-js "$out/arguments.js" --pre-js "$out/show_frame.js" \
    --embed-file "$prefix/share/fonts/DejaVuSans.ttf@/DejaVuSans.ttf"
  profile=$(mktemp -d)
  trap 'rm -rf "$profile"' EXIT
  chromium --headless --no-sandbox --disable-gpu \
    --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$profile" \
    --window-size=2000,1400 --virtual-time-budget=10000 \
    --screenshot="$PWD/$out/screenshot.png" \
    "file://$PWD/$out/baseline_first_frame.html" >"$out/chromium.log" 2>&1 ||
    { cat "$out/chromium.log" >&2; echo "smoke.sh: chromium failed" >&2; exit 1; }
  [[ -s $out/screenshot.png ]] || { echo "smoke.sh: no screenshot" >&2; exit 1; }
  echo "page: $out/baseline_first_frame.html ($(du -h "$out/baseline_first_frame.html" | cut -f1))"
  echo "picture: $out/screenshot.png"
fi
