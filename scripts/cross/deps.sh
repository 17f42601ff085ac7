#!/usr/bin/env bash
# Cross-builds the game's libraries from Debian 12's source packages into a
# cache outside the source tree: for 64-bit Windows (mingw-w64, DLLs) or
# for the browser (emscripten, static libraries).
# Usage: scripts/cross/deps.sh win64|web
# The prefix is $(deps_dir TARGET) (scripts/deps_dir.sh); see
# scripts/cross/README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

target=${1:-}
case "$target" in
  win64|web) ;;
  *) echo "usage: $0 win64|web" >&2; exit 2 ;;
esac

. "$here/../deps_dir.sh"
root=$(deps_dir)
prefix=$root/$target
builds=$root/build/$target
logs=$root/logs/$target
stamps=$root/stamps/$target
jobs=$(nproc)

say() { printf '%s\n' "$*"; }
die() { printf 'deps.sh: %s\n' "$*" >&2; exit 1; }

# --- Debian packages ------------------------------------------------------
packages=(cmake ninja-build pkg-config dpkg-dev xz-utils
          debian-archive-keyring)
if [[ $target == win64 ]]; then
  packages+=(gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64
             binutils-mingw-w64-x86-64 wine wine64 xvfb xauth)
else
  # node-acorn: emcc's JavaScript passes need it (emscripten pulls it in).
  # chromium, xvfb: the page played where it runs (tests/web/run.sh)
  packages+=(emscripten nodejs node-acorn chromium xvfb xauth)
fi
. "$here/../apt_install.sh"
apt_install "${packages[@]}"

mkdir -p "$prefix"/{include,lib/pkgconfig,bin,licenses,share/fonts} \
  "$builds" "$logs" "$stamps" "$root/src"

# --- Debian's source packages, through a private apt configuration --------
# Nothing under /etc is touched: the sources, lists and downloads live in
# $root/apt. Types deb too, for the fonts' binary package.
aptdir=$root/apt
apt_opts=(-o Dir::Etc::SourceList=/dev/null
          -o Dir::Etc::SourceParts="$aptdir/sources.list.d"
          -o Dir::State::Lists="$aptdir/lists"
          -o Dir::Cache="$aptdir/cache")
if [[ $(id -u) -eq 0 ]]; then
  # Downloads land in folders the _apt user cannot write to.
  apt_opts+=(-o APT::Sandbox::User=root)
fi
apt_updated=
apt_update() {
  [[ -z $apt_updated ]] || return 0
  mkdir -p "$aptdir"/{sources.list.d,lists/partial,cache/archives/partial}
  cat >"$aptdir/sources.list.d/debian.sources" <<'EOF'
Types: deb deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  say "Updating the private package lists in $aptdir"
  apt-get "${apt_opts[@]}" update >"$root/logs/apt-update.log" 2>&1 ||
    die "apt-get update failed (see $root/logs/apt-update.log)"
  apt_updated=1
}

# fetch_source PKG: fetches and unpacks (with Debian's patches) the newest
# bookworm source of PKG once; if that fails (the security archive has
# answered 404 for files it lists), the version in bookworm itself. Sets
# src (the unpacked folder) and version (Debian's version).
fetch_source() {
  local pkg=$1 dir=$root/src/$1 log=$root/logs/source-$1.log
  if [[ ! -f $dir/.fetched ]]; then
    apt_update
    say "Fetching the source of $pkg"
    rm -rf "$dir"; mkdir -p "$dir"
    if ! (cd "$dir" && apt-get "${apt_opts[@]}" source "$pkg") >"$log" 2>&1
    then
      say "  the newest $pkg failed (see $log); taking bookworm's"
      rm -rf "$dir"; mkdir -p "$dir"
      (cd "$dir" && apt-get "${apt_opts[@]}" source "$pkg/bookworm") \
        >>"$log" 2>&1 || die "$pkg: cannot fetch its source (see $log)"
    fi
    local dsc
    dsc=$(find "$dir" -maxdepth 1 -name '*.dsc' | head -n1)
    version=$(sed -n 's/^Version: //p' "$dsc")
    src=$(find "$dir" -mindepth 1 -maxdepth 1 -type d | head -n1)
    [[ -n $version && -d $src ]] || die "$pkg: unpacking its source failed"
    printf '%s\n%s\n' "$version" "$src" >"$dir/.fetched"
  fi
  { read -r version; read -r src; } <"$dir/.fetched"
}

