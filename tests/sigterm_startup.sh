#!/usr/bin/env bash
# sigterm_startup: a shutdown that comes while the game starts (or
# stops) ends it within a second, every time. The game's time from exec
# to its first frame is measured, then SIGTERM is sent at 50 points
# spread over that time, with a busy process beside it (a loaded school
# PC), and each start must be gone within 1.5 s of the signal. Before,
# a signal thread could wait on SDL's locks for good.
# Usage: sigterm_startup.sh GAME WORKDIR
set -u
game=$1
work=$2
rm -rf "$work"
mkdir -p "$work/home"
chmod 700 "$work/home"
export XDG_DATA_HOME="$work/home"
export SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
status=0
now_us() { echo $(( $(date +%s%N) / 1000 )); }

# the time to the first frame, the longest of three
first=0
for i in 1 2 3; do
  ALLIANTIESPEL_FIRST_FRAME_SINCE=$(date +%s%N) "$game" --no-trace \
      --domain algemeen --cards quick 2>"$work/first.txt" &
  pid=$!
  for t in $(seq 1 100); do
    grep -q "first frame presented" "$work/first.txt" && break
    sleep 0.05
  done
  us=$(sed -n 's/.*first frame presented after \([0-9]*\) us.*/\1/p' "$work/first.txt")
  kill -TERM $pid 2>/dev/null
  wait $pid 2>/dev/null
  [ -n "$us" ] && [ "$us" -gt "$first" ] && first=$us
done
[ "$first" -gt 0 ] || { echo "FAIL: no first frame"; exit 1; }
echo "first frame after $first us"

# a busy second process for the whole run
( while :; do :; done ) &
busy=$!
trap 'kill $busy 2>/dev/null' EXIT

worst=0
for i in $(seq 0 49); do
  delay_us=$(( first * i / 49 ))
  "$game" --no-trace --domain algemeen --cards quick >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v u="$delay_us" 'BEGIN { printf "%.6f", u / 1000000 }')"
  sent=$(now_us)
  kill -TERM $pid 2>/dev/null
  gone=""
  while [ $(( $(now_us) - sent )) -lt 1500000 ]; do
    if ! kill -0 $pid 2>/dev/null; then gone=yes; break; fi
    sleep 0.01
  done
  took=$(( $(now_us) - sent ))
  if [ -z "$gone" ]; then
    # it may have ended between the last look and now
    if kill -0 $pid 2>/dev/null; then
      echo "FAIL: SIGTERM ${delay_us} us after exec: still running after 1.5 s"
      kill -KILL $pid 2>/dev/null
      status=1
    fi
  fi
  wait $pid 2>/dev/null
  [ "$took" -gt "$worst" ] && worst=$took
done
echo "50 signals from exec to the first frame, under load: slowest end $worst us"
[ $status -eq 0 ] && rm -rf "$work"
exit $status
