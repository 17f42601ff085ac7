#!/usr/bin/env bash
# The hardening checks CI runs after the test suite:
#  1. the whole test suite again, built with AddressSanitizer + UBSan;
#  2. the headless whole-session test under valgrind memcheck;
#  3. each libFuzzer target for a bounded time (default 60 s);
#  4. static analysis (cppcheck, clang-tidy).
# Usage: scripts/harden.sh [FUZZ-SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
fuzz_seconds=${1:-60}
scripts/setup.sh --test >/dev/null

echo "== AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -DALLIANTIESPEL_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build-asan -j "$(nproc)" >/dev/null
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
(cd build-asan && ctest --output-on-failure -j "$(nproc)" --timeout 600)

echo "== valgrind memcheck: the headless whole session"
session_test=build/tests/ui/ui_session_test
valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
  --show-leak-kinds=definite --suppressions=tests/valgrind.supp \
  --gen-suppressions=all --quiet "$session_test" >build/valgrind.log 2>&1 || {
    tail -60 build/valgrind.log; echo "valgrind found errors"; exit 1; }
grep -E "passed, [0-9]+ failed" build/valgrind.log || true
echo "valgrind: no errors, nothing definitely lost"

echo "== fuzzing, the three targets side by side for ${fuzz_seconds}s"
scripts/fuzz.sh "$fuzz_seconds"

echo "== static analysis"
scripts/lint.sh