# 1:1.2.13.dfsg-1+deb12u1 -> 1.2.13
upstream() {
  sed -e 's/^[0-9]*://' -e 's/-[^-]*$//' -e 's/[.+~]dfsg.*//' <<<"$1"
}

# --- Tools per target -----------------------------------------------------
if [[ $target == win64 ]]; then
  cc=x86_64-w64-mingw32-gcc
  ar=x86_64-w64-mingw32-ar
  toolchain_text=$(cat "$here/mingw-w64.cmake")
else
  # Debian's emscripten: its config freezes the cache in /usr/share, so an
  # own writable copy; Debian's node modules (acorn) when node is another.
  export EM_CACHE=$root/emcache
  export EM_FROZEN_CACHE=
  export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
  cc=emcc
  ar=emar
  toolchain_text=$(cat /usr/share/emscripten/emscripten-version.txt)
  debian_cache=/usr/share/emscripten/cache
  if [[ ! -f $EM_CACHE/.copied ]]; then
    say "Copying Debian's emscripten cache to $EM_CACHE"
    rm -rf "$EM_CACHE"; mkdir -p "$EM_CACHE/sysroot/lib/wasm32-emscripten"
    cp -a "$debian_cache"/{build,cache.lock,sysroot_install.stamp} "$EM_CACHE"/
    cp -a "$debian_cache"/sysroot/{bin,include} "$EM_CACHE/sysroot/"
    cp -a "$debian_cache"/sysroot/lib/pkgconfig "$EM_CACHE/sysroot/lib/"
    # Not lib/cmake/SDL2: it is the -s USE_SDL=2 port, not ours.
    find "$debian_cache/sysroot/lib/wasm32-emscripten" -maxdepth 1 \
      -type f -exec cp -a -t "$EM_CACHE/sysroot/lib/wasm32-emscripten/" {} +
    # The LTO and PIC variants (600 MB) are read where they are.
    for d in lto lto-pic pic; do
      ln -s "$debian_cache/sysroot/lib/wasm32-emscripten/$d" \
        "$EM_CACHE/sysroot/lib/wasm32-emscripten/$d"
    done
    touch "$EM_CACHE/.copied"
  fi
fi
# Every lookup of a .pc file sees only the prefix.
export PKG_CONFIG_LIBDIR=$prefix/lib/pkgconfig
export PKG_CONFIG_PATH=

# cmake_build NAME SOURCE [CMAKE ARGUMENTS...]: configure, build, install.
cmake_build() {
  local name=$1 source=$2; shift 2
  local b=$builds/$name
  rm -rf "$b"
  local args=(-S "$source" -B "$b" -G Ninja
              -DCMAKE_BUILD_TYPE=Release
              -DCMAKE_INSTALL_PREFIX="$prefix"
              -DCMAKE_INSTALL_LIBDIR=lib
              -DCMAKE_PREFIX_PATH="$prefix")
  if [[ $target == win64 ]]; then
    cmake "${args[@]}" -DCMAKE_TOOLCHAIN_FILE="$here/mingw-w64.cmake" \
      -DALLIANTIESPEL_DEPS_PREFIX="$prefix" -DBUILD_SHARED_LIBS=ON "$@"
  else
    emcmake cmake "${args[@]}" -DCMAKE_FIND_ROOT_PATH="$prefix" \
      -DBUILD_SHARED_LIBS=OFF "$@"
  fi
  cmake --build "$b" -j "$jobs"
  cmake --install "$b"
}

