#!/usr/bin/env bash
# The Windows build where it runs: under wine on Xvfb, from the unzipped
# folder as a user gets it (no ALLIANTIESPEL_DATA_DIR: the program finds
# its decks beside itself), with a fresh wine user each time.
# - --list-decks, and --check of every shipped deck and case;
# - a whole quick round played with real key presses: the result file in
#   the wine user's AppData holds exactly the answers typed, readable by
#   the Linux build's --summary;
# - wine killed (SIGKILL) mid-round after two turned cards: the round in
#   progress holds both cards' answers.
# Usage: tests/windows/run.sh BUILD_DIR STAGE_DIR [LINUX_GAME]
set -u
build=$1
stage=$2
linux_game=${3:-}
[ -n "$linux_game" ] && linux_game=$(realpath "$linux_game")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/alliantiespel-wine-XXXXXX")
export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset ALLIANTIESPEL_DATA_DIR SDL_VIDEODRIVER SDL_RENDER_DRIVER
status=0
fail() { echo "FAIL: $*"; status=1; }
cd "$stage" || exit 1
exe=./alliantiespel.exe

t0=$(date +%s)
wine "$exe" --version >"$work/version.txt" 2>&1 || fail "--version: $(cat "$work/version.txt")"
echo "a new wine user and --version: $(( $(date +%s) - t0 )) s"
decks=$(wine "$exe" --list-decks 2>&1 | tail -n +2 | wc -l)
[ "$decks" -ge 6 ] || fail "--list-decks lists $decks decks"
checked=0
for f in decks/*.yaml decks/cases/*.yaml; do
  if wine "$exe" --check "$f" >"$work/check.txt" 2>&1; then
    checked=$((checked + 1))
  else
    fail "--check $f: $(cat "$work/check.txt")"
  fi
done
echo "--check: $checked decks and cases ok"

user=$(wine cmd /c 'echo %USERNAME%' 2>/dev/null | tr -d '\r')
folder="$WINEPREFIX/drive_c/users/$user/AppData/Roaming/alliantiespel/alliantiespel"

# the wine server started above has no display: a new one for the window
wineserver -k 2>/dev/null
wineserver -w 2>/dev/null
export RUN_EXE=$exe RUN_WORK=$work RUN_FOLDER=$folder
export GAME_WINDOW_SH="$here/../ui/game_window.sh"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
set -u
. "$GAME_WINDOW_SH"
key() { xdotool key --delay 120 "$@"; sleep 0.3; }
play_cards() { # answers as "client pro" pairs
  for pair in "$@"; do
    set -- $pair
    sleep 0.8
    key $1 Return; key Return; key $2 Return; key Return
    sleep 0.8
    key Return
  done
}
start() {
  wine "$RUN_EXE" --domain algemeen --lang nl --cards quick --window 1024x600 \
      >>"$RUN_WORK/game.txt" 2>&1 &
  pid=$!
  game_window || { echo "FAIL: no game window under wine"; cat "$RUN_WORK/game.txt"; exit 1; }
  sleep 2
}
# a whole quick round
start
play_cards "4 2" "5 5" "2 3" "4 4" "1 3"
sleep 2
ls "$RUN_FOLDER"/result-*.yaml >/dev/null 2>&1 || { echo "FAIL: no result in AppData"; ls -la "$RUN_FOLDER"; exit 1; }
key Escape; key 4
for _ in $(seq 100); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
kill -0 $pid 2>/dev/null && { echo "FAIL: the game did not quit"; exit 1; }
# two cards, then wine is killed
start
play_cards "3 1" "2 4"
sleep 1
wineserver -k9 2>/dev/null || pkill -KILL -f alliantiespel.exe
sleep 1
exit 0
' || status=1

result=$(ls "$folder"/result-*.yaml 2>/dev/null | head -1)
if [ -n "$result" ]; then
  got=$(grep -E "^  answers: " "$result" | tr -d " \r" | tr "\n" " ")
  want="answers:[4,2] answers:[5,5] answers:[2,3] answers:[4,4] answers:[1,3] "
  [ "$got" = "$want" ] || fail "the result holds $got, not $want"
  echo "the round's result in AppData: $(basename "$result")"
  if [ -n "$linux_game" ]; then
    "$linux_game" --summary "$result" >/dev/null 2>&1 || fail "--summary of the Windows result"
  fi
else
  fail "no result file in $folder"
fi
round="$folder/round-in-progress.yaml"
if [ -f "$round" ]; then
  got=$(grep -E "^  answers: " "$round" | tr -d " \r" | head -2 | tr "\n" " ")
  want="answers:[3,1] answers:[2,4] "
  [ "$got" = "$want" ] || fail "after the kill the round holds $got, not $want"
  echo "after killing wine mid-round: both turned cards kept"
else
  fail "after killing wine mid-round no round in progress in $folder"
fi
[ $status -eq 0 ] && { echo "PASS: the Windows build under wine"; rm -rf "$work"; }
exit $status
