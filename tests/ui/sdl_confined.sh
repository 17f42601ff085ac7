#!/bin/sh
# sdl_confined: only game/platform and include/platform may include SDL,
# SDL_ttf, SDL2_image (dlopen) or fontconfig, or read the clock; the UI,
# the core, main.c and the test stub never do. Usage: sdl_confined.sh SRCDIR
cd "$1" || exit 1
status=0
bad=$(grep -rlE '#[[:space:]]*include[[:space:]]*[<"](SDL[^>"]*|fontconfig/[^>"]*|dlfcn\.h)[>"]' \
      game include tests/stub | grep -vE '^(game|include)/platform/')
if [ -n "$bad" ]; then
    echo "SDL, fontconfig or dlopen outside game/platform:"; echo "$bad"
    status=1
fi
bad=$(grep -rnE '\b(time|clock|gettimeofday|clock_gettime)[[:space:]]*\(|SDL_Get(Ticks|PerformanceCounter)' \
      game/ui game/core include/ui | grep -vE '^[^:]*:[0-9]+:[[:space:]]*(/\*|\*)')
if [ -n "$bad" ]; then
    echo "a clock read outside game/platform (time comes in as a value):"; echo "$bad"
    status=1
fi
bad=$(grep -rlE '\b(SDL_[A-Za-z]+|Uint(8|16|32|64))\b' include/ui game/ui)
if [ -n "$bad" ]; then
    echo "an SDL name in the UI:"; echo "$bad"
    status=1
fi
[ $status -eq 0 ] && echo "ok: SDL, fontconfig, dlopen and clocks only in game/platform"
exit $status