# write_pc NAME VERSION DESCRIPTION LIBS [CFLAGS]
write_pc() {
  cat >"$prefix/lib/pkgconfig/$1.pc" <<EOF
prefix=$prefix
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: $1
Description: $3
Version: $2
Libs: -L\${libdir} $4
Cflags: -I\${includedir}${5:+ $5}
EOF
}

# --- Recipes: one function per library, run in the library's log ---------
# Each is given $src (the unpacked Debian source) and $version.

# zlib: its CMake wants win32/zlib1.rc for the DLL, which Debian's source
# lacks, so the library is compiled by hand, static only, on both targets.
recipe_zlib() {
  local b=$builds/zlib f
  rm -rf "$b"; mkdir -p "$b"
  for f in adler32 compress crc32 deflate gzclose gzlib gzread gzwrite \
           infback inffast inflate inftrees trees uncompr zutil; do
    printf '%s\n' "$f"
  done | xargs -P "$jobs" -I{} \
    "$cc" -O2 -DHAVE_UNISTD_H -I"$src" -c "$src/{}.c" -o "$b/{}.o"
  rm -f "$b/libz.a"
  "$ar" rcs "$b/libz.a" "$b"/*.o
  install -m644 "$src/zlib.h" "$src/zconf.h" "$prefix/include/"
  install -m644 "$b/libz.a" "$prefix/lib/"
  write_pc zlib "$(upstream "$version")" "zlib compression library (static)" -lz
}

recipe_yaml() {
  cmake_build yaml "$src" -DBUILD_TESTING=OFF -DINSTALL_CMAKE_DIR=lib/cmake/yaml
  # libyaml's CMake installs no yaml-0.1.pc. A static libyaml on Windows
  # would need -DYAML_DECLARE_STATIC; here Windows has the DLL.
  write_pc yaml-0.1 "$(upstream "$version")" "Library to parse and emit YAML" -lyaml
}

recipe_sdl2() {
  local a=(-DSDL_TEST=OFF -DSDL_TESTS=OFF -DSDL_INSTALL_TESTS=OFF)
  if [[ $target == win64 ]]; then
    a+=(-DSDL_SHARED=ON -DSDL_STATIC=OFF)
  else
    a+=(-DSDL_SHARED=OFF -DSDL_STATIC=ON)
  fi
  cmake_build sdl2 "$src" "${a[@]}"
}

recipe_libpng() {
  cmake_build libpng "$src" -DPNG_SHARED=ON -DPNG_STATIC=OFF -DPNG_TESTS=OFF \
    -DPNG_EXECUTABLES=OFF -DZLIB_ROOT="$prefix" \
    -DZLIB_INCLUDE_DIR="$prefix/include" -DZLIB_LIBRARY="$prefix/lib/libz.a"
}

# Without harfbuzz (built after it, on top of it), png, zlib, bzip2,
# brotli: the game's fonts are plain TrueType.
if [[ $target == web ]]; then
# The browser's program is one link of static libraries that has zlib
# already (for the workbooks): freetype's own copy of zlib would clash
# with it, symbol for symbol, so freetype uses that one.
recipe_freetype() {
  cmake_build freetype "$src" -DFT_REQUIRE_ZLIB=ON -DZLIB_ROOT="$prefix" \
    -DZLIB_INCLUDE_DIR="$prefix/include" -DZLIB_LIBRARY="$prefix/lib/libz.a" \
    -DFT_DISABLE_BZIP2=ON -DFT_DISABLE_PNG=ON -DFT_DISABLE_HARFBUZZ=ON \
    -DFT_DISABLE_BROTLI=ON
}
else
recipe_freetype() {
  cmake_build freetype "$src" -DFT_DISABLE_ZLIB=ON -DFT_DISABLE_BZIP2=ON \
    -DFT_DISABLE_PNG=ON -DFT_DISABLE_HARFBUZZ=ON -DFT_DISABLE_BROTLI=ON
}
fi

recipe_harfbuzz() {
  local a=(-DHB_HAVE_FREETYPE=ON -DHB_HAVE_GLIB=OFF -DHB_HAVE_ICU=OFF
           -DHB_HAVE_GOBJECT=OFF -DHB_HAVE_INTROSPECTION=OFF
           -DHB_BUILD_SUBSET=OFF -DHB_BUILD_UTILS=OFF)
  if [[ $target == win64 ]]; then
    # harfbuzz is C++: its runtime linked in, not shipped as a DLL.
    a+=(-DCMAKE_SHARED_LINKER_FLAGS="-static-libgcc -static-libstdc++")
  fi
  cmake_build harfbuzz "$src" "${a[@]}"
  if [[ $target == web ]]; then
    # Built without -pthread (as is everything for the browser), but its
    # .pc asks for it, which would make the whole program threaded.
    sed -i 's/ -pthread//' "$prefix/lib/pkgconfig/harfbuzz.pc"
  fi
}

# sdl_pc NAME VERSION DESCRIPTION REQUIRES.PRIVATE: the .pc that SDL2_ttf's
# and SDL2_image's CMake write only for a shared library.
sdl_pc() {
  cat >"$prefix/lib/pkgconfig/$1.pc" <<EOF
prefix=$prefix
exec_prefix=\${prefix}
libdir=\${exec_prefix}/lib
includedir=\${prefix}/include

Name: $1
Description: $3
Version: $2
Requires: sdl2
Requires.private: $4
Libs: -L\${libdir} -l$1
Cflags: -I\${includedir}/SDL2
EOF
}

recipe_sdl2_ttf() {
  cmake_build sdl2-ttf "$src" -DSDL2TTF_VENDORED=OFF -DSDL2TTF_HARFBUZZ=ON \
    -DSDL2TTF_SAMPLES=OFF -DSDL2_DIR="$prefix/lib/cmake/SDL2"
  if [[ $target == web ]]; then
    sdl_pc SDL2_ttf "$(upstream "$version")" \
      "ttf library for Simple DirectMedia Layer" "harfbuzz freetype2"
  fi
}

# Only PNG (load and save) and SVG. Windows: libpng, linked; the browser:
# the bundled stb_image loads PNG and miniz saves it.
recipe_sdl2_image() {
  local a=(-DSDL2IMAGE_VENDORED=OFF -DSDL2IMAGE_DEPS_SHARED=OFF
           -DSDL2IMAGE_SAMPLES=OFF -DSDL2IMAGE_TESTS=OFF
           -DSDL2IMAGE_PNG=ON -DSDL2IMAGE_SVG=ON -DSDL2IMAGE_BACKEND_WIC=OFF
           -DSDL2_DIR="$prefix/lib/cmake/SDL2") f
  for f in AVIF BMP GIF JPG JXL LBM PCX PNM QOI TGA TIF WEBP XCF XPM XV; do
    a+=(-DSDL2IMAGE_$f=OFF)
  done
  if [[ $target == win64 ]]; then
    a+=(-DSDL2IMAGE_BACKEND_STB=OFF)
  else
    a+=(-DSDL2IMAGE_BACKEND_STB=ON)
  fi
  cmake_build sdl2-image "$src" "${a[@]}"
  if [[ $target == web ]]; then
    sdl_pc SDL2_image "$(upstream "$version")" \
      "image loading library for Simple DirectMedia Layer" ""
  fi
}

# Its own minizip (in the source), zlib linked statically.
recipe_xlsxwriter() {
  cmake_build xlsxwriter "$src" -DUSE_SYSTEM_MINIZIP=OFF -DBUILD_TESTS=OFF \
    -DBUILD_EXAMPLES=OFF -DZLIB_ROOT="$prefix" \
    -DZLIB_INCLUDE_DIR="$prefix/include" -DZLIB_LIBRARY="$prefix/lib/libz.a"
  # Its CMake takes the .pc's version from the wrong line (it says 4).
  sed -i "s/^Version: .*/Version: $(upstream "$version")/" \
    "$prefix/lib/pkgconfig/xlsxwriter.pc"
}

