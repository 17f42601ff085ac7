#!/usr/bin/env bash
# The Debian package, end to end: builds it with CPack (in build-deb/, with
# Debian's hardening flags), checks its Depends against what the program
# links, runs lintian (errors fail, warnings are listed), installs it with
# dpkg -i, runs the installed program from another folder (--version,
# --list-decks, --check of the installed decks, the menu entry and the
# AppStream file validated, a headless start that ends on SIGTERM, and,
# where Xvfb and xdotool are, a whole quick round played with the keyboard
# and its result file read back with --summary), then removes it with
# dpkg -r and checks that nothing of it is left under /usr.
# Needs root or sudo (dpkg -i). The tools come with scripts/setup.sh --test.
# Usage: scripts/package.sh [BUILD_DIR]        (default: build-deb)
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
build=${1:-build-deb}
start=$SECONDS
step() { printf '== %s (%ds)\n' "$*" $((SECONDS - start)); }
die() { echo "package.sh: FAIL: $*" >&2; exit 1; }

for tool in cmake cpack dpkg-deb dpkg-shlibdeps dpkg-buildflags lintian objdump; do
  command -v $tool >/dev/null 2>&1 || die "$tool is missing; run scripts/setup.sh --test"
done
sudo=()
if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
# dpkg waits for nobody: when apt or another dpkg holds the lock, try again.
dpkg_retry() {
  local i
  for i in $(seq 60); do
    if "${sudo[@]}" dpkg "$@" 2>"$tmp/dpkg.err"; then return 0; fi
    grep -q "lock" "$tmp/dpkg.err" || { cat "$tmp/dpkg.err" >&2; return 1; }
    sleep 2
  done
  cat "$tmp/dpkg.err" >&2
  return 1
}
tmp=$(mktemp -d)
installed=0
cleanup() {
  if [[ $installed -eq 1 ]]; then
    echo "package.sh: removing the package after a failure" >&2
    "${sudo[@]}" dpkg -r alliantiespel >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
if [[ $(dpkg-query -W -f='${Status}' alliantiespel 2>/dev/null || true) == *"ok installed"* ]]; then
  die "alliantiespel is installed already; remove it first (dpkg -r alliantiespel)"
fi

# Debian's layout for a game: the program in /usr/games (on a Debian
# user's PATH), its data in /usr/share/games/alliantiespel.
step "configure and build $build (/usr/games, Debian's build flags)"
eval "$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --export=sh)"
CFLAGS="$CFLAGS $CPPFLAGS" LDFLAGS="$LDFLAGS" \
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_INSTALL_BINDIR=games \
        -DALLIANTIESPEL_DATADIR=share/games/alliantiespel \
        -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >/dev/null
cmake --build "$build" --target alliantiespel -j "$(nproc)" >/dev/null

step "cpack -G DEB"
rm -f "$build"/alliantiespel_*.deb
(cd "$build" && cpack -G DEB >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; die "cpack"; }
debs=("$build"/alliantiespel_*.deb)
deb=${debs[0]}
[[ -f $deb ]] || die "cpack made no .deb"
echo "$deb"
dpkg-deb -f "$deb" Package Version Architecture Section Depends

step "Depends: every library the program links, SDL2_image and the font"
depends=$(dpkg-deb -f "$deb" Depends)
dpkg-deb -x "$deb" "$tmp/unpacked"
needed=$(objdump -p "$tmp/unpacked/usr/games/alliantiespel" | awk '$1 == "NEEDED" { print $2 }')
echo "NEEDED: $(echo $needed)"
want=(libsdl2-image-2.0-0 fonts-dejavu-core)
for lib in $needed; do
  # awk reads to the end: an early exit would kill ldconfig with SIGPIPE,
  # which pipefail turns into a silent stop of the whole script
  path=$(ldconfig -p | awk -v l="$lib" '$1 == l && !found { print $NF; found = 1 }')
  [[ -n $path ]] || die "$lib is not found by ldconfig"
  owner=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null ||
          dpkg -S "/usr$path" 2>/dev/null) || die "no package owns $path"
  want+=("${owner%%:*}")
done
for p in $(printf '%s\n' "${want[@]}" | sort -u); do
  [[ $p == libc6 ]] && continue # libm and libc: Essential, named by shlibdeps anyway
  grep -Eq "(^|, )$p( |,|$)" <<<"$depends" || die "Depends lacks $p: $depends"
  echo "  $p: in Depends"
done
for p in libsdl2-2.0-0 libsdl2-ttf-2.0-0 libsdl2-image-2.0-0 libyaml-0-2 libxlsxwriter4 libfontconfig1 fonts-dejavu-core; do
  grep -Eq "(^|, )$p( |,|$)" <<<"$depends" || die "Depends lacks $p: $depends"
done

step "lintian (errors fail; warnings and notes are listed)"
lintian_args=(--fail-on error --display-info)
[[ $(id -u) -eq 0 ]] && lintian_args+=(--allow-root)
if ! lintian "${lintian_args[@]}" "$deb" >"$build/lintian.txt" 2>&1; then
  cat "$build/lintian.txt"
  die "lintian found errors"
