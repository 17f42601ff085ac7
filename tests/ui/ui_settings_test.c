/* ui_settings_test: the start screen's remembered choices: a round trip,
 * a file only the owner can read, and a missing or corrupt file that
 * gives the defaults instead of a crash. No SDL. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "settings.h"

static char path[1024];

/* The file at path, whole, into out. */
static void read_file(char *out, size_t size)
{
    out[0] = '\0';
    FILE *f = fopen(path, "rb");
    if (f) {
        size_t n = fread(out, 1, size - 1, f);
        out[n] = '\0';
        fclose(f);
    }
}

static void write_file(const char *text)
{
    FILE *f = fopen(path, "wb");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

int main(void)
{
    /* A folder of this run's own: ctest -j and other build folders never
     * share it. */
    char dir[] = "/tmp/alliantiespel-settings-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    snprintf(path, sizeof path, "%.900s/settings.txt", dir);

    settings s;
    CHECK(!settings_load(path, &s)); /* missing: defaults */
    CHECK_INT(s.clients, 1);
    CHECK_INT(s.cards, SETTINGS_CARDS_QUICK);
    CHECK_STR(s.deck, "");
    CHECK(s.picked == NULL);

    snprintf(s.deck, sizeof s.deck, "jeugdbescherming");
    snprintf(s.language, sizeof s.language, "en");
    s.cards = SETTINGS_CARDS_PICK;
    s.clients = 3;
    CHECK(settings_set_picked(&s, "binding-respect,richting-doel"));
    error_list errors;
    error_list_init(&errors);
    CHECK(settings_save(path, &s, &errors));
    CHECK(error_list_empty(&errors));
    settings_free(&s);
    struct stat st;
    CHECK(stat(path, &st) == 0);
    CHECK_INT(st.st_mode & 0777, 0600);

    settings t;
    CHECK(settings_load(path, &t));
    CHECK_STR(t.deck, "jeugdbescherming");
    CHECK_STR(t.language, "en");
    CHECK_INT(t.cards, SETTINGS_CARDS_PICK);
    CHECK_INT(t.clients, 3);
    CHECK(settings_is_picked(&t, "richting-doel"));
    CHECK(settings_is_picked(&t, "binding-respect"));
    CHECK(!settings_is_picked(&t, "binding"));
    CHECK(!settings_is_picked(&t, "richting-doe"));
    settings_free(&t);

    /* corrupt values are ignored one by one */
    write_file("# alliantiespel-settings/1\nclients=9\ncards=many\n"
               "deck=../../etc\nlanguage=nl\npicked=a b\nnonsense\n=\n");
    CHECK(settings_load(path, &t));
    CHECK_INT(t.clients, 1);
    CHECK_INT(t.cards, SETTINGS_CARDS_QUICK);
    CHECK_STR(t.deck, "");
    CHECK_STR(t.language, "nl");
    CHECK(t.picked == NULL);
    settings_free(&t);

    /* A file the game wrote before the settings were read through the
     * parameters' codec, every key in it: still read the same. */
    write_file("# alliantiespel-settings/1\ndeck=jeugdbescherming\n"
               "language=en\ncards=pick\npicked=binding-respect,"
               "richting-doel\nclients=3\nmode=workshop-hands\n"
               "seats=jongere,ouder\ncase=sanne-16\n"
               "teams=Noord,client:Ervaring\ntimer=240\nlight=yes\n");
    CHECK(settings_load(path, &t));
    CHECK_STR(t.deck, "jeugdbescherming");
    CHECK_STR(t.language, "en");
    CHECK_INT(t.cards, SETTINGS_CARDS_PICK);
    CHECK(settings_is_picked(&t, "richting-doel"));
    CHECK_INT(t.clients, 3);
    CHECK_STR(t.mode, "workshop-hands");
    CHECK_STR(t.seats, "jongere,ouder");
    CHECK_STR(t.case_id, "sanne-16");
    CHECK_STR(t.teams, "Noord,client:Ervaring");
    CHECK_INT(t.timer_seconds, 240);
    CHECK(t.light);
    /* written back byte for byte as that version wrote it, so it reads
     * the file this one leaves */
    char before[4096], after[4096];
    read_file(before, sizeof before);
    CHECK(settings_save(path, &t, &errors));
    read_file(after, sizeof after);
    CHECK_STR(after, before);
    settings_free(&t);

    /* the first settings files, before ways to play and workshops, and
     * one with a Windows line end: read, the rest at its default */
    write_file("# alliantiespel-settings/1\r\ndeck=algemeen\r\ncards=all\r\n"
               "clients=2\r\nlight=no\r\n");
    CHECK(settings_load(path, &t));
    CHECK_STR(t.deck, "algemeen");
    CHECK_INT(t.cards, SETTINGS_CARDS_ALL);
    CHECK_INT(t.clients, 2);
    CHECK_STR(t.mode, "");
    CHECK_INT(t.timer_seconds, SETTINGS_TIMER_DEFAULT);
    CHECK(!t.light);
    settings_free(&t);

    /* a bad value of each kind keeps its default, the next line is read */
    write_file("# alliantiespel-settings/1\ntimer=5\nteams=a\x1b[2Jb\n"
               "seats=Jongere\nmode=../x\ncase=ok-1\n");
    CHECK(settings_load(path, &t));
    CHECK_INT(t.timer_seconds, SETTINGS_TIMER_DEFAULT);
    CHECK_STR(t.teams, "");
    CHECK_STR(t.seats, "");
    CHECK_STR(t.mode, "");
    CHECK_STR(t.case_id, "ok-1");
    settings_free(&t);

    /* not a settings file, binary junk, an empty file */
    write_file("clients=2\n");
    CHECK(!settings_load(path, &t));
    CHECK_INT(t.clients, 1);
    settings_free(&t);
    FILE *f = fopen(path, "wb");
    if (f) {
        const char junk[] = "# alliantiespel-settings/1\n\0\xff\xfe";
        fwrite(junk, 1, sizeof junk, f);
        fclose(f);
    }
    CHECK(!settings_load(path, &t));
    settings_free(&t);
    write_file("");
    CHECK(!settings_load(path, &t));
    settings_free(&t);

    /* an unwritable place: an error, nothing written */
    settings_defaults(&s);
    char bad[1200];
    snprintf(bad, sizeof bad, "%s/no-such-folder/settings.txt", dir);
    CHECK(!settings_save(bad, &s, &errors));
    CHECK(!error_list_empty(&errors));
    error_list_free(&errors);
    settings_free(&s);
    CHECK(unlink(path) == 0);
    CHECK(rmdir(dir) == 0); /* nothing else was left in it */
    return check_report();
}
