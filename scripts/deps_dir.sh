# deps_dir [TARGET]: prints the folder scripts/cross/deps.sh cross-builds
# the libraries into (TARGET: win64 or web; without it, the cache that
# holds them all): $ALLIANTIESPEL_DEPS, else alliantiespel-deps in
# $XDG_CACHE_HOME or ~/.cache. One place says it, so the scripts that
# build, test and measure with those libraries cannot disagree. Sourced
# by scripts/web.sh, scripts/windows.sh, scripts/cross/*.sh and
# tests/bench/bench_{web,wine}_start.sh.
deps_dir() {
  local root=${ALLIANTIESPEL_DEPS:-${XDG_CACHE_HOME:-$HOME/.cache}/alliantiespel-deps}
  printf '%s\n' "$root${1:+/$1}"
}
