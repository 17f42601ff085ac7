#!/usr/bin/env bash
# cli_export: --export CODE DIR as a professional making the client file
# would: the pair's answers as one CSV and one picture per round, an A4
# page upright (1240x1754, 150 dpi) to print (white, dark words, read
# back from its pixels), readable by the owner only, and
# nothing changed in the user's folder; --history prints the same rounds.
# Usage: cli_export.sh GAME RESULTS_GEN WORKDIR
set -u
here=$(cd "$(dirname "$0")" && pwd)
game=$1
gen=$2
work=$3
rm -rf "$work"
mkdir -p "$work/home/alliantiespel/alliantiespel"
chmod -R 700 "$work/home"
export XDG_DATA_HOME="$work/home"
folder="$work/home/alliantiespel/alliantiespel"
status=0
fail() { echo "FAIL: $*"; status=1; }

"$gen" "$folder" 3 K17 || fail "could not make the rounds"
listing() { ls -l --time-style=+%s "$folder" | grep -v -e ' exports.txt$' -e '^total' | md5sum; }
before=$(listing)
"$game" --export k17 "$work/out" >"$work/out.txt" 2>"$work/err.txt" ||
  fail "--export failed: $(cat "$work/err.txt")"
after=$(listing)
[ "$before" = "$after" ] || fail "--export changed the user's folder"
# only the folder it went to is remembered, for --forget to name
grep -q "^K17	$(realpath "$work/out")\$" "$folder/exports.txt" ||
  fail "exports.txt does not name the folder: $(cat "$folder/exports.txt")"
[ "$(stat -c %a "$folder/exports.txt")" = 600 ] || fail "exports.txt is not private"
[ -f "$work/out/K17-answers.csv" ] || fail "no K17-answers.csv"
lines=$(wc -l <"$work/out/K17-answers.csv")
# a header and 3 rounds x 24 cards x 2 seats
[ "$lines" -eq $((1 + 3 * 24 * 2)) ] || fail "the CSV has $lines lines"
pngs=$(ls "$work/out"/K17-*.png 2>/dev/null | wc -l)
[ "$pngs" -eq 3 ] || fail "$pngs pictures, not 3"
for p in "$work/out"/K17-*.png; do
  size=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$p")
  [ "$size" = "1240x1754" ] || fail "$p is $size"
  mode=$(stat -c %a "$p")
  [ "$mode" = "600" ] || fail "$p has mode $mode"
done
# a page to print: white paper, not the felt; dark ink in the title and
# in the list under the board (the guesses, or the cards to talk about)
page=$(ls "$work/out"/K17-*.png | head -1)
read -r white _ < <(python3 "$here/png_page.py" "$page" 0 1 | tr '=' ' ' | cut -d' ' -f2)
ink_top=$(python3 "$here/png_page.py" "$page" 0 0.04 | sed 's/.*ink=//')
ink_list=$(python3 "$here/png_page.py" "$page" 0.63 0.80 | sed 's/.*ink=//')
python3 -c "import sys; sys.exit(not ($white >= 0.75))" ||
  fail "$page is not a white page: $white of it white"
python3 -c "import sys; sys.exit(not ($ink_top >= 0.01 and $ink_list >= 0.02))" ||
  fail "$page has no dark words on it: $ink_top at the top, $ink_list in the list"
"$game" --history K17 --lang en >"$work/history.txt" 2>&1 || fail "--history failed"
grep -q "Pair K17: 3 rounds" "$work/history.txt" || fail "--history: $(head -3 "$work/history.txt")"
# a second export never writes over the first: a number is added, and
# the name it got is printed
cp "$work/out/K17-answers.csv" "$work/first.csv"
"$game" --export K17 "$work/out" >"$work/out2.txt" 2>&1 || fail "second --export failed"
cmp -s "$work/out/K17-answers.csv" "$work/first.csv" || fail "the first export was changed"
[ -f "$work/out/K17-answers-1.csv" ] || fail "no K17-answers-1.csv"
grep -q "K17-answers-1.csv" "$work/out2.txt" || fail "the new name is not printed"
pngs=$(ls "$work/out"/K17-*.png | wc -l)
[ "$pngs" -eq 6 ] || fail "$pngs pictures after two exports, not 6"
# a file-size limit is a failed write like a full disk: a message, no
# crash, and no half file left in the folder the user chose
mkdir -p "$work/small"
(ulimit -f 8; "$game" --export K17 "$work/small" >"$work/small.txt" 2>&1)
code=$?
[ $code -eq 1 ] || fail "--export under a file-size limit ended with $code"
grep -q "K17-answers.csv" "$work/small.txt" || fail "the failed file is not named: $(cat "$work/small.txt")"
leftover=$(ls -A "$work/small")
[ -z "$leftover" ] || fail "left behind: $leftover"
# --forget names the folders the pair went to
"$game" --forget K17 --yes >"$work/forget.txt" 2>&1 || fail "--forget failed"
grep -q "exported to $(realpath "$work/out")" "$work/forget.txt" ||
  fail "--forget does not name the export folder: $(cat "$work/forget.txt")"
"$game" --export NOPE "$work/none" >/dev/null 2>&1 && fail "--export of an unknown pair succeeded"
[ $status -eq 0 ] && { echo "ok: 3 pictures, the answers, nothing changed"; rm -rf "$work"; }
exit $status
