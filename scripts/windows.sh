#!/usr/bin/env bash
# The Windows build, from this Debian machine, in one command: Debian's
# source packages cross-built once into a cache outside the tree
# (scripts/cross/deps.sh win64), the game built with mingw-w64, and a
# portable zip any user can unzip and double-click: no installer, no
# administrator.
#   build-win/alliantiespel-VERSION-win64.zip
# With --test it also runs the Windows tests under wine (tests/windows/):
# the core suite, --check of every deck and case, a quick round played by
# keys on Xvfb and a kill of wine mid-round.
# Usage: scripts/windows.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
test=0
[[ "${1:-}" == "--test" ]] && test=1

scripts/cross/deps.sh win64
. scripts/deps_dir.sh
deps=$(deps_dir win64)
build=$root/build-win
cmake -S . -B "$build" -DCMAKE_TOOLCHAIN_FILE="$root/scripts/cross/mingw-w64.cmake" \
  -DALLIANTIESPEL_DEPS_PREFIX="$deps" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$(nproc)" --target alliantiespel

version=$(sed -n 's/^project(alliantiespel VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
name=alliantiespel-$version-win64
stage=$build/stage/$name
rm -rf "$build/stage"
mkdir -p "$stage/assets/fonts"

objdump=x86_64-w64-mingw32-objdump
strip=x86_64-w64-mingw32-strip
cp "$build/alliantiespel.exe" "$stage/"
"$strip" "$stage/alliantiespel.exe"
# The DLLs it needs, found by following each file's imports; SDL2_image is
# loaded only when the window opens (image_lib.c), so it is named.
dll_needs() { "$objdump" -p "$1" | sed -n 's/^[[:space:]]*DLL Name: //p'; }
queue=("$stage/alliantiespel.exe" "$deps/bin/SDL2_image.dll")
declare -A seen=()
while ((${#queue[@]})); do
  file=${queue[0]}
  queue=("${queue[@]:1}")
  for dll in $(dll_needs "$file"); do
    [[ -n ${seen[${dll,,}]:-} ]] && continue
    seen[${dll,,}]=1
    if [[ -f "$deps/bin/$dll" ]]; then
      cp "$deps/bin/$dll" "$stage/"
      queue+=("$deps/bin/$dll")
    fi # else a DLL of Windows itself
  done
  if [[ $file == "$deps/bin/SDL2_image.dll" ]]; then
    cp "$file" "$stage/"
  fi
done
for dll in "$stage"/*.dll; do "$strip" --strip-unneeded "$dll"; done

cp -r decks "$stage/decks"
cp -r assets/icons assets/po "$stage/assets/"
cp "$deps"/share/fonts/DejaVuSans.ttf "$deps"/share/fonts/DejaVuSans-Bold.ttf \
  "$stage/assets/fonts/"
cp -r "$deps/licenses" "$stage/licenses"
# Windows' Notepad reads CRLF; the texts are UTF-8
crlf() { sed 's/$/\r/' "$1" >"$2"; }
crlf packaging/windows/LEESMIJ.txt "$stage/LEESMIJ - README.txt"
crlf LICENSE "$stage/LICENSE.txt"
crlf packaging/copyright "$stage/licenses/alliantiespel.txt"

zip=$build/$name.zip
rm -f "$zip"
python3 - "$build/stage" "$name" "$zip" <<'PY'
import os, sys, zipfile
stage, name, out = sys.argv[1:]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for folder, dirs, files in os.walk(os.path.join(stage, name)):
        dirs.sort()
        for f in sorted(files):
            path = os.path.join(folder, f)
            z.write(path, os.path.relpath(path, stage))
PY
size=$(stat -c %s "$zip")
limit=$((25 * 1024 * 1024))
awk -v z="$zip" -v n="$(find "$stage" -type f | wc -l)" -v s="$size" \
  'BEGIN { printf "windows.sh: %s, %d files, %.1f MB\n", z, n, s / 1048576 }'
if ((size > limit)); then
  echo "windows.sh: the zip is over 25 MB" >&2
  exit 1
fi
if ((test)); then
  # the core suite under wine (CMAKE_CROSSCOMPILING_EMULATOR), then the
  # program as a user has it
  scripts/cross/test-windows.sh "$build"
  linux_game=
  [[ -x build/alliantiespel ]] && linux_game=build/alliantiespel
  tests/windows/run.sh "$build" "$stage" $linux_game
fi
