#!/usr/bin/env bash
# The game's figures for scripts/bench.sh. Usage: bench_game.sh BENCH_DIR TMP
set -euo pipefail
bench=$1
tmp=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
game_bin=${BENCH_GAME:-$root/build/alliantiespel} # the program itself

# Start-up to the first frame: the real program beside the bare SDL2 +
# SDL2_ttf program, under Xvfb and offscreen in one run, 21 rounds
# (bench_start.sh says how; its own Xvfb, or offscreen only without one).
"$root/tests/bench/bench_start.sh" "$game_bin" "$bench/baseline_first_frame" 21

export SDL_VIDEODRIVER=offscreen SDL_FRAMEBUFFER_ACCELERATION=0
# Frame cost: CPU time per frame of the reveal animation and of the summary
# board, 1920x1080, software renderer.
"$bench/bench_game" frames 300
# The same for a workshop on the projector: a show of hands' spread after
# a revote, its board, and a teams round's spread.
"$bench/bench_game" workshop-frames 300

# Memory: peak RSS of one whole session, and RSS over 1,000 sessions.
"$bench/bench_game" memory 1000
unset SDL_VIDEODRIVER SDL_FRAMEBUFFER_ACCELERATION

# Under Xvfb: a real X11 window and real event waits, on a machine whose
# only OpenGL is llvmpipe, so the game chooses SDL's software renderer
# itself (nothing is forced on the game's side; the baseline is told what
# the game decides: software renderer, no framebuffer acceleration).
if command -v Xvfb >/dev/null; then
  display=:97
  # -noreset: as a desktop's server, not starting over when a client leaves
  Xvfb $display -screen 0 1920x1080x24 -nolisten tcp -noreset >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  export DISPLAY=$display
  ALLIANTIESPEL_DATA_DIR=$root "$bench/bench_game" frames 300 | sed 's/^/xvfb_/'
  # Peak RSS of a whole quick round at 1920x1080 played with real key
  # presses (the suite's ui_xvfb_light test, with no limit), and the same
  # round with the accelerated renderer forced: what llvmpipe costs.
  if command -v xdotool >/dev/null && command -v xvfb-run >/dev/null; then
    for r in auto accelerated; do
      out=$(if [[ $r = auto ]]; then unset ALLIANTIESPEL_RENDERER; else export ALLIANTIESPEL_RENDERER=$r LIGHT_KEEP_RENDERER=1; fi
            LIGHT_RSS_LIMIT_KB=99999999 ALLIANTIESPEL_DATA_DIR=$root \
              bash "$root/tests/ui/ui_xvfb_light.sh" "$game_bin" "$tmp/light" 2>&1) || true
      peak=$(sed -n 's/^peak_rss_kb //p' <<<"$out")
      said=$(sed -n "s/^game: alliantiespel: renderer: //p" <<<"$out")
      echo "xvfb_peak_rss_session_${r} $(awk -v v="${peak:-0}" 'BEGIN { printf "%.1f", v / 1024 }') MB (target <= 40; renderer: $said)"
    done
  fi
  # A workshop left alone at a turned card's spread: CPU with the talk
  # timer paused, then running (bench_workshop_idle.sh says how).
  "$root/tests/bench/bench_workshop_idle.sh" "$game_bin" 20 ||
    echo "bench_workshop_idle.sh failed" >&2
  unset DISPLAY
  DISPLAY=$display ALLIANTIESPEL_DATA_DIR=$root XDG_DATA_HOME=$tmp \
    "$game_bin" --domain reclassering --cards quick --window 1920x1080 &
  game_pid=$!
  sleep 3 # past the start-up and the deal animation: waiting at the card
  ticks() { awk '{ print $14 + $15 }' "/proc/$game_pid/stat"; }
  before=$(ticks)
  sleep 10
  after=$(ticks)
  hz=$(getconf CLK_TCK)
  # Mid-round the game answers a quit request by asking "really quit?", so
  # a plain SIGTERM would leave it (and this script) waiting: the figure is
  # taken, end it outright.
  kill -KILL "$game_pid" 2>/dev/null || true
  wait "$game_pid" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  echo "idle_cpu_at_card $(awk -v t=$((after - before)) -v hz="$hz" 'BEGIN { printf "%.2f", 100 * t / hz / 10 }') % of one core (target <= 0.5)"
fi
