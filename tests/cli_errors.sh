#!/usr/bin/env bash
# The program as a user starts it: exit codes and one clear sentence for
# each thing that can be wrong around it. Usage: cli_errors.sh PROGRAM SOURCE_DIR
set -u
program=$1
source_dir=$2
failed=0
passed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

expect() { # expect NAME WANT_STATUS WANT_TEXT -- command...
  local name=$1 want_status=$2 want_text=$3
  shift 4
  "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  local status=$?
  if [[ $status -ne $want_status ]] || ! grep -qF -- "$want_text" "$tmp/out" "$tmp/err"; then
    echo "FAIL $name: exit $status (want $want_status), output:"
    cat "$tmp/out" "$tmp/err" | head -20
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
}

expect "all shipped decks are valid" 0 "ok: deck 'reclassering'" -- \
  "$program" --check "$source_dir"/decks/*.yaml
expect "every YAML test suite file is refused" 2 "error:" -- \
  "$program" --check "$source_dir"/tests/data/yaml-test-suite/*.yaml
count=$("$program" --check "$source_dir"/tests/data/yaml-test-suite/*.yaml 2>&1 >/dev/null |
        grep -c "yaml-test-suite/.*error:" || true)
if [[ $count -lt 400 ]]; then
  echo "FAIL: only $count files of the YAML test suite gave an error"; failed=$((failed + 1))
else
  passed=$((passed + 1))
fi
expect "version" 0 "alliantiespel " -- "$program" --version
expect "help" 0 "Usage: alliantiespel" -- "$program" --help
expect "list" 0 "schuldhulpverlening" -- "$program" --list-decks
expect "summary of a result file" 0 "Kaarten om over te praten" -- \
  "$program" --summary "$source_dir"/tests/data/results/jeugdbescherming-family.yaml
expect "summary in English" 0 "Cards to talk about" -- \
  "$program" --summary "$source_dir"/tests/data/results/schuldhulp-english.yaml
expect "csv export" 0 "deck,language,started,card" -- \
  "$program" --summary --format csv "$source_dir"/tests/data/results/schuldhulp-english.yaml
expect "a deck is not a result file" 2 "this is not a result file" -- \
  "$program" --summary "$source_dir"/decks/algemeen.yaml
# A FIFO has no end until a writer closes it: reading one would hang.
# timeout turns a hang into exit 124, so the case fails instead of stalling.
mkfifo "$tmp/pipe.yaml"
expect "a FIFO given to --check" 2 "$tmp/pipe.yaml: error: not a regular file" -- \
  timeout 10 "$program" --check "$tmp/pipe.yaml"
expect "a FIFO given to --summary" 2 "$tmp/pipe.yaml: error: not a regular file" -- \
  timeout 10 "$program" --summary "$tmp/pipe.yaml"
expect "the summary says when the round was played" 0 "Gespeeld op 2025-11-25 15:00" -- \
  env TZ=Europe/Amsterdam "$program" --summary "$source_dir"/tests/data/results/jeugdbescherming-family.yaml
expect "missing deck folder" 1 "cannot find the folder with the decks" -- \
  env ALLIANTIESPEL_DATA_DIR="$tmp/nowhere" "$program" --list-decks
expect "unknown option" 2 "unknown option" -- "$program" --frobnicate
# SDL2_image is loaded when the game starts, not linked: without it the
# game says which package is missing.
expect "no SDL2_image" 1 "cannot load SDL2_image (libnot-there.so.0): is the package libsdl2-image-2.0-0 installed?" -- \
  timeout 20 env SDL_VIDEODRIVER=offscreen ALLIANTIESPEL_IMAGE_LIB=libnot-there.so.0 \
  ALLIANTIESPEL_DATA_DIR="$source_dir" XDG_DATA_HOME="$tmp/xdg" \
  "$program" --domain reclassering

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
