#!/usr/bin/env bash
# Idle CPU of a workshop on the projector, under a real X server (Xvfb, no
# GPU): the real program, played with real key presses to a turned card's
# spread, then left alone while the room talks.
#  - build/alliantiespel --mode workshop --hands --domain reclassering
#    --cards quick --window 1920x1080, SDL's X11 driver and the game's own
#    renderer choice (software here), a fresh empty XDG_DATA_HOME and
#    XDG_CONFIG_HOME (no round waiting, no remembered settings);
#  - xdotool: once the deal is over (300 ms: it ends by itself, and an Enter
#    that came after it would move on from the first option, shifting every
#    count), each side's show of hands is typed as digits and Enter per
#    option (5 options, 2 sides), and Enter turns the card;
#  - the process's CPU time (utime + stime of /proc/PID/stat, every thread)
#    over SECONDS with the talk timer paused (nothing changes on the screen:
#    the loop sleeps in SDL_WaitEventTimeout, target 0 %), then T starts the
#    timer and the same over SECONDS again (one new frame a second, when the
#    shown second changes: target <= 1 % of a core).
# Timing is reported, never asserted: this is not part of ctest.
#
# Usage: bench_workshop_idle.sh GAME [SECONDS]      (SECONDS: 20)
# With $DISPLAY set it uses that X server (bench_game.sh's Xvfb); without,
# it starts its own: Xvfb $XVFB_DISPLAY (default :95) -screen 0
# 1920x1080x24 -noreset (as a desktop's server, not starting over when a
# client leaves). Without Xvfb or xdotool it says SKIP and exits 0.
# Prints "workshop_idle_paused X %" and "workshop_idle_timer_running X %".
# IDLE_SHOT=FILE.png keeps a picture of the screen at the end (the spread,
# the timer running), to see that the keys got there.
set -euo pipefail
game=$1
seconds=${2:-20}
root=$(cd "$(dirname "$0")/../.." && pwd)
for tool in Xvfb xdotool; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: workshop idle CPU needs $tool, which is not installed"
    exit 0
  fi
done
tmp=$(mktemp -d)
xvfb=
pid=
cleanup() {
  # Mid-round the game answers a quit request by asking "really quit?":
  # the figures are taken, end it outright.
  if [[ -n $pid ]]; then kill -KILL "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [[ -n $xvfb ]]; then kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
. "$(dirname "$0")/xvfb_up.sh"
. "$(dirname "$0")/../ui/game_window.sh"
xvfb_up "${XVFB_DISPLAY:-:95}" "$tmp/xvfb.log"
# nothing forced: the game chooses its renderer as on a school PC
unset SDL_VIDEODRIVER SDL_RENDER_DRIVER SDL_FRAMEBUFFER_ACCELERATION \
  ALLIANTIESPEL_RENDERER LIBGL_ALWAYS_SOFTWARE
mkdir -m 700 "$tmp/data" "$tmp/config"
XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config ALLIANTIESPEL_DATA_DIR=$root \
  "$game" --mode workshop --hands --domain reclassering --cards quick \
  --window 1920x1080 >"$tmp/game.log" 2>&1 </dev/null &
pid=$!
game_window || true
if [[ -z $win ]]; then
  echo "bench_workshop_idle: no game window: $(cat "$tmp/game.log")" >&2
  exit 1
fi
sleep 1 # the deal over: the first side's show of hands waits
key() { xdotool key --delay 60 "$@"; }
for side in "0 2 4 5 1" "1 3 6 12 2"; do # a show of hands per side
  for count in $side; do
    # shellcheck disable=SC2046 # one key per digit
    key $(fold -w1 <<<"$count") Return
  done
done
key Return # turn the card
sleep 2 # the spread drawn: nothing more moves on it
ended() { # the game is gone: say how, and that no figure was taken
  local status=0
  wait "$pid" 2>/dev/null || status=$?
  pid=
  echo "bench_workshop_idle: the game ended (status $status) $1: $(cat "$tmp/game.log")" >&2
  exit 1
}
kill -0 "$pid" 2>/dev/null || ended "before the spread"

hz=$(getconf CLK_TCK)
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
idle() { # NAME TARGET: the game's share of one core over $seconds
  local before after
  before=$(ticks)
  sleep "$seconds"
  after=$(ticks)
  echo "$1 $(awk -v t=$((after - before)) -v hz="$hz" -v s="$seconds" \
    'BEGIN { printf "%.2f", 100 * t / hz / s }') % of one core over $seconds s ($((after - before)) ticks of 1/$hz s; $2)"
}
idle workshop_idle_paused "target 0"
key t # start the talk timer
sleep 0.2
idle workshop_idle_timer_running "target <= 1"
kill -0 "$pid" 2>/dev/null || ended "while measured"
# the screen as it was measured, to look at (ImageMagick's import)
[[ -z ${IDLE_SHOT:-} ]] || import -window root "$IDLE_SHOT"
