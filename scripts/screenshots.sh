#!/usr/bin/env bash
# Writes PNG screenshots of every screen at 1024x600, 1920x1080 and
# 600x1000 into build/screenshots/, made headless by the game itself
# (tests/ui/ui_screens.c plays a quick round through the real app loop).
# They are made, not kept: the repository holds none (.gitignore).
# Usage: scripts/screenshots.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/screenshots}
cmake -S . -B build >/dev/null
cmake --build build -j "$(nproc)" --target ui_screens
mkdir -p "$out"
build/ui_screens "$out"
echo "screenshots in $out"
