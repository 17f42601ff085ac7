#!/usr/bin/env bash
# cli_xlsx: --format xlsx and --export's workbook read back by another
# program (Python's openpyxl): every cell of every table equals the CSV's
# value and is typed right (numbers as numbers, a time as a date in local
# time, a truth as a truth, text as text, a hostile team name too), the
# header frozen and filtered, the first sheet in the language of --lang;
# the file 0600, never over another file unless --yes (--export numbers
# its workbook like its CSV, K17-answers-1.xlsx), never without
# --out, never over a device, and no temporary folder left behind.
# Usage: cli_xlsx.sh GAME RESULTS_GEN SOURCE_DIR WORKDIR
# Exit 77 (skipped) where no python3 with openpyxl is installed.
set -u
game=$1
gen=$2
src=$3
work=$4
py=
for p in python3 /usr/bin/python3; do
  if "$p" -c 'import openpyxl' 2>/dev/null; then py=$p; break; fi
done
[ -n "$py" ] || { echo "skipped: no python3 with openpyxl (python3-openpyxl)"; exit 77; }
rm -rf "$work"
mkdir -p "$work/home/alliantiespel/alliantiespel" "$work/class"
chmod -R 700 "$work/home"
export XDG_DATA_HOME="$work/home"
export TZ=Europe/Amsterdam # local time: the workbook's dates are in it
folder="$work/home/alliantiespel/alliantiespel"
status=0
fail() { echo "FAIL: $*"; status=1; }

# same.py XLSX SHEET CSV [COLUMN=VALUE]: the sheet holds the CSV's rows
# (those with COLUMN=VALUE only, when given), cell for cell, typed right;
# SHEET is a name or a number (0 is the first)
cat >"$work/same.py" <<'EOF'
import csv, datetime, re, sys, openpyxl
book, sheet, table = sys.argv[1:4]
only = sys.argv[4].split("=", 1) if len(sys.argv) > 4 else None
NUMBERS = {"player", "position", "value", "scale_size", "gap", "prediction",
           "option", "count", "guesses", "exact", "within_one",
           "mean_distance", "mean_lean", "mean"}
DATES = {"started", "date"}
TRUTHS = {"marked"}
wb = openpyxl.load_workbook(book)
ws = wb.worksheets[int(sheet)] if sheet.isdigit() else wb[sheet]
got = list(ws.iter_rows())
with open(table, newline="", encoding="utf-8") as f:
    want = list(csv.reader(f))
header = want[0]
if only:
    want = [header] + [r for r in want[1:] if r[header.index(only[0])] == only[1]]
bad = []
if [c.value for c in got[0]] != header:
    bad.append("header %r" % [c.value for c in got[0]])
if len(got) != len(want):
    bad.append("%d rows, the CSV has %d" % (len(got), len(want)))
for r, (cells, row) in enumerate(zip(got[1:], want[1:]), start=2):
    for cell, name, text in zip(cells, header, row):
        v = cell.value
        where = "%s!%s" % (sheet, cell.coordinate)
        if text == "":
            ok = v is None
        elif name in NUMBERS:
            ok = cell.data_type == "n" and not isinstance(v, bool) and v == float(text)
        elif name in DATES:
            utc = datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
            local = utc.replace(tzinfo=datetime.timezone.utc).astimezone().replace(tzinfo=None)
            ok = isinstance(v, datetime.datetime) and abs((v - local).total_seconds()) < 1
        elif name in TRUTHS:
            ok = v is (text == "true")
        else:
            # the CSV writes a formula-like text with an apostrophe (csv.h);
            # the workbook needs none: its cell is a string anyway
            if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@", "\t", "\r"):
                text = text[1:]
            ok = cell.data_type == "s" and v == text
        if not ok:
            bad.append("%s: %r (%s), the CSV says %r" % (where, v, cell.data_type, text))
if ws.freeze_panes != "A2":
    bad.append("%s: the header is not frozen (%s)" % (sheet, ws.freeze_panes))
if not (ws.auto_filter.ref or "").startswith("A1:"):
    bad.append("%s: no filter on the header" % sheet)
for b in bad[:10]:
    print(b)
sys.exit(1 if bad else 0)
EOF
same() { "$py" "$work/same.py" "$@" || fail "$1 $2 differs from $3 ${4:-}"; }
# first.py XLSX TITLE-SHEET WORD...: the first sheet's name, and words on it
cat >"$work/first.py" <<'EOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
first = wb.worksheets[0]
text = " ".join(str(c.value) for row in first.iter_rows() for c in row if c.value is not None)
missing = [w for w in sys.argv[3:] if w not in text]
if first.title != sys.argv[2] or missing:
    print("first sheet %r; missing %r" % (first.title, missing))
    sys.exit(1)
EOF
private() {
  [ -f "$1" ] || { fail "no $1"; return; }
  mode=$(stat -c %a "$1")
  [ "$mode" = "600" ] || fail "$1 has mode $mode"
}

# --summary: every sample result, and a workshop whose teams are named
# like formulas and dates
sed -e 's/team: "Ervaring"/team: "=1+1"/' -e 's/team: "Noord: #1"/team: "3-4"/' \
  "$src/tests/data/results/workshop-teams.yaml" >"$work/hostile.yaml"
