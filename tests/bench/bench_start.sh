#!/usr/bin/env bash
# Start-up to the first presented frame, the game beside the bare SDL2 +
# SDL2_ttf program (tests/bench/baseline_first_frame.c), on two drivers in
# one run: under a real X server (Xvfb, no GPU) and offscreen.
#  - the real program (GAME, e.g. build/alliantiespel), not the bench
#    driver, --window 1920x1080, a fresh empty user folder (the plain start
#    screen); under X11 its own renderer choice (here SDL's software
#    renderer, no framebuffer acceleration, as it decides with no GPU
#    device); offscreen SDL_VIDEODRIVER=offscreen, as the tests ask;
#  - the baseline makes its window as the game does: 1920x1080, centred,
#    resizable, hidden while it gets ready, shown before the first frame
#    is drawn; software renderer, SDL_FRAMEBUFFER_ACCELERATION=0 (what
#    the game sets itself);
#  - both clocks start in the shell just before exec (bash's
#    $EPOCHREALTIME, no fork) and stop right after the first
#    SDL_RenderPresent returns (the X11 software present ends with
#    XSync: the server has the picture). The game says so on stderr when
#    ALLIANTIESPEL_FIRST_FRAME_SINCE is set (game/platform/platform.c) and
#    is then ended with SIGTERM; the baseline prints and exits;
#  - RUNS rounds; in each every side runs once, each side first in turn
#    (no side always follows the same one), after one unmeasured run of
#    each; medians, and the median of the rounds' ratios. The machine's
#    drift hits all sides alike, so the ratios hold where the times move.
# Timing is reported, never asserted: this is not part of ctest.
#
# Usage: bench_start.sh GAME BASELINE [RUNS]     (RUNS: 21)
# With BENCH_GAME_BEFORE=OTHER_GAME a second build of the game (say, the
# tree before a change) runs too, in the same rotation, reported as
# *_first_frame_before. BENCH_DRIVERS="x11 offscreen" (the default) picks
# the drivers; without Xvfb only offscreen is measured.
# With $DISPLAY set it uses that X server (bench_game.sh's Xvfb); without,
# it starts its own: Xvfb $XVFB_DISPLAY (default :96) -screen 0 1920x1080x24
# -noreset. -noreset matters: without it Xvfb starts over whenever its last
# client leaves (runs xkbcomp again, makes its screen anew), and each run
# would pay for the previous one's reset; a desktop's X server never does
# that while the game starts.
# Prints per driver D (xvfb, offscreen): "D_startup_baseline_sdl_ttf MS ms",
# "D_startup_first_frame MS ms", "D_startup_ratio R x (target <= 1.5)",
# R being the median of the rounds' ratios (game over baseline in the same
# round); with a game before, its figures and the ratio now/before too.
set -euo pipefail
game=$1
baseline=$2
runs=${3:-21}
before=${BENCH_GAME_BEFORE:-}
drivers=${BENCH_DRIVERS:-x11 offscreen}
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
[[ -f $font ]] || font=$(fc-match -f '%{file}' 'DejaVu Sans')
tmp=$(mktemp -d)
xvfb=
cleanup() {
  if [[ -n $xvfb ]]; then kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
if [[ $drivers == *x11* ]]; then
  if command -v Xvfb >/dev/null || [[ -n ${DISPLAY:-} ]]; then
    . "$(dirname "$0")/xvfb_up.sh"
    xvfb_up "${XVFB_DISPLAY:-:96}" "$tmp/xvfb.log"
  else
    echo "bench_start.sh: no Xvfb, offscreen only" >&2
    drivers=offscreen
  fi
fi
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
# run DRIVER WHO: one run, WHO being base, game or before
run() {
  [[ $1 == offscreen ]] && local -x SDL_VIDEODRIVER=offscreen
  local t=${EPOCHREALTIME/./}
  case $2 in
  base) SDL_FRAMEBUFFER_ACCELERATION=0 first_frame "$baseline" "${t}000" "$font" ;;
  game) ALLIANTIESPEL_FIRST_FRAME_SINCE=${t}000 first_frame "$game" --window 1920x1080 ;;
  before) ALLIANTIESPEL_FIRST_FRAME_SINCE=${t}000 first_frame "$before" --window 1920x1080 ;;
  esac
}
sides=()
for d in $drivers; do
  sides+=("$d base" "$d game")
  [[ -z $before ]] || sides+=("$d before")
done
for s in "${sides[@]}"; do # warm the caches of each, unmeasured
  run $s >/dev/null
  : >"$tmp/${s/ /-}"
done
n=${#sides[@]}
for i in $(seq 0 $((runs - 1))); do
  for j in $(seq 0 $((n - 1))); do
    s=${sides[$(((i + j) % n))]}
    run $s >>"$tmp/${s/ /-}"
  done
done
[[ -s $tmp/said ]] && sort -u "$tmp/said" >&2
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ms() { awk -v v="$1" 'BEGIN { printf "%.1f", v / 1000 }'; }
report() { # NAME FILE -> "NAME MEDIAN ms (...)"; sets $med
  med=$(median <"$2")
  echo "$1 $(ms "$med") ms (median of $runs; range $(ms "$(sort -n "$2" | head -1)")-$(ms "$(sort -n "$2" | tail -1)"))"
}
# rounds A B: the median of A's run over B's run in the same round, which
# a spell of load in the middle of the rounds moves less than the medians
rounds() { paste "$1" "$2" | awk '{ print $1 / $2 }' | median | awk '{ printf "%.2f", $1 }'; }
for d in $drivers; do
  name=$d
  [[ $d == x11 ]] && name=xvfb
  report "${name}_startup_baseline_sdl_ttf" "$tmp/$d-base"
  base=$med
  report "${name}_startup_first_frame" "$tmp/$d-game"
  echo "${name}_startup_ratio $(rounds "$tmp/$d-game" "$tmp/$d-base") x (target <= 1.5; median of each round's ratio)"
  if [[ -n $before ]]; then
    report "${name}_startup_first_frame_before" "$tmp/$d-before"
    echo "${name}_startup_ratio_before $(rounds "$tmp/$d-before" "$tmp/$d-base") x"
    echo "${name}_startup_now_over_before $(rounds "$tmp/$d-game" "$tmp/$d-before") x"
  fi
done
