#!/usr/bin/env bash
# Static analysis: cppcheck and clang-tidy (configuration in .clang-tidy)
# over every source of the game. Fails on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f build/compile_commands.json ]] || cmake -S . -B build >/dev/null

# The browser's own code (EM_JS) holds JavaScript that is no C to either
# tool: speech_web.c is left out, and __EMSCRIPTEN__ is not defined.
echo "cppcheck"
cppcheck --quiet --enable=warning,performance,portability --std=c11 \
  --error-exitcode=1 --inline-suppr -I include -I include/ui -I include/platform \
  -D_POSIX_C_SOURCE=200809L -U__EMSCRIPTEN__ -i game/platform/speech_web.c \
  --suppress=missingIncludeSystem game

echo "clang-tidy"
mapfile -t sources < <(ls game/core/*.c game/ui/*.c game/platform/*.c game/*.c |
  grep -v '/speech_web\.c$')
# Two at a time: the machine has two cores.
printf '%s\n' "${sources[@]}" |
  xargs -P "$(nproc)" -n 4 clang-tidy -p build --quiet >build/clang-tidy.log 2>/dev/null || true
if grep -E "(warning|error):" build/clang-tidy.log; then
  echo "clang-tidy found problems (see above; all of it in build/clang-tidy.log)"
  exit 1
fi
echo "static analysis: clean"
