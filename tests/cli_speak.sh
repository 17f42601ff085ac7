#!/usr/bin/env bash
# cli_speak: --speak says every card of every quick round, in each of its
# deck's languages, as a WAV file a person can listen to: a valid header
# (PCM, 16 bits, one channel), 1 to 8 seconds long (a card read slowly;
# longer would mean a trap was spelled out or a text ran away), not
# silence, readable by the owner only; and clear errors for what can be
# wrong. Skipped (77) only where espeak-ng is not installed.
# Usage: cli_speak.sh PROGRAM SOURCE_DIR
set -u
program=$1
source_dir=$2
export ALLIANTIESPEL_DATA_DIR=$source_dir
unset ALLIANTIESPEL_DECK_DIR
failed=0
passed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() { echo "FAIL $*"; failed=$((failed + 1)); }

if ! "$program" --speak algemeen richting-waarom --out "$tmp/probe.wav" \
     >"$tmp/out" 2>"$tmp/err"; then
  if grep -q "cannot load espeak-ng" "$tmp/err"; then
    echo "SKIP: espeak-ng is not installed (scripts/setup.sh installs libespeak-ng1)"
    exit 77
  fi
  cat "$tmp/err"
fi

# --speak leaves nothing behind: no sound server's folder in the temporary
# folder (a new /tmp/pulse-* on every run, before) or the user's settings
mkdir -p "$tmp/cfg" "$tmp/t"
if env -u XDG_RUNTIME_DIR XDG_CONFIG_HOME="$tmp/cfg" TMPDIR="$tmp/t" \
     "$program" --speak algemeen richting-waarom --out "$tmp/quiet.wav" \
     >/dev/null 2>&1; then
  left=$(ls -A "$tmp/cfg" "$tmp/t" | grep -v ':$' | grep -v '^$')
  [ -z "$left" ] && passed=$((passed + 1)) || fail "--speak left behind: $left"
else
  fail "--speak failed with a private TMPDIR"
fi

# u32 / u16 little-endian at an offset of a file
u32() { od -An -t u4 -j "$2" -N 4 --endian=little "$1" | tr -d ' '; }
u16() { od -An -t u2 -j "$2" -N 2 --endian=little "$1" | tr -d ' '; }
text_at() { dd if="$1" bs=1 skip="$2" count="$3" 2>/dev/null; }

# check_wav NAME FILE: the header, the length, the mode, not silence
check_wav() {
  local name=$1 f=$2
  [[ -f $f ]] || { fail "$name: no file"; return; }
  local size rate data bits chans fmt ms loud mode
  size=$(stat -c %s "$f")
  mode=$(stat -c %a "$f")
  [[ $mode == 600 ]] || { fail "$name: mode $mode, not 600"; return; }
  [[ $(text_at "$f" 0 4) == RIFF && $(text_at "$f" 8 8) == "WAVEfmt " &&
     $(text_at "$f" 36 4) == data ]] || { fail "$name: not a WAV header"; return; }
  fmt=$(u16 "$f" 20); chans=$(u16 "$f" 22); rate=$(u32 "$f" 24)
  bits=$(u16 "$f" 34); data=$(u32 "$f" 40)
  [[ $fmt == 1 && $chans == 1 && $bits == 16 && $rate -ge 8000 ]] ||
    { fail "$name: format $fmt, $chans channels, $bits bits, $rate Hz"; return; }
  [[ $(u32 "$f" 4) -eq $((36 + data)) && $size -eq $((44 + data)) ]] ||
    { fail "$name: sizes do not add up ($size bytes, data $data)"; return; }
  ms=$((data * 1000 / (rate * 2)))
  if ((ms < 1000 || ms > 8000)); then
    fail "$name: $ms ms, not 1 to 8 seconds"; return
  fi
  loud=$(od -An -t d2 -j 44 -v --endian=little "$f" |
         awk '{ for (i = 1; i <= NF; i++) { v = $i < 0 ? -$i : $i; if (v > m) m = v } } END { print m + 0 }')
  ((loud > 1000)) || { fail "$name: silence (loudest sample $loud)"; return; }
  echo "ok $name: $ms ms"
  passed=$((passed + 1))
}

# Every quick-round card of every shipped deck, in each language it has.
cards=0
for deck in "$source_dir"/decks/*.yaml; do
  id=$(sed -n 's/^id: *//p' "$deck" | head -1)
  langs=$(sed -n 's/^languages: *\[\(.*\)\]/\1/p' "$deck" | tr -d ' ' | tr , ' ')
  quick=$(sed -n 's/^quick: *\[\(.*\)\]/\1/p' "$deck" | tr -d ' ' | tr , ' ')
  [[ -n $id && -n $langs && -n $quick ]] || { fail "$deck: no id, languages or quick round found"; continue; }
  for card in $quick; do
    for lang in $langs; do
      out="$tmp/$id-$card-$lang.wav"
      if "$program" --speak "$id" "$card" --lang "$lang" --out "$out" \
           >"$tmp/out" 2>"$tmp/err"; then
        check_wav "$id $card $lang" "$out"
      else
        fail "$id $card $lang: exit $?: $(cat "$tmp/err")"
      fi
      cards=$((cards + 1))
    done
  done
done
((cards >= 60)) || fail "only $cards cards said (6 decks x 5 cards x 2 languages expected)"

# A deck given as a file, options before and after the operands.
if "$program" --lang en --speak "$source_dir/decks/algemeen.yaml" richting-regels \
     --out "$tmp/file.wav" >"$tmp/out" 2>"$tmp/err"; then
  check_wav "a deck file" "$tmp/file.wav"
else
  fail "a deck file: $(cat "$tmp/err")"
fi

expect() { # expect NAME WANT_STATUS WANT_TEXT -- command...
  local name=$1 want_status=$2 want_text=$3
  shift 4
  "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  local status=$?
  if [[ $status -ne $want_status ]] || ! grep -qF -- "$want_text" "$tmp/out" "$tmp/err"; then
    fail "$name: exit $status (want $want_status): $(cat "$tmp/out" "$tmp/err" | head -5)"
  else
    passed=$((passed + 1))
  fi
}
expect "unknown deck" 2 'there is no deck with the id "nergens" (see --list-decks).' -- \
  "$program" --speak nergens richting-waarom --out "$tmp/x.wav"
expect "unknown card" 2 'the deck "algemeen" has no card "geen-kaart".' -- \
  "$program" --speak algemeen geen-kaart --out "$tmp/x.wav"
expect "unknown language" 2 'the deck "algemeen" has no language "fr".' -- \
  "$program" --speak algemeen richting-waarom --lang fr --out "$tmp/x.wav"
expect "no card" 2 "--speak needs a deck and a card" -- \
  "$program" --speak algemeen --out "$tmp/x.wav"
expect "no --out" 2 "--speak needs --out FILE.wav" -- \
  "$program" --speak algemeen richting-waarom
expect "--out alone" 2 "--out goes with --speak" -- \
  "$program" --list-decks --out "$tmp/x.wav"
expect "a folder that is not there" 1 "$tmp/no/such.wav" -- \
  "$program" --speak algemeen richting-waarom --out "$tmp/no/such.wav"
expect "without espeak-ng" 1 "cannot load espeak-ng (libnot-there.so.1): is the package libespeak-ng1 installed?" -- \
  env ALLIANTIESPEL_SPEECH_LIB=libnot-there.so.1 \
  "$program" --speak algemeen richting-waarom --out "$tmp/x.wav"
[[ ! -e $tmp/x.wav ]] || fail "a failed --speak left $tmp/x.wav"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
