#!/usr/bin/env bash
# install_test: `cmake --install` into a staging folder (DESTDIR), then the
# installed program run from another working directory finds its own decks
# (relative to its own location), also from a copy of the installed tree,
# and --deck-dir / ALLIANTIESPEL_DECK_DIR add a folder of the user's decks.
# Every file the issue asks for is there; the man page names every option
# of --help.
#   install_test.sh BUILD_DIR SOURCE_DIR            the install itself
#   install_test.sh BUILD_DIR SOURCE_DIR validate   desktop-file-validate and
#                   appstreamcli validate --no-net on the installed files
#                   (exit 77 = skipped when they are not installed)
set -u
build=$1
source_dir=$2
mode=${3:-install}
failed=0
passed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
pass() { passed=$((passed + 1)); }
check() { # check NAME command...: passes when the command succeeds
  local name=$1; shift
  if "$@" >"$tmp/out" 2>&1; then pass; else fail "$name"; head -20 "$tmp/out"; fi
}

if [[ $mode == validate ]]; then
  for tool in desktop-file-validate appstreamcli; do
    command -v $tool >/dev/null 2>&1 || { echo "SKIP: $tool missing"; exit 77; }
  done
fi

stage=$tmp/stage
if ! DESTDIR=$stage cmake --install "$build" >"$tmp/install.log" 2>&1; then
  cat "$tmp/install.log"; echo "FAIL: cmake --install"; exit 1
fi
program=$(find "$stage" -name alliantiespel -type f -perm -u+x | head -1)
[[ -x $program ]] || { echo "FAIL: no program alliantiespel under the staging folder"; exit 1; }
root=$(dirname "$(dirname "$program")")   # $stage + the prefix
data=$(dirname "$(find "$stage" -path '*/alliantiespel/decks/algemeen.yaml' | head -1)")
data=${data%/decks}
[[ -f $data/decks/algemeen.yaml ]] || { echo "FAIL: no decks under the staging folder"; exit 1; }

if [[ $mode == validate ]]; then
  check "desktop-file-validate" desktop-file-validate \
    "$root/share/applications/nl.alliantiespel.alliantiespel.desktop"
  check "appstreamcli validate --no-net" appstreamcli validate --no-net \
    "$root/share/metainfo/nl.alliantiespel.alliantiespel.metainfo.xml"
  echo "$passed passed, $failed failed"
  [[ $failed -eq 0 ]]
  exit
fi

# Everything the issue names is installed.
for f in "${data#$root/}"/assets/icons/logo.svg \
         "${data#$root/}"/assets/po/nl.po \
         share/applications/nl.alliantiespel.alliantiespel.desktop \
         share/metainfo/nl.alliantiespel.alliantiespel.metainfo.xml \
         share/icons/hicolor/scalable/apps/alliantiespel.svg \
         share/man/man6/alliantiespel.6.gz \
         share/doc/alliantiespel/copyright \
         share/doc/alliantiespel/changelog.gz \
         share/doc/alliantiespel/deck-format.md; do
  if [[ -f $root/$f ]]; then pass; else fail "not installed: $f"; fi
done
[[ -e $data/decks/README.md ]] && fail "decks/README.md is installed among the decks"
# PNG sizes: the width and height in the header match the folder's name.
for size in 16 24 32 48 64 128 256; do
  png=$root/share/icons/hicolor/${size}x${size}/apps/alliantiespel.png
  if [[ ! -f $png ]]; then fail "no ${size}x${size} icon"; continue; fi
  read -r -a dims < <(od -An -tu1 -j16 -N8 "$png")
  w=$(( (dims[2] << 8) | dims[3] )) h=$(( (dims[6] << 8) | dims[7] ))
  if [[ $w -eq $size && $h -eq $size ]]; then pass; else fail "icon ${size}x${size} is ${w}x${h}"; fi
done

