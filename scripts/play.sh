#!/usr/bin/env bash
# Installs what is missing, builds, and starts the game.
# Any arguments go to the game (see: build/alliantiespel --help).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec build/alliantiespel "$@"
