# xvfb_up DISPLAY LOG: sourced by the benchmark scripts. When no display
# is set, starts Xvfb on DISPLAY (1920x1080, kept across clients) with its
# output in LOG, sets xvfb to its pid (for the caller's cleanup) and waits
# until it takes clients; with a display already there it does nothing.
xvfb_up() {
  [[ -z ${DISPLAY:-} ]] || return 0
  export DISPLAY=$1
  Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp -noreset >"$2" 2>&1 &
  xvfb=$!
  for _ in $(seq 50); do # until it takes clients (xdpyinfo if there is one)
    if command -v xdpyinfo >/dev/null; then xdpyinfo >/dev/null 2>&1 && break
    elif [[ -e /tmp/.X11-unix/X${DISPLAY#:} ]]; then sleep 0.2; break; fi
    sleep 0.1
  done
}
