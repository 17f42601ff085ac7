#!/usr/bin/env bash
# Installs the Debian packages the game needs (and, with --test, what the
# test suite needs), then configures and builds into build/.
# Usage: scripts/setup.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."

# libespeak-ng-dev only for its header: espeak-ng (read-aloud) is loaded
# when the game starts, from libespeak-ng1 with its voices, espeak-ng-data.
# libxlsxwriter-dev: --format xlsx's workbooks (game/core/xlsx.c).
# libx11-dev (libsdl2-dev's too) only for Xlib's header in x11_errors.c.
packages=(build-essential cmake pkg-config libyaml-dev libxlsxwriter-dev libsdl2-dev libx11-dev
          libsdl2-ttf-dev libsdl2-image-dev libfontconfig-dev fontconfig
          fonts-dejavu-core libespeak-ng-dev libespeak-ng1 espeak-ng-data)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(xvfb xauth xdotool imagemagick valgrind clang
             libclang-rt-14-dev cppcheck clang-tidy python3 python3-yaml
             dpkg-dev binutils lintian desktop-file-utils appstream strace
             gettext  # tests/po_check.sh: msgfmt -c
             python3-openpyxl) # tests/cli_xlsx.sh reads the workbooks back
fi

. scripts/apt_install.sh
apt_install "${packages[@]}"

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)"
