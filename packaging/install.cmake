# Installing (cmake --install, GNUInstallDirs) and the Debian package
# (CPack). Included from the root CMakeLists.txt after the program's
# target; ALLIANTIESPEL_DATADIR and ALLIANTIESPEL_FULL_DATADIR are set there.
#
#   bin/alliantiespel                            (Debian: games/)
#   share/alliantiespel/{decks,assets}/          what the game reads
#                                                (Debian: share/games/alliantiespel)
#   share/applications/nl.alliantiespel.alliantiespel.desktop
#   share/metainfo/nl.alliantiespel.alliantiespel.metainfo.xml
#   share/icons/hicolor/{scalable,NxN}/apps/alliantiespel.{svg,png}
#   share/man/man6/alliantiespel.6.gz
#   share/doc/alliantiespel/  README.md, deck-format.md, result-format.md,
#                             copyright, changelog.gz

set(ALLIANTIESPEL_ID nl.alliantiespel.alliantiespel)
set(ALLIANTIESPEL_URL "" CACHE STRING
    "The project's home page, once it has one (none is shipped until then)")
set(ALLIANTIESPEL_MAINTAINER "alliantiespel maintainers <maintainers@alliantiespel.example>"
    CACHE STRING "The Debian package's maintainer, as Name <address>")
set(ALLIANTIESPEL_FULL_DOCDIR "${CMAKE_INSTALL_FULL_DOCDIR}")
set(pkg "${PROJECT_SOURCE_DIR}/packaging")
set(gen "${PROJECT_BINARY_DIR}/packaging")

# Folders made by the install are 0755 whatever the umask (dpkg and
# lintian want that too).
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
    WORLD_READ WORLD_EXECUTE)

# The man page and the changelog, filled in and compressed the way Debian
# wants them (gzip -9n: no name, no time, the same bytes every build).
find_program(ALLIANTIESPEL_GZIP gzip REQUIRED)
configure_file(${pkg}/alliantiespel.6.in ${gen}/alliantiespel.6 @ONLY)
configure_file(${pkg}/changelog.in ${gen}/changelog @ONLY)
configure_file(${pkg}/${ALLIANTIESPEL_ID}.metainfo.xml.in
               ${gen}/${ALLIANTIESPEL_ID}.metainfo.xml @ONLY)
foreach(file alliantiespel.6 changelog)
  execute_process(COMMAND ${ALLIANTIESPEL_GZIP} -9n -c ${gen}/${file}
                  OUTPUT_FILE ${gen}/${file}.gz RESULT_VARIABLE gzip_status)
  if(NOT gzip_status EQUAL 0)
    message(FATAL_ERROR "gzip ${gen}/${file} failed: ${gzip_status}")
  endif()
endforeach()

install(TARGETS alliantiespel RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/decks ${PROJECT_SOURCE_DIR}/assets
        DESTINATION ${ALLIANTIESPEL_DATADIR}
        PATTERN README.md EXCLUDE)
if(EXISTS ${PROJECT_SOURCE_DIR}/cases)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/cases
          DESTINATION ${ALLIANTIESPEL_DATADIR} PATTERN README.md EXCLUDE)
endif()

install(FILES ${pkg}/${ALLIANTIESPEL_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${gen}/${ALLIANTIESPEL_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${pkg}/icons/alliantiespel.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256)
  install(FILES ${pkg}/icons/alliantiespel-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
          RENAME alliantiespel.png)
endforeach()
install(FILES ${gen}/alliantiespel.6.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man6)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE ${pkg}/copyright
              ${gen}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${PROJECT_SOURCE_DIR}/decks/README.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME deck-format.md)
install(FILES ${PROJECT_SOURCE_DIR}/docs/result-format.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The Debian package: cpack -G DEB in the build folder (scripts/package.sh).
set(CPACK_GENERATOR "DEB" CACHE STRING "CPack generators")
set(CPACK_PACKAGE_NAME alliantiespel)
set(CPACK_PACKAGE_VENDOR "The alliantiespel authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${ALLIANTIESPEL_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "conversation card game about the working alliance")
set(CPACK_PACKAGE_DESCRIPTION
"A conversation game about the working alliance between a professional and
a client in a (semi-)mandated setting: probation, youth protection, debt
counselling, labour integration, shelter. Its cards are based on the
Alliantiemonitor (Hogeschool Utrecht). The professional and the
client each place a token on a card in secret; the card is turned, and you
see at once whether you agree. A summary board shows the alliance on its
four characteristics and the cards worth talking about.
.
Six decks in Dutch and English; your own decks with --deck-dir.")
set(CPACK_STRIP_FILES ON)
# A Debian package lives in /usr; configure with -DCMAKE_INSTALL_PREFIX=/usr
# (scripts/package.sh does) so the man page names the same folders.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION games)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ALLIANTIESPEL_MAINTAINER}")
if(ALLIANTIESPEL_URL)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${ALLIANTIESPEL_URL}")
endif()
# What the program links (libSDL2, libSDL2_ttf, libyaml, libxlsxwriter
# with zlib, libc) comes from
# dpkg-shlibdeps, with versions; SDL2_image is loaded with dlopen when the
# window opens (game/platform/image_lib.c), and fontconfig with dlopen
# when the font is not at Debian's path (game/platform/assets.c), so
# both are named here, with the font itself.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "libsdl2-image-2.0-0, libfontconfig1, fonts-dejavu-core")
# Read-aloud's voice, loaded with dlopen too (game/platform/speech.c):
# recommended, not required: without it the game runs, without read-aloud.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libespeak-ng1, espeak-ng-data")
include(CPack)
