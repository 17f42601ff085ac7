#!/usr/bin/env bash
# The browser build's tests (tests/web/run.py) in Debian's chromium, on a
# virtual X server of its own: what a person at a screen would see.
# Usage: tests/web/run.sh build-web/alliantiespel.html [WORK]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
page=$(realpath "$1")
work=${2:-$(dirname "$page")/web-test}
rm -rf "$work"; mkdir -p "$work"
command -v chromium >/dev/null || { echo "run.sh: no chromium" >&2; exit 1; }
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
  python3 "$here/run.py" "$page" "$work"
