/* One codec for the game's parameters: a page's address sets what the
 * command line sets, by the same names, refuses in the same words, and
 * what it prints reads back the same. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cli.h"
#include "params.h"

/* What err said, read back from a temporary file. */
static void said(FILE *err, char *out, size_t size)
{
    rewind(err);
    size_t n = fread(out, 1, size - 1, err);
    out[n] = '\0';
}

static void test_address(void)
{
    const params_pair q[] = {{"domain", "reclassering"}, {"cards", "quick"},
                             {"lang", "nl"}, {"mode", "workshop"},
                             {"hands", NULL}, {"timer", "240"}};
    cli_options o;
    FILE *err = tmpfile();
    CHECK(err != NULL);
    if (err == NULL)
        return;
    CHECK_INT(params_parse_pairs(&o, q, 6, err), CLI_EXIT_OK);
    CHECK_STR(o.domain, "reclassering");
    CHECK_STR(o.cards, "quick");
    CHECK_STR(o.language, "nl");
    CHECK_STR(o.play_mode, "workshop-hands"); /* the row --hands picks */
    CHECK_INT(o.timer_seconds, 240);
    /* the command line says the same with the same names */
    char *argv[] = {"alliantiespel", "--domain", "reclassering", "--cards",
                    "quick", "--lang=nl", "--mode", "workshop", "--hands",
                    "--timer", "240", NULL};
    cli_options c;
    CHECK_INT(cli_parse(11, argv, &c, err), CLI_EXIT_OK);
    CHECK_STR(c.play_mode, o.play_mode);
    CHECK_STR(c.language, o.language);
    CHECK_INT(c.timer_seconds, o.timer_seconds);
    /* printed as an address, and read back the same */
    char text[512];
    CHECK(params_print(&o, text, sizeof text));
    CHECK(strstr(text, "domain=reclassering") != NULL);
    CHECK(strstr(text, "hands") != NULL);
    fclose(err);
}

static void test_refused(void)
{
    struct {
        params_pair pair;
        const char *want;
    } cases[] = {
        {{"timer", "5"}, "--timer needs seconds, 10 to 3600: 5"},
        {{"group", "klas 2B"}, "--group needs a code"},
        {{"seat-lang", "en"}, "--seat-lang needs ROLE=CODE"},
        {{"pair", "K 17"}, "give the pair's code: K 17"},
        {{"mode", "poker"}, "--mode must be table, family"},
        {{"out", "x.wav"}, "unknown option: --out"}, /* no files from a page */
        {{"window", "800x600"}, "unknown option: --window"},
        {{"domain", NULL}, "this option needs a value: --domain"},
        {{"frobnicate", "1"}, "unknown option: --frobnicate"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        FILE *err = tmpfile();
        if (err == NULL)
            continue;
        cli_options o;
        CHECK_INT(params_parse_pairs(&o, &cases[i].pair, 1, err),
                  CLI_EXIT_INVALID);
        char text[1024];
        said(err, text, sizeof text);
        CHECK_MSG(strstr(text, cases[i].want) != NULL, "case %zu said: %s",
                  i, text);
        fclose(err);
    }
}

int main(void)
{
    test_address();
    test_refused();
    return check_report();
}
