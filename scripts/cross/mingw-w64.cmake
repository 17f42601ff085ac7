# CMake toolchain for 64-bit Windows with Debian's mingw-w64 (package
# gcc-mingw-w64-x86-64), looking for libraries only in the prefix that
# scripts/cross/deps.sh win64 fills. Test programs run under wine.
#   cmake -S . -B build-win64 \
#     -DCMAKE_TOOLCHAIN_FILE=scripts/cross/mingw-w64.cmake
# The prefix is ALLIANTIESPEL_DEPS_PREFIX when given, else
# $ALLIANTIESPEL_DEPS/win64, else $XDG_CACHE_HOME (or ~/.cache)
# /alliantiespel-deps/win64, as in deps.sh.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(_triplet x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${_triplet}-gcc)
set(CMAKE_CXX_COMPILER ${_triplet}-g++)
set(CMAKE_RC_COMPILER ${_triplet}-windres)
set(CMAKE_AR ${_triplet}-ar CACHE FILEPATH "")
set(CMAKE_RANLIB ${_triplet}-ranlib CACHE FILEPATH "")

if(NOT ALLIANTIESPEL_DEPS_PREFIX)
  if(DEFINED ENV{ALLIANTIESPEL_DEPS} AND NOT "$ENV{ALLIANTIESPEL_DEPS}" STREQUAL "")
    set(_deps "$ENV{ALLIANTIESPEL_DEPS}")
  elseif(DEFINED ENV{XDG_CACHE_HOME} AND NOT "$ENV{XDG_CACHE_HOME}" STREQUAL "")
    set(_deps "$ENV{XDG_CACHE_HOME}/alliantiespel-deps")
  else()
    set(_deps "$ENV{HOME}/.cache/alliantiespel-deps")
  endif()
  set(ALLIANTIESPEL_DEPS_PREFIX "${_deps}/win64")
endif()
set(ALLIANTIESPEL_DEPS_PREFIX "${ALLIANTIESPEL_DEPS_PREFIX}" CACHE PATH
    "Prefix with the cross-built libraries")

# The toolchain's own sysroot, then the prefix; programs from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${_triplet} "${ALLIANTIESPEL_DEPS_PREFIX}")
set(CMAKE_PREFIX_PATH "${ALLIANTIESPEL_DEPS_PREFIX}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config (FindPkgConfig) sees only the prefix's .pc files, never the
# host's.
set(ENV{PKG_CONFIG_LIBDIR} "${ALLIANTIESPEL_DEPS_PREFIX}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")

# try_run and ctest run the .exe under wine, which finds the DLLs in the
# prefix's bin/ through WINEPATH (a Unix path is fine there).
find_program(_wine NAMES wine wine64)
if(_wine)
  set(CMAKE_CROSSCOMPILING_EMULATOR
      /usr/bin/env "WINEPATH=${ALLIANTIESPEL_DEPS_PREFIX}/bin" "${_wine}")
endif()
