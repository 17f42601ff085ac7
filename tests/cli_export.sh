#!/usr/bin/env bash
# cli_export: --export CODE DIR as a professional making the client file
# would: the pair's answers as one CSV and one picture per round, an A4
# page upright (1240x1754, 150 dpi), readable by the owner only, and
# nothing changed in the user's folder; --history prints the same rounds.
# Usage: cli_export.sh GAME RESULTS_GEN WORKDIR
set -u
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
before=$(ls -l --time-style=+%s "$folder" | md5sum)
"$game" --export k17 "$work/out" >"$work/out.txt" 2>"$work/err.txt" ||
  fail "--export failed: $(cat "$work/err.txt")"
after=$(ls -l --time-style=+%s "$folder" | md5sum)
[ "$before" = "$after" ] || fail "--export changed the user's folder"
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
"$game" --history K17 >"$work/history.txt" 2>&1 || fail "--history failed"
grep -q "Pair K17: 3 rounds" "$work/history.txt" || fail "--history: $(head -3 "$work/history.txt")"
"$game" --export NOPE "$work/none" >/dev/null 2>&1 && fail "--export of an unknown pair succeeded"
[ $status -eq 0 ] && { echo "ok: 3 pictures, the answers, nothing changed"; rm -rf "$work"; }
exit $status