# --- What is built, from which Debian source, on what ---------------------
declare -A source_of=([zlib]=zlib [yaml]=libyaml [sdl2]=libsdl2
  [libpng]=libpng1.6 [freetype]=freetype [harfbuzz]=harfbuzz
  [sdl2_ttf]=libsdl2-ttf [sdl2_image]=libsdl2-image
  [xlsxwriter]=libxlsxwriter)
declare -A needs=([libpng]="zlib" [harfbuzz]="freetype"
  [sdl2_ttf]="sdl2 freetype harfbuzz" [xlsxwriter]="zlib")
if [[ $target == win64 ]]; then
  libs=(zlib yaml sdl2 libpng freetype harfbuzz sdl2_ttf sdl2_image xlsxwriter)
  needs[sdl2_image]="sdl2 libpng"
else
  # No libpng: SDL2_image reads PNG with stb_image, freetype has no PNG.
  libs=(zlib yaml sdl2 freetype harfbuzz sdl2_ttf sdl2_image xlsxwriter)
  needs[sdl2_image]="sdl2"
  needs[freetype]="zlib"
fi

# licenses/NAME.txt: the upstream licence files and debian/copyright.
collect_licence() {
  local name=$1 out=$prefix/licenses/$1.txt f
  : >"$out"
  while IFS= read -r f; do
    printf '==== %s ====\n\n' "${f#"$src"/}" >>"$out"
    cat "$f" >>"$out"; printf '\n' >>"$out"
  done < <(find "$src" -maxdepth 2 -type f \( -iname 'copying*' \
             -o -iname 'licen[cs]e*' -o -iname 'ftl.txt' \) \
             -not -path '*/debian/*' | sort)
  printf '==== debian/copyright ====\n\n' >>"$out"
  cat "$src/debian/copyright" >>"$out"
}

