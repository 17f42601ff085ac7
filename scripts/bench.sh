#!/usr/bin/env bash
# The benchmark: prints one line per figure, "name value unit", and each
# figure's ratio to its baseline. Speed is reported here, never asserted in
# a test. Usage: scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test >/dev/null
bench=build/tests/bench
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

instructions() { # instructions PROGRAM ARGS... -> callgrind's instruction count
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$@" 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# Deck loading: a generated 5,000-card deck, counted in instructions so the
# ratio does not depend on what else the machine is doing.
"$bench/bench_deck_gen" "$tmp/deck5000.yaml" 5000
base=$(instructions "$bench/baseline_yaml_parse" "$tmp/deck5000.yaml")
load=$(instructions "$bench/bench_deck_load" "$tmp/deck5000.yaml")
echo "deck_load_baseline_libyaml $base instructions"
echo "deck_load_5000_cards $load instructions"
echo "deck_load_ratio $(ratio "$load" "$base") x (target <= 1.5)"

# --class: what a teacher runs over a year's results (1,000 training
# rounds of 24 cards), against a bare libyaml pass over the same files.
mkdir "$tmp/class"
"$bench/bench_results_gen" "$tmp/class" 1000
base=$(instructions "$bench/baseline_yaml_parse" "$tmp"/class/*.yaml)
class=$(instructions build/alliantiespel --class "$tmp/class")
echo "class_baseline_libyaml $base instructions"
echo "class_1000_results $class instructions"
echo "class_ratio $(ratio "$class" "$base") x (target <= 1.5)"

# --class --format xlsx: the same class as a workbook for the teacher,
# against its CSV (the issue's bound: at most twice the CSV's work).
csv=$(instructions build/alliantiespel --class "$tmp/class" --format csv)
xlsx=$(instructions build/alliantiespel --class "$tmp/class" --format xlsx \
  --out "$tmp/class.xlsx")
echo "class_1000_csv $csv instructions"
echo "class_1000_xlsx $xlsx instructions"
echo "class_xlsx_ratio $(ratio "$xlsx" "$csv") x (target <= 2)"

# --history: a pair with 200 rounds (24 cards each), against a bare
# libyaml pass over the same files; and the history screen's frames.
pair_home="$tmp/pair-home"
mkdir -p "$pair_home/alliantiespel/alliantiespel"
chmod -R 700 "$pair_home"
"$bench/bench_results_gen" "$pair_home/alliantiespel/alliantiespel" 200 K17
base=$(instructions "$bench/baseline_yaml_parse" "$pair_home"/alliantiespel/alliantiespel/*.yaml)
hist=$(XDG_DATA_HOME="$pair_home" instructions build/alliantiespel --history K17)
echo "history_baseline_libyaml $base instructions"
echo "history_200_rounds $hist instructions"
echo "history_ratio $(ratio "$hist" "$base") x (target <= 1.5)"
"$bench/bench_game" history 300 | sed 's/$/ (target p99 <= 8)/'

tests/bench/bench_game.sh "$bench" "$tmp"