fi
if [[ -s $build/lintian.txt ]]; then cat "$build/lintian.txt"; else echo "lintian: no tags"; fi

# What is under the folders the package writes to, before and after.
watched=(/usr/bin /usr/games /usr/share/alliantiespel /usr/share/games /usr/share/applications
         /usr/share/metainfo /usr/share/icons/hicolor /usr/share/man/man6
         /usr/share/doc/alliantiespel)
snapshot() {
  find "${watched[@]}" 2>/dev/null | grep -v -e '/icon-theme\.cache$' -e '/mimeinfo\.cache$' | sort || true
}
snapshot >"$tmp/before"

step "dpkg -i"
installed=1
dpkg_retry -i "$deb" || die "dpkg -i failed"
export PATH=$PATH:/usr/games # as on a Debian login (/etc/profile)
[[ $(command -v alliantiespel) == /usr/games/alliantiespel ]] || die "alliantiespel is not at /usr/games"

step "the installed program, from another folder"
mkdir -p "$tmp/cwd" "$tmp/home"
chmod 700 "$tmp/home"
export HOME=$tmp/home XDG_DATA_HOME=$tmp/home/data
unset ALLIANTIESPEL_DATA_DIR ALLIANTIESPEL_DECK_DIR
cd "$tmp/cwd"
alliantiespel --version
alliantiespel --list-decks | tee "$tmp/list"
[[ $(grep -c . "$tmp/list") -ge 7 ]] || die "--list-decks lists fewer than six decks"
alliantiespel --check /usr/share/games/alliantiespel/decks/*.yaml
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/nl.alliantiespel.alliantiespel.desktop
  echo "desktop-file-validate: ok"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net /usr/share/metainfo/nl.alliantiespel.alliantiespel.metainfo.xml
fi
if command -v man >/dev/null; then
  [[ $(man -w alliantiespel || true) == *"/usr/share/man/man6/alliantiespel.6.gz"* ]] || die "man does not find alliantiespel(6)"
  echo "man: $(man -w alliantiespel)"
fi

step "a headless start (SDL offscreen, software renderer), ended by SIGTERM"
SDL_VIDEODRIVER=offscreen SDL_RENDER_DRIVER=software \
  timeout 60 alliantiespel --domain algemeen --cards quick >"$tmp/game.out" 2>&1 &
pid=$!
sleep 2
kill -0 $pid 2>/dev/null || { cat "$tmp/game.out"; die "the game ended by itself: $(wait $pid; echo $?)"; }
kill -TERM $pid
status=0
wait $pid || status=$?
cat "$tmp/game.out"
[[ $status -eq 0 ]] || die "the game exited with $status on SIGTERM"
echo "started, ran, ended on SIGTERM with 0"

if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
  step "a whole quick round under Xvfb, by keyboard; --summary of its result"
  rm -rf "$XDG_DATA_HOME"
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    set -u
    alliantiespel --domain algemeen --cards quick --window 1280x800 >"$0/round.out" 2>&1 &
    pid=$!
    win=$(timeout 20 xdotool search --sync --onlyvisible --name "^Alliantiespel$" | sed -n 1p)
    [ -n "$win" ] || { echo "no game window"; kill $pid; exit 1; }
    sleep 1
    for card in 1 2 3 4 5; do
      # client: token 4, place; hand-over; professional: token 5, place;
      # turn the card; next card (after the fifth: the summary board)
      for keys in "4 Return" "Return" "5 Return" "Return" "Return"; do
        xdotool key --delay 100 $keys; sleep 0.4
      done
    done
    sleep 1
    kill -TERM $pid; wait $pid' "$tmp" || { cat "$tmp/round.out"; die "the round under Xvfb"; }
  results=("$XDG_DATA_HOME"/alliantiespel/alliantiespel/result-*.yaml)
  [[ -f ${results[0]} ]] || { ls -la "$XDG_DATA_HOME"/alliantiespel/alliantiespel/ || true; die "the round left no result file"; }
  alliantiespel --summary "${results[0]}" | tee "$tmp/summary"
  grep -q "Kaarten om over te praten" "$tmp/summary" || die "--summary of the round's result"
else
  echo "(no xvfb-run or xdotool: the whole round under Xvfb is skipped)"
fi
cd "$source_dir"

step "dpkg -r: nothing left behind"
dpkg_retry -r alliantiespel || die "dpkg -r failed"
installed=0
status=$(dpkg-query -W -f='${Status}' alliantiespel 2>/dev/null || true)
[[ -z $status || $status == *not-installed* ]] || die "after dpkg -r the package is still '$status'"
hash -r
command -v alliantiespel >/dev/null && die "alliantiespel is still on the PATH"
snapshot >"$tmp/after"
if ! diff "$tmp/before" "$tmp/after"; then die "dpkg -r left this behind (or took it away)"; fi
for left in /usr/games/alliantiespel /usr/share/games/alliantiespel /usr/share/doc/alliantiespel; do
  [[ -e $left ]] && die "$left is left"
done
echo "package.sh: PASS in $((SECONDS - start)) s ($deb)"
