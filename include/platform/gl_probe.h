/* gl_probe: OpenGL's renderer name asked in a child process. Asking it in
 * the game's own process loads the GL driver there; where that driver is
 * Mesa's llvmpipe (a virtual machine with a GPU device but no 3D) it
 * loads LLVM, and the game's memory grows by about 60 MB that never
 * comes back (docs/performance.md, issue 15). The child asks, writes the
 * name into a pipe and ends; its memory goes with it. It is started
 * before SDL is, while the process has one thread, so fork is safe and
 * the child opens its own connection to the display; the question then
 * runs while the game starts SDL. */
#ifndef ALLIANTIESPEL_PLATFORM_GL_PROBE_H
#define ALLIANTIESPEL_PLATFORM_GL_PROBE_H

#include <stdbool.h>
#include <stddef.h>

/* Asks for the renderer's name: true and the name in out, or false and
 * why not in out (platform.c's platform_gl_name). */
typedef bool (*gl_probe_ask)(char *out, size_t size);

/* Starts the child, which starts SDL's video and calls ask. Call before
 * SDL_Init and before any thread is started. False when no child could
 * be started (the caller then asks in its own process). */
bool gl_probe_start(gl_probe_ask ask);
/* When a child was started: waits for its answer (at most 10 s), ends
 * it, and returns true with *named and out as ask gave them. False when
 * no child was started. Once per gl_probe_start. */
bool gl_probe_answer(char *out, size_t size, bool *named);

#endif
