#!/usr/bin/env bash
# ui_smoke: the real game in a real X server (Xvfb), played with real key
# presses (xdotool) through a whole quick round, exactly the keys README
# documents. Also checks that the game sleeps when nothing moves.
# Usage: ui_smoke.sh GAME WORKDIR        Exit 77 = skipped.
set -u
game=$1
work=$2
command -v xvfb-run >/dev/null 2>&1 || { echo "SKIP: xvfb-run missing"; exit 77; }
command -v xdotool >/dev/null 2>&1 || { echo "SKIP: xdotool missing"; exit 77; }
rm -rf "$work"
mkdir -p "$work/home"
chmod 700 "$work/home"
export XDG_DATA_HOME="$work/home"
export SMOKE_GAME="$game" SMOKE_WORK="$work"
# Leaks are checked by the headless tests; under a real X server the
# system's GL and D-Bus libraries keep memory at exit that is not ours.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

export GAME_WINDOW_SH="$(cd "$(dirname "$0")" && pwd)/game_window.sh"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
set -u
. "$GAME_WINDOW_SH"
"$SMOKE_GAME" --domain algemeen --lang nl --cards quick \
    --save "$SMOKE_WORK/result.yaml" --window 1024x600 \
    >"$SMOKE_WORK/out.txt" 2>&1 &
pid=$!
game_window || true
if [ -z "$win" ]; then echo "FAIL: no game window"; kill $pid; exit 1; fi
sleep 1

# idle: the game must sleep (SDL_WaitEventTimeout), not spin
ticks() { awk "{print \$14 + \$15}" /proc/$pid/stat; }
t0=$(ticks); sleep 2; t1=$(ticks)
idle=$((t1 - t0))
echo "idle CPU over 2 s: $idle ticks"
if [ "$idle" -gt 20 ]; then echo "FAIL: busy while idle"; kill $pid; exit 1; fi

key() { xdotool key --delay 120 "$@"; sleep 0.15; }
answers=("4 2" "5 5" "2 3" "4 4" "1 3")
for i in 0 1 2 3 4; do
    set -- ${answers[$i]}
    sleep 0.5                     # the deal animation (any key would skip it)
    key $1 Return                 # client: digit, Enter (face down)
    key Return                    # hand-over screen
    key $2 Return                 # professional: digit, Enter
    key Return                    # ready to reveal: turn the card
    sleep 0.5
    key Return                    # done talking: next card / summary
done
sleep 1
if [ ! -s "$SMOKE_WORK/result.yaml" ]; then
    echo "FAIL: no result file after the round"; kill $pid; exit 1
fi
key Escape
key 4                             # quit (the round is over: no question)
for _ in $(seq 50); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
if kill -0 $pid 2>/dev/null; then echo "FAIL: game did not quit"; kill $pid; exit 1; fi
wait $pid
status=$?
if [ $status -ne 0 ]; then echo "FAIL: exit status $status"; cat "$SMOKE_WORK/out.txt"; exit 1; fi
exit 0
'
status=$?
if [ $status -ne 0 ]; then
    exit $status
fi
# the answers, read back by the game itself
summary=$("$game" --summary "$work/result.yaml" 2>&1) || { echo "FAIL: --summary"; echo "$summary"; exit 1; }
echo "$summary"
perm=$(stat -c %a "$work/result.yaml")
[ "$perm" = "600" ] || { echo "FAIL: result file mode $perm"; exit 1; }
got=$(grep -E "^  answers: " "$work/result.yaml" | tr -d " " | tr "\n" " ")
want="answers:[4,2] answers:[5,5] answers:[2,3] answers:[4,4] answers:[1,3] "
[ "$got" = "$want" ] || { echo "FAIL: answers $got, expected $want"; exit 1; }
echo "PASS"
