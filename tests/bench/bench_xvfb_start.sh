#!/usr/bin/env bash
# Start-up to the first presented frame under a real X server (Xvfb, no
# GPU), the game against the bare SDL2 + SDL2_ttf baseline on the same
# terms:
#  - the real program (GAME, e.g. build/alliantiespel), not the bench
#    driver: SDL's X11 video driver, the game's own renderer choice (here
#    SDL's software renderer, no framebuffer acceleration, as the game
#    decides with no GPU device), --window 1920x1080;
#  - the baseline (tests/bench/baseline_first_frame.c) makes its window as
#    the game does: 1920x1080, centred, resizable, hidden while it gets
#    ready, shown before the first frame is drawn; software renderer,
#    SDL_FRAMEBUFFER_ACCELERATION=0 (what the game sets itself);
#  - both clocks start in the shell just before exec (bash's
#    $EPOCHREALTIME, no fork) and stop right after the first
#    SDL_RenderPresent returns (the X11 software present ends with
#    XSync: the server has the picture). The game says so on stderr when
#    ALLIANTIESPEL_FIRST_FRAME_SINCE is set (game/platform/platform.c) and
#    is then ended with SIGTERM; the baseline prints and exits;
#  - RUNS runs each, interleaved (baseline, game, baseline, ...), after one
#    unmeasured run of each; medians, and the ratio of the medians.
# Timing is reported, never asserted: this is not part of ctest.
#
# Usage: bench_xvfb_start.sh GAME BASELINE [RUNS]     (RUNS: 21)
# With BENCH_GAME_BEFORE=OTHER_GAME a second build of the game (say, the
# tree before a change) is run too, interleaved with the others, and
# reported as xvfb_startup_first_frame_before.
# With $DISPLAY set it uses that X server (bench_game.sh's Xvfb); without,
# it starts its own: Xvfb $XVFB_DISPLAY (default :96) -screen 0 1920x1080x24
# -noreset. -noreset matters: without it Xvfb starts over whenever its last
# client leaves (runs xkbcomp again, makes its screen anew), and each run
# would pay for the previous one's reset; a desktop's X server never does
# that while the game starts.
# Prints "xvfb_startup_baseline_sdl_ttf MS ms", "xvfb_startup_first_frame
# MS ms", "xvfb_startup_ratio R x (target <= 1.5)".
set -euo pipefail
game=$1
baseline=$2
runs=${3:-21}
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
[[ -f $font ]] || font=$(fc-match -f '%{file}' 'DejaVu Sans')
tmp=$(mktemp -d)
xvfb=
cleanup() {
  if [[ -n $xvfb ]]; then kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
. "$(dirname "$0")/xvfb_up.sh"
xvfb_up "${XVFB_DISPLAY:-:96}" "$tmp/xvfb.log"
# The same for both: no forced driver or renderer; a fresh, empty user
# folder (so the game shows its plain start screen, no round waiting).
unset SDL_VIDEODRIVER SDL_RENDER_DRIVER SDL_FRAMEBUFFER_ACCELERATION \
  ALLIANTIESPEL_RENDERER LIBGL_ALWAYS_SOFTWARE
mkdir -m 700 "$tmp/home"
export XDG_DATA_HOME=$tmp/home

# first_frame PROGRAM ARGS... -> microseconds to its first present. The
# clock is read in this shell, then the program is started in its place.
first_frame() {
  local fd pid line us=
  exec {fd}< <(exec "$@" 2>&1 </dev/null)
  pid=$!
  while IFS= read -r line <&"$fd"; do
    case $line in
    "alliantiespel: first frame presented after "*" us")
      us=${line#alliantiespel: first frame presented after }
      us=${us% us}
      kill -TERM "$pid" 2>/dev/null || true ;;
    [0-9]*) [[ $line =~ ^[0-9]+$ ]] && us=$line ;;
    *) echo "$1: $line" >>"$tmp/said" ;; # shown once, at the end
    esac
  done
  exec {fd}<&-
  wait "$pid" 2>/dev/null || true
  [[ -n $us ]] || { echo "$1 showed no first frame" >&2; return 1; }
  echo "$us"
}
run_baseline() {
  local t=${EPOCHREALTIME/./}
  SDL_FRAMEBUFFER_ACCELERATION=0 first_frame "$baseline" "${t}000" "$font"
}
run_game() { # [PROGRAM]
  local t=${EPOCHREALTIME/./}
  ALLIANTIESPEL_FIRST_FRAME_SINCE=${t}000 first_frame "${1:-$game}" --window 1920x1080
}
before=${BENCH_GAME_BEFORE:-}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

run_baseline >/dev/null # warm the caches of both, unmeasured
run_game >/dev/null
[[ -z $before ]] || run_game "$before" >/dev/null
: >"$tmp/base"
: >"$tmp/game"
: >"$tmp/before"
one() { # NUMBER: one run of the baseline, the game, the game before
  case $1 in
  0) run_baseline >>"$tmp/base" ;;
  1) run_game >>"$tmp/game" ;;
  2) run_game "$before" >>"$tmp/before" ;;
  esac
}
sides=2
[[ -z $before ]] || sides=3
for i in $(seq 0 $((runs - 1))); do # each run in turn first: no side always follows the same one
  for j in $(seq 0 $((sides - 1))); do one $(((i + j) % sides)); done
done
[[ -s $tmp/said ]] && sort -u "$tmp/said" >&2
ms() { awk -v v="$1" 'BEGIN { printf "%.1f", v / 1000 }'; }
report() { # NAME FILE -> "NAME MEDIAN ms (...)"; sets $med
  med=$(median <"$2")
  echo "$1 $(ms "$med") ms (median of $runs; range $(ms "$(sort -n "$2" | head -1)")-$(ms "$(sort -n "$2" | tail -1)"))"
}
report xvfb_startup_baseline_sdl_ttf "$tmp/base"
base=$med
report xvfb_startup_first_frame "$tmp/game"
echo "xvfb_startup_ratio $(awk -v a="$med" -v b="$base" 'BEGIN { printf "%.2f", a / b }') x (target <= 1.5)"
if [[ -n $before ]]; then
  report xvfb_startup_first_frame_before "$tmp/before"
  echo "xvfb_startup_ratio_before $(awk -v a="$med" -v b="$base" 'BEGIN { printf "%.2f", a / b }') x"
fi
