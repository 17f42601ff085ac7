# The browser build (scripts/web.sh): one HTML page holding the program
# (WebAssembly), the decks and cases, the icons, the translations and the
# font, which opens from file:// as well as from any web server.
# ALLIANTIESPEL_DEPS_PREFIX: the libraries scripts/cross/deps.sh web built
# (the font is there too, in share/fonts).
set(_web ${PROJECT_SOURCE_DIR}/game/platform/web)
set(_fonts ${ALLIANTIESPEL_DEPS_PREFIX}/share/fonts)
add_executable(alliantiespel game/main.c)
set_target_properties(alliantiespel PROPERTIES SUFFIX ".html")
target_link_options(alliantiespel PRIVATE
  # one file: a separate .wasm cannot be loaded from file://
  "SHELL:-s SINGLE_FILE=1"
  # Debian's emscripten 3.1.6 fails while minifying at -O2
  "SHELL:-s MINIFY_HTML=0"
  "SHELL:-s ALLOW_MEMORY_GROWTH=1"
  "SHELL:-s ENVIRONMENT=web"
  # the user's folder is kept in the browser's storage (pre.js)
  "SHELL:-lidbfs.js"
  "SHELL:--shell-file ${_web}/shell.html"
  "SHELL:--pre-js ${_web}/pre.js"
  # the program finds decks/ and assets/ beside itself, at /
  "SHELL:--embed-file ${PROJECT_SOURCE_DIR}/decks@/decks"
  "SHELL:--embed-file ${PROJECT_SOURCE_DIR}/assets/icons@/assets/icons"
  "SHELL:--embed-file ${PROJECT_SOURCE_DIR}/assets/po@/assets/po"
  "SHELL:--embed-file ${_fonts}/DejaVuSans.ttf@/assets/fonts/DejaVuSans.ttf"
  "SHELL:--embed-file ${_fonts}/DejaVuSans-Bold.ttf@/assets/fonts/DejaVuSans-Bold.ttf")
set_property(TARGET alliantiespel APPEND PROPERTY LINK_DEPENDS
  ${_web}/shell.html ${_web}/pre.js)
# a changed deck, case, icon or translation is a new page
file(GLOB_RECURSE _web_data CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/decks/*
     ${PROJECT_SOURCE_DIR}/assets/*)
set_property(TARGET alliantiespel APPEND PROPERTY LINK_DEPENDS ${_web_data})
