#!/usr/bin/env bash
# Runs the libFuzzer targets for the deck loader, the result reader and
# the case loader, side by side.
# Usage: scripts/fuzz.sh [SECONDS-PER-TARGET]   (default 60; CI uses 60)
# A crash or hang is saved under build-fuzz/findings/ and the script fails;
# copy the input into tests/data/fuzz-regressions/{deck,result,case}/ and
# fix it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
CC=clang cmake -S . -B build-fuzz -DALLIANTIESPEL_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target fuzz_deck fuzz_result \
  fuzz_case >/dev/null

# fuzz_one TARGET: one target for the given time, its output in its log.
fuzz_one() {
  local target=$1 max_len corpus findings
  # Inputs may grow past the loaders' size limits (deck 4 MiB, result
  # 8 MiB), so the limit checks are fuzzed too.
  case $target in
    deck) max_len=4300000 ;;
    result) max_len=9000000 ;;
    case) max_len=1100000 ;;
  esac
  corpus=build-fuzz/corpus-$target
  findings=build-fuzz/findings/$target
  mkdir -p "$corpus" "$findings"
  # Seeds: shipped decks, result files, the YAML test suite, and every
  # input that once broke something.
  cp decks/*.yaml decks/cases/*.yaml tests/data/results/*.yaml \
     tests/data/yaml-test-suite/*.yaml "$corpus"/
  cp tests/data/fuzz-regressions/*/* "$corpus"/ 2>/dev/null || true
  build-fuzz/fuzz_$target "$corpus" -max_total_time="$seconds" \
    -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$findings/" -print_final_stats=1 \
    2> build-fuzz/fuzz_$target.log
}

# The three at once: each is one process, and the wall time is one
# target's (CI's budget), while the machine's cores share the work.
declare -A pid_of=()
for target in deck result case; do
  fuzz_one "$target" &
  pid_of[$target]=$!
done
status=0
for target in deck result case; do
  echo "fuzz_$target: ${seconds}s"
  if ! wait "${pid_of[$target]}"; then
    status=1
    tail -40 build-fuzz/fuzz_$target.log
    echo "fuzz_$target found a problem; input saved in build-fuzz/findings/$target/"
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" build-fuzz/fuzz_$target.log || true
  fi
done
exit $status
