#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
cd build
# At least 4 at once even on a 2-core machine: most tests wait on SDL or a
# timer rather than compute, and running several together is how a test
# that shares a file or folder with another is found (issue 9).
jobs=$(nproc)
[ "$jobs" -ge 4 ] || jobs=4
ctest --output-on-failure -j "$jobs" --timeout 300
