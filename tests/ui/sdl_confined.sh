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
# the operating system only through include/os.h: no POSIX or Win32
# header and no call that only one system has above game/platform
bad=$(grep -rnE '#[[:space:]]*include[[:space:]]*<(unistd|fcntl|dirent|poll|pthread|signal|malloc|windows|io|direct|sys/[a-z]+)\.h>' \
      game/core game/ui game/main.c include | grep -vE '^include/platform/')
if [ -n "$bad" ]; then
    echo "an operating system's header outside game/platform (use os.h):"; echo "$bad"
    status=1
fi
bad=$(grep -rnE '(^|[^a-z_.'"'"'])(open|close|unlink|rename|mkdir|rmdir|stat|lstat|fstat|access|realpath|opendir|fsync|localtime_r|gmtime_r|getenv|mkstemp|mkdtemp|flock|fork)[[:space:]]*\(' \
      game/core game/ui | grep -vE '^[^:]*:[0-9]+:[[:space:]]*(/\*|\*|")')
if [ -n "$bad" ]; then
    echo "a system call outside game/platform (use os.h):"; echo "$bad"
    status=1
fi
[ $status -eq 0 ] && echo "ok: SDL, fontconfig, dlopen, clocks and system calls only in game/platform"
exit $status