# recipe_text NAME: the recipe and every function of this script that it
# calls, directly or through another.
recipe_text() {
  local -A seen=() ; local todo=("recipe_$1") f w text=
  while ((${#todo[@]})); do
    f=${todo[0]}; todo=("${todo[@]:1}")
    [[ -z ${seen[$f]:-} ]] || continue
    seen[$f]=1
    text+=$(declare -f "$f")$'\n'
    for w in $(declare -f "$f" | tr -c 'A-Za-z0-9_\n' '\n' | sort -u); do
      if [[ -z ${seen[$w]:-} ]] && declare -F "$w" >/dev/null; then
        todo+=("$w")
      fi
    done
  done
  printf '%s' "$text"
}

declare -A key_of
declare -A time_of
declare -A how_of
for name in "${libs[@]}"; do
  fetch_source "${source_of[$name]}"
  # The stamp's key: the version, this library's recipe (with the helpers
  # it calls), the toolchain and the keys of what it is built on.
  deps_keys=
  for d in ${needs[$name]:-}; do deps_keys+="${key_of[$d]}"; done
  key="$version $(printf '%s\n' "$target" "$(recipe_text "$name")" \
    "$toolchain_text" "$deps_keys" | sha256sum | cut -c1-16)"
  key_of[$name]=$key
  stamp=$stamps/$name
  if [[ -f $stamp ]] && [[ $(head -n1 "$stamp") == "$key" ]]; then
    time_of[$name]=$(sed -n 2p "$stamp")
    how_of[$name]="cached"
    continue
  fi
  log=$logs/$name.log
  say "Building $name $version for $target (log: $log)"
  rm -f "$stamp"
  start=$(date +%s)
  # Not in an if: errexit must stay on inside the recipe.
  set +e
  ( set -ex; "recipe_$name" ) >"$log" 2>&1
  rc=$?
  set -e
  if ((rc != 0)); then
    tail -n 25 "$log" >&2
    die "building $name ($version) for $target failed; the log: $log"
  fi
  collect_licence "$name"
  time_of[$name]=$(( $(date +%s) - start ))
  how_of[$name]="built now"
  printf '%s\n%s\n' "$key" "${time_of[$name]}" >"$stamp"
done

# --- Fonts: Windows and the browser have no DejaVu ------------------------
fonts=(DejaVuSans.ttf DejaVuSans-Bold.ttf)
have_fonts=1
for f in "${fonts[@]}"; do
  [[ -f $prefix/share/fonts/$f ]] || have_fonts=
done
if [[ -z $have_fonts ]]; then
  apt_update
  say "Fetching fonts-dejavu-core"
  fdir=$root/src/fonts-dejavu-core
  rm -rf "$fdir"; mkdir -p "$fdir"
  (cd "$fdir" && apt-get "${apt_opts[@]}" download fonts-dejavu-core) \
    >"$root/logs/source-fonts-dejavu-core.log" 2>&1 ||
    die "fonts-dejavu-core: download failed (see $root/logs/source-fonts-dejavu-core.log)"
  dpkg-deb -x "$fdir"/fonts-dejavu-core_*.deb "$fdir/x"
  for f in "${fonts[@]}"; do
    install -m644 "$fdir/x/usr/share/fonts/truetype/dejavu/$f" \
      "$prefix/share/fonts/"
  done
  install -m644 "$fdir/x/usr/share/doc/fonts-dejavu-core/copyright" \
    "$prefix/licenses/fonts-dejavu.txt"
fi

# --- Windows: the toolchain's runtime DLLs beside the libraries -----------
if [[ $target == win64 ]]; then
  runtime=(libwinpthread-1.dll libgcc_s_seh-1.dll)
  # And whatever else a DLL in bin/ imports that the toolchain has.
  for _ in 1 2 3; do
    while IFS= read -r dll; do
      [[ -f $prefix/bin/$dll ]] || runtime+=("$dll")
    done < <(for f in "$prefix"/bin/*.dll; do
               x86_64-w64-mingw32-objdump -p "$f" |
                 sed -n 's/^\s*DLL Name: //p'
             done | sort -u)
    for dll in "${runtime[@]}"; do
      path=$("$cc" -print-file-name="$dll")
      if [[ $path == /* && -f $path ]]; then
        install -m644 "$path" "$prefix/bin/"
      fi
    done
  done
  # The licence of the runtime: mingw-w64's and GCC's (with its exception).
  for pkg in mingw-w64-common gcc-mingw-w64-base; do
    [[ -f /usr/share/doc/$pkg/copyright ]] &&
      cp /usr/share/doc/$pkg/copyright "$prefix/licenses/runtime-$pkg.txt"
  done
fi

# --- Report ---------------------------------------------------------------
say ""
say "Prefix for $target: $prefix"
say "  pkg-config: PKG_CONFIG_LIBDIR=$prefix/lib/pkgconfig"
if [[ $target == win64 ]]; then
  say "  CMake: -DCMAKE_TOOLCHAIN_FILE=$here/mingw-w64.cmake"
  say "  DLLs to ship: $(cd "$prefix/bin" && ls ./*.dll | sed 's|^\./||' | tr '\n' ' ')"
else
  say "  CMake: emcmake cmake -DCMAKE_FIND_ROOT_PATH=$prefix (EM_CACHE=$EM_CACHE)"
fi
say "  fonts: $prefix/share/fonts; licences: $prefix/licenses"
total=0
for name in "${libs[@]}"; do
  printf '  %-11s %-28s %5ss (%s)\n' "$name" "$(sed -n 1p "$stamps/$name" | cut -d' ' -f1)" \
    "${time_of[$name]}" "${how_of[$name]}"
  total=$((total + time_of[$name]))
done
say "  total build time ${total}s"
