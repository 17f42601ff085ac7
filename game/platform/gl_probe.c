/* gl_probe: see gl_probe.h. */
#include "gl_probe.h"

#if defined _WIN32 || defined __EMSCRIPTEN__
/* Windows draws with Direct3D, a browser with WebGL: OpenGL is never
 * asked, so no child (a browser could not start one). */
bool gl_probe_start(gl_probe_ask ask)
{
    (void)ask;
    return false;
}

bool gl_probe_answer(char *out, size_t size, bool *named)
{
    (void)out;
    (void)size;
    *named = false;
    return false;
}
#else

#include <SDL.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define GL_PROBE_WAIT_MS 10000

static pid_t gl_probe_pid = -1;
static int gl_probe_fd = -1;

bool gl_probe_start(gl_probe_ask ask)
{
    int fds[2];
    if (gl_probe_pid > 0 || pipe(fds) != 0)
        return false;
    pid_t pid = fork();
    if (pid == 0) {
        /* The child: its own SDL, its own display connection. It ends
         * with _exit: nothing of the parent's (stdio buffers, atexit) is
         * run twice. */
        char answer[256];
        close(fds[0]);
        answer[0] = '0';
        if (SDL_Init(SDL_INIT_VIDEO) != 0)
            snprintf(answer + 1, sizeof answer - 1, "no display: %s",
                     SDL_GetError());
        else if (ask(answer + 1, sizeof answer - 1))
            answer[0] = '1';
        size_t n = strlen(answer), done = 0;
        while (done < n) {
            ssize_t w = write(fds[1], answer + done, n - done);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                break;
            done += (size_t)w;
        }
        _exit(0);
    }
    close(fds[1]);
    if (pid < 0) {
        close(fds[0]);
        return false;
    }
    gl_probe_pid = pid;
    gl_probe_fd = fds[0];
    return true;
}

bool gl_probe_answer(char *out, size_t size, bool *named)
{
    if (gl_probe_pid <= 0)
        return false;
    char answer[256];
    size_t got = 0;
    bool late = false;
    for (;;) {
        struct pollfd p = {gl_probe_fd, POLLIN, 0};
        int ready = poll(&p, 1, GL_PROBE_WAIT_MS);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            late = true; /* a driver that hangs: the game must not */
            break;
        }
        ssize_t r = read(gl_probe_fd, answer + got, sizeof answer - 1 - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += (size_t)r;
        if (got == sizeof answer - 1)
            break;
    }
    answer[got] = '\0';
    close(gl_probe_fd);
    if (late)
        kill(gl_probe_pid, SIGKILL);
    while (waitpid(gl_probe_pid, NULL, 0) < 0 && errno == EINTR)
        ;
    gl_probe_pid = -1;
    gl_probe_fd = -1;
    *named = got > 1 && answer[0] == '1';
    if (late)
        snprintf(out, size, "no answer from OpenGL in %d s",
                 GL_PROBE_WAIT_MS / 1000);
    else if (got > 1)
        snprintf(out, size, "%s", answer + 1);
    else
        snprintf(out, size, "the question to OpenGL ended without answer");
    return true;
}
#endif