for r in "$src"/tests/data/results/*.yaml "$work/hostile.yaml"; do
  base=$(basename "$r" .yaml)
  "$game" --summary --format csv "$r" >"$work/$base.csv" 2>/dev/null ||
    fail "--summary --format csv $base"
  "$game" --summary --format xlsx --out "$work/$base.xlsx" "$r" >/dev/null 2>"$work/err.txt" ||
    fail "--summary --format xlsx $base: $(cat "$work/err.txt")"
  private "$work/$base.xlsx"
  [ -f "$work/$base.xlsx" ] && same "$work/$base.xlsx" 1 "$work/$base.csv"
done
"$py" - "$work/hostile.xlsx" <<'EOF' || fail "a hostile team name is not text"
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Antwoorden"]
teams = {c.value: c.data_type for c in next(ws.iter_cols(min_col=21, max_col=21))}
sys.exit(0 if teams.get("=1+1") == "s" and teams.get("3-4") == "s" else 1)
EOF

# the first sheet follows --lang; without it, the result's language
r="$src/tests/data/results/schuldhulp-english.yaml"
"$game" --summary --format xlsx --lang nl --out "$work/nl.xlsx" "$r" >/dev/null ||
  fail "--lang nl"
"$py" "$work/first.py" "$work/nl.xlsx" "Over dit bestand" "Schaal" "Gespeeld op" ||
  fail "--lang nl: the first sheet is not Dutch"
"$game" --summary --format xlsx --lang en --out "$work/en.xlsx" \
  "$src/tests/data/results/workshop-teams.yaml" >/dev/null || fail "--lang en"
"$py" "$work/first.py" "$work/en.xlsx" "About this file" "Scale" "Played on" ||
  fail "--lang en: the first sheet is not English"
"$game" --summary --format xlsx --lang xx --out "$work/xx.xlsx" "$r" >/dev/null 2>&1 &&
  fail "--lang xx made a workbook"

# never over a file, unless --yes; never a device; never without --out
echo "mine" >"$work/taken.xlsx"
"$game" --summary --format xlsx --out "$work/taken.xlsx" "$r" >/dev/null 2>"$work/err.txt" &&
  fail "--out wrote over a file"
grep -q "already" "$work/err.txt" || fail "the refusal says: $(cat "$work/err.txt")"
[ "$(cat "$work/taken.xlsx")" = "mine" ] || fail "the file there was changed"
"$game" --summary --format xlsx --yes --out "$work/taken.xlsx" "$r" >/dev/null ||
  fail "--yes did not replace the file"
private "$work/taken.xlsx"
"$game" --summary --format xlsx --yes --out /dev/null "$r" >/dev/null 2>&1 &&
  fail "--out /dev/null --yes was written"
"$game" --summary --format xlsx "$r" >"$work/stdout.bin" 2>/dev/null
[ $? -eq 2 ] || fail "--format xlsx without --out did not stop with 2"
[ -s "$work/stdout.bin" ] && fail "--format xlsx without --out wrote to stdout"

# --class: the class sheet and a sheet per theme
"$gen" "$work/class" 30 || fail "could not make the class"
"$game" --class "$work/class" --format csv >"$work/class.csv" || fail "--class csv"
"$game" --class "$work/class" --format xlsx --lang en --out "$work/class.xlsx" >/dev/null ||
  fail "--class xlsx"
private "$work/class.xlsx"
same "$work/class.xlsx" Class "$work/class.csv"
for theme in richting binding vertrouwen stroefheid; do
  same "$work/class.xlsx" "$theme" "$work/class.csv" "dimension=$theme"
done
"$py" "$work/first.py" "$work/class.xlsx" "About this file" "Files counted" ||
  fail "--class: the first sheet"

# --history and --export: the pair's workbooks, with the chart
"$gen" "$folder" 3 K17 || fail "could not make the rounds"
"$game" --history K17 --format csv >"$work/history.csv" || fail "--history csv"
"$game" --history K17 --format xlsx --lang nl --out "$work/history.xlsx" >/dev/null ||
  fail "--history xlsx"
private "$work/history.xlsx"
same "$work/history.xlsx" Verloop "$work/history.csv"
"$py" - "$work/history.xlsx" <<'EOF' || fail "--history: no gap per round, or no chart"
import sys, zipfile, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Afstand per ronde"]
rows = list(ws.iter_rows(values_only=True))
charts = [n for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.startswith("xl/charts/chart")]
sys.exit(0 if len(rows) == 4 and rows[0][2] == "Richting en kader: cliënt" and charts else 1)
EOF
"$game" --export K17 "$work/out" >"$work/export.txt" 2>"$work/err.txt" ||
  fail "--export: $(cat "$work/err.txt")"
grep -qx "$work/out/K17-answers.xlsx" "$work/export.txt" ||
  fail "--export does not name its workbook: $(cat "$work/export.txt")"
private "$work/out/K17-answers.xlsx"
same "$work/out/K17-answers.xlsx" Antwoorden "$work/out/K17-answers.csv"
same "$work/out/K17-answers.xlsx" Verloop "$work/history.csv"
# a second export keeps the first: both get a number, the same one
sum=$(md5sum <"$work/out/K17-answers.xlsx")
"$game" --export K17 "$work/out" >/dev/null 2>&1 || fail "a second --export"
[ "$(md5sum <"$work/out/K17-answers.xlsx")" = "$sum" ] ||
  fail "a second --export changed the first workbook"
private "$work/out/K17-answers-1.xlsx"
[ -f "$work/out/K17-answers-1.csv" ] || fail "no K17-answers-1.csv"

left=$(find "$work" -name '*.tmp-*' | head -3)
[ -z "$left" ] || fail "temporary files left: $left"
[ $status -eq 0 ] && { echo "ok: every workbook reads back as its CSV"; rm -rf "$work"; }
exit $status