# The installed program, from another working directory, with no hint
# where its data is: a deck only the staged tree has shows it found its
# own data (not the source tree it was built from).
sed 's/^id: algemeen$/id: staged-marker/' "$data/decks/algemeen.yaml" >"$data/decks/staged-marker.yaml"
mkdir -p "$tmp/elsewhere" "$tmp/xdg"
export XDG_DATA_HOME=$tmp/xdg
unset ALLIANTIESPEL_DATA_DIR ALLIANTIESPEL_DECK_DIR
run() { (cd "$tmp/elsewhere" && "$@"); }
check "--list-decks from the staging folder" run "$program" --list-decks
grep -q "^staged-marker " "$tmp/out" || fail "the staged program did not read its own decks: $(cat "$tmp/out")"
check "--check of the installed decks" run "$program" --check "$data"/decks/*.yaml
check "--version" run "$program" --version
# Through a symbolic link on the PATH (as /usr/games or ~/bin may hold).
mkdir -p "$tmp/path"
ln -s "$program" "$tmp/path/alliantiespel"
check "--list-decks through a link" run env PATH="$tmp/path:$PATH" alliantiespel --list-decks
grep -q "^staged-marker " "$tmp/out" || fail "through a link the program did not find its decks"

# A copy of the installed tree elsewhere finds the copy's decks.
cp -a "$root" "$tmp/copy"
copied_decks=$tmp/copy/${data#$root/}/decks
mv "$copied_decks/staged-marker.yaml" "$copied_decks/copied-marker.yaml"
sed -i 's/^id: staged-marker$/id: copied-marker/' "$copied_decks/copied-marker.yaml"
check "--list-decks from a copied tree" run "$tmp/copy/${program#$root/}" --list-decks
grep -q "^copied-marker " "$tmp/out" || fail "the copied program did not read the copy's decks: $(cat "$tmp/out")"
grep -q "^staged-marker " "$tmp/out" && fail "the copied program read the staged decks"

# --deck-dir and ALLIANTIESPEL_DECK_DIR: the user's own decks beside.
mkdir -p "$tmp/own"
sed 's/^id: algemeen$/id: mijn-eigen-deck/' "$data/decks/algemeen.yaml" >"$tmp/own/eigen.yaml"
check "--deck-dir" run "$program" --deck-dir "$tmp/own" --list-decks
grep -q "^mijn-eigen-deck " "$tmp/out" && grep -q "^reclassering " "$tmp/out" ||
  fail "--deck-dir: the own deck and the installed ones are not both listed"
check "ALLIANTIESPEL_DECK_DIR" run env ALLIANTIESPEL_DECK_DIR="$tmp/own" "$program" --list-decks
grep -q "^mijn-eigen-deck " "$tmp/out" || fail "ALLIANTIESPEL_DECK_DIR: the own deck is not listed"
# an own deck with an installed deck's id is refused, and named
cp "$data/decks/reclassering.yaml" "$tmp/own/copy-of-reclassering.yaml"
check "--deck-dir with a taken id" run "$program" --deck-dir "$tmp/own" --list-decks
grep -q "copy-of-reclassering.yaml.*another deck already has the id 'reclassering'" "$tmp/out" ||
  fail "a taken id is not named: $(cat "$tmp/out")"
rm "$tmp/own/copy-of-reclassering.yaml"
run "$program" --deck-dir "$tmp/missing" --list-decks >"$tmp/out" 2>&1
status=$?
if [[ $status -eq 2 ]] && grep -q "missing: error: cannot open the deck folder" "$tmp/out"; then pass
else fail "--deck-dir of a missing folder: exit $status, $(cat "$tmp/out")"; fi

# The man page names every option --help names.
run "$program" --help >"$tmp/help"
gzip -dc "$root/share/man/man6/alliantiespel.6.gz" | sed 's/\\-/-/g' >"$tmp/man"
options=$(grep -o -- '--[a-z][a-z-]*' "$tmp/help" | sort -u)
[[ -n $options ]] || fail "--help names no options"
for option in $options; do
  if grep -q -- "$option" "$tmp/man"; then pass; else fail "the man page does not name $option"; fi
done
for var in ALLIANTIESPEL_DECK_DIR ALLIANTIESPEL_DATA_DIR; do
  grep -q "$var" "$tmp/help" || fail "--help does not name $var"
  grep -q "$var" "$tmp/man" || fail "the man page does not name $var"
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
