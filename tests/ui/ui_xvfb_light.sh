#!/usr/bin/env bash
# ui_xvfb_light: under a real X server without a GPU (Xvfb: the only OpenGL
# is Mesa's llvmpipe) the game must choose SDL's software renderer, and a
# quick round at 1920x1080 played with real key presses must stay light:
# its peak RSS (VmHWM of /proc/PID/status, read just before quitting) under
# LIGHT_RSS_LIMIT_KB (60 MB; about 25 MB with the software renderer, 164 MB
# when llvmpipe was loaded). Memory is a measurement, so the limit has
# headroom; falling back to llvmpipe must still fail.
# Usage: ui_xvfb_light.sh GAME WORKDIR      Exit 77 = skipped.
# Prints "peak_rss_kb N" and "renderer: ..." (scripts/bench.sh reads them).
set -u
game=$1
work=$2
command -v xvfb-run >/dev/null 2>&1 || { echo "SKIP: xvfb-run missing"; exit 77; }
command -v xdotool >/dev/null 2>&1 || { echo "SKIP: xdotool missing"; exit 77; }
rm -rf "$work"
mkdir -p "$work/home"
chmod 700 "$work/home"
export XDG_DATA_HOME="$work/home"
export LIGHT_GAME="$game" LIGHT_WORK="$work"
export LIGHT_RSS_LIMIT_KB="${LIGHT_RSS_LIMIT_KB:-61440}"
# Under AddressSanitizer memory is mostly its own shadow: the renderer is
# still checked, the memory only reported.
if ldd "$1" 2>/dev/null | grep -q libasan; then
    export LIGHT_RSS_LIMIT_KB=0
fi
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
# this test is about the automatic choice: nothing forces one
[ "${LIGHT_KEEP_RENDERER:-}" = 1 ] || unset ALLIANTIESPEL_RENDERER
unset SDL_VIDEODRIVER SDL_RENDER_DRIVER SDL_FRAMEBUFFER_ACCELERATION

export GAME_WINDOW_SH="$(cd "$(dirname "$0")" && pwd)/game_window.sh"
xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" bash -c '
set -u
. "$GAME_WINDOW_SH"
fail() { echo "FAIL: $*"; [ -n "${pid:-}" ] && kill -KILL $pid 2>/dev/null; exit 1; }
"$LIGHT_GAME" --version --verbose >"$LIGHT_WORK/version.txt" 2>&1 ||
    fail "--version --verbose: $(cat "$LIGHT_WORK/version.txt")"
grep "^renderer: " "$LIGHT_WORK/version.txt"
if [ "${LIGHT_KEEP_RENDERER:-}" != 1 ]; then
    grep -q "^renderer: software (" "$LIGHT_WORK/version.txt" ||
        fail "--version --verbose does not choose software: $(cat "$LIGHT_WORK/version.txt")"
fi

ALLIANTIESPEL_SAY_RENDERER=1 "$LIGHT_GAME" --domain algemeen --lang nl \
    --cards quick --window 1920x1080 >"$LIGHT_WORK/out.txt" 2>&1 &
pid=$!
game_window || true
[ -n "$win" ] || fail "no game window"
sleep 0.5
said=$(grep "renderer: " "$LIGHT_WORK/out.txt")
echo "game: $said"
if [ "${LIGHT_KEEP_RENDERER:-}" != 1 ]; then
    case $said in
    *"renderer: software, SDL'"'"'s software"*) ;;
    *) fail "the game did not choose the software renderer: $said" ;;
    esac
fi

key() { xdotool key --delay 120 "$@"; sleep 0.15; }
answers=("4 2" "5 5" "2 3" "4 4" "1 3")
for i in 0 1 2 3 4; do
    set -- ${answers[$i]}
    sleep 0.5
    key $1 Return
    key Return
    key $2 Return
    key Return
    sleep 0.5
    key Return
done
sleep 1
kill -0 $pid 2>/dev/null || fail "the game ended during the round: $(cat "$LIGHT_WORK/out.txt")"
peak=$(awk "/^VmHWM:/ { print \$2 }" /proc/$pid/status)
key Escape
key 4
for _ in $(seq 50); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
kill -0 $pid 2>/dev/null && fail "the game did not quit"
wait $pid
status=$?
[ $status -eq 0 ] || fail "exit status $status: $(cat "$LIGHT_WORK/out.txt")"
echo "peak_rss_kb $peak"
[ -n "$peak" ] || fail "no VmHWM"
[ "$LIGHT_RSS_LIMIT_KB" -eq 0 ] || [ "$peak" -le "$LIGHT_RSS_LIMIT_KB" ] ||
    fail "peak RSS $peak kB over $LIGHT_RSS_LIMIT_KB kB (llvmpipe loaded?)"
exit 0
'
status=$?
[ $status -eq 0 ] && echo "PASS"
exit $status
