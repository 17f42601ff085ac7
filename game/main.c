/* main: picks the command-line mode or the game, and decides what the user
 * sees when something fails. */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "console.h"
#include "export.h"
#include "platform.h"
#include "signals.h"
#include "speech.h"
#include "speech_text.h"
#include "wav.h"
#include "web_page.h"

/* --speak: the card's words (the core), said by espeak-ng (the
 * platform), written as a WAV file (the core, through safe_file). */
static int main_speak(const cli_options *o, const char *data_dir)
{
    char text[SPEECH_TEXT_MAX], lang[16];
    int status = cli_speak_text(o, data_dir, text, sizeof text, lang,
                                sizeof lang, stderr);
    if (status != CLI_EXIT_OK)
        return status;
    int16_t *samples = NULL;
    size_t count = 0;
    int rate = 0;
    char why[512];
    if (!speech_render(text, lang, &samples, &count, &rate, why,
                       sizeof why)) {
        fprintf(stderr, "alliantiespel: cannot say it: %s\n", why);
        return CLI_EXIT_FAILURE;
    }
    error_list errors;
    error_list_init(&errors);
    bool ok = wav_write(o->out_path, samples, count, rate, &errors);
    free(samples);
    if (ok)
        printf("%s: %.1f s of speech\n", o->out_path,
               (double)count / (double)rate);
    else
        error_print(&errors, stderr);
    error_list_free(&errors);
    return ok ? CLI_EXIT_OK : CLI_EXIT_FAILURE;
}

int main(int argc, char **argv)
{
    console_attach();
    signals_process_setup();
    cli_options options;
#ifdef __EMSCRIPTEN__
    (void)argc;
    (void)argv;
    int status = web_page_options(&options, stderr); /* ?domain=... */
#else
    int status = cli_parse(argc, argv, &options, stderr);
#endif
    if (status != CLI_EXIT_OK)
        return status;
    if (options.mode == CLI_MODE_VERSION && options.verbose) {
        status = cli_run(&options, NULL, stdout, stderr);
        fflush(stdout);
        return status != CLI_EXIT_OK ? status
                                     : platform_renderer_describe(stdout);
    }
    if (options.mode == CLI_MODE_HELP || options.mode == CLI_MODE_VERSION)
        return cli_run(&options, NULL, stdout, stderr);

    char data_dir[4096];
    if (!platform_find_data_dir(data_dir, sizeof data_dir)) {
        fprintf(stderr, "alliantiespel: cannot find the folder with the decks; "
                        "set ALLIANTIESPEL_DATA_DIR to the folder that holds decks/ "
                        "and assets/.\n");
        return CLI_EXIT_FAILURE;
    }
    if (options.mode == CLI_MODE_SPEAK)
        return main_speak(&options, data_dir);
    if (options.mode == CLI_MODE_EXPORT) {
        /* the answers as CSV, then each round's board as a picture */
        int answers = cli_run(&options, data_dir, stdout, stderr);
        return answers != CLI_EXIT_OK ? answers
                                      : export_pictures(&options, data_dir);
    }
    if (options.mode != CLI_MODE_GAME)
        return cli_run(&options, data_dir, stdout, stderr);
    return app_run(&options, data_dir);
}
