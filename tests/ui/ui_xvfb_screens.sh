#!/usr/bin/env bash
# ui_xvfb_screens: what people see in a real X server (Xvfb) with no
# window manager, the way a school PC or a kiosk may run it:
#  - --fullscreen fills the screen from its first frame (the felt reaches
#    every corner; nothing is drawn for a size the window does not have);
#  - SIGTERM mid-round (a shutdown) ends the game at once, without a
#    dialog nobody sees, and the round is offered back at the next start.
# Usage: ui_xvfb_screens.sh GAME WORKDIR        Exit 77 = skipped.
set -u
game=$1
work=$2
for tool in xvfb-run xdotool convert import; do
    command -v $tool >/dev/null 2>&1 || { echo "SKIP: $tool missing"; exit 77; }
done
rm -rf "$work"
mkdir -p "$work/home"
chmod 700 "$work/home"
export XDG_DATA_HOME="$work/home"
export XS_GAME="$game" XS_WORK="$work"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

export GAME_WINDOW_SH="$(cd "$(dirname "$0")" && pwd)/game_window.sh"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
set -u
. "$GAME_WINDOW_SH"
fail() { echo "FAIL: $*"; kill $pid 2>/dev/null; exit 1; }
# the colour of one pixel of the screen, as "R,G,B"
pixel() { convert "$XS_WORK/screen.png" -format "%[fx:int(255*r)],%[fx:int(255*g)],%[fx:int(255*b)]" -crop 1x1+$1+$2 info:; }
green() { IFS=, read -r r g b <<<"$1"; [ "$g" -gt "$r" ] && [ "$g" -gt 60 ]; }

"$XS_GAME" --fullscreen >"$XS_WORK/out.txt" 2>&1 &
pid=$!
game_window || true
[ -n "$win" ] || fail "no game window"
sleep 1
import -window root "$XS_WORK/screen.png" || fail "no screenshot"
for at in "2 2" "1277 2" "2 797" "1277 797" "40 400"; do
    set -- $at
    c=$(pixel $1 $2)
    green "$c" || fail "full screen: pixel at $1,$2 is $c, not the table"
done
echo "full screen: the table reaches every corner"

# a round under way, then a shutdown
xdotool key --delay 120 Return; sleep 0.6
xdotool key --delay 120 3 Return; sleep 0.4
kill -TERM $pid
for _ in $(seq 50); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
kill -0 $pid 2>/dev/null && fail "SIGTERM: the game is still running"
wait $pid
exit 0
'
status=$?
[ $status -eq 0 ] || { cat "$work/out.txt" 2>/dev/null; exit $status; }
kept="$work/home/alliantiespel/alliantiespel/round-in-progress.yaml"
[ -s "$kept" ] || { echo "FAIL: SIGTERM lost the round in progress"; exit 1; }
grep -q "answers: \[3, ~\]" "$kept" || { echo "FAIL: the placed token is not kept"; cat "$kept"; exit 1; }
echo "SIGTERM: the round in progress is kept"
echo "PASS"
