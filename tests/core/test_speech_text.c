/* test_speech_text: what the voice is given to read, headless. */
#include <string.h>

#include "check.h"
#include "speech_text.h"

/* The text one piece becomes in a language. */
static const char *said(const char *lang, const char *text)
{
    static char buf[SPEECH_TEXT_MAX];
    speech_text t;
    speech_text_init(&t, buf, sizeof buf, lang);
    speech_text_add(&t, text);
    return buf;
}

static void test_traps_dutch(void)
{
    CHECK_STR(said("nl", "In een (semi-)gedwongen kader"),
              "In een gedwongen of semi-gedwongen kader.");
    CHECK_STR(said("nl", "Gemiddeld 2,5 stappen"),
              "Gemiddeld 2 komma 5 stappen.");
    CHECK_STR(said("nl", "Gemiddeld 2.5 stappen"),
              "Gemiddeld 2 komma 5 stappen.");
    CHECK_STR(said("nl", "Het kost 1.000 euro."), "Het kost 1000 euro.");
    CHECK_STR(said("nl", "Jij en/of je ouder"), "Jij en of je ouder.");
    CHECK_STR(said("nl", "hij/zij"), "hij of zij.");
    CHECK_STR(said("nl", "Bijv. school, werk enz. Daarna thuis"),
              "Bijvoorbeeld school, werk enzovoort. Daarna thuis.");
    CHECK_STR(said("nl", "week 1 t/m 5"), "week 1 tot en met 5.");
    CHECK_STR(said("nl", "de cliënt(en) en ouder(s)"),
              "de cliënten en ouders.");
    CHECK_STR(said("nl", "50% kans"), "50 procent kans.");
    CHECK_STR(said("nl", "stap 1\xe2\x80\x93" "5"), "stap 1 tot 5.");
    CHECK_STR(said("nl", "ja \xe2\x80\x94 nee"), "ja, nee.");
    CHECK_STR(said("nl", "zo\xe2\x80\x99n \xe2\x80\x9cgoed\xe2\x80\x9d gesprek"),
              "zo'n goed gesprek.");
    CHECK_STR(said("nl", "Binnen het gezin: 1 stap \xc2\xb7 Gezin: 2"),
              "Binnen het gezin: 1 stap, Gezin: 2.");
    /* a word that merely starts like an abbreviation stays */
    CHECK_STR(said("nl", "De cactus"), "De cactus.");
    CHECK_STR(said("nl", "Ik weet waarom ik hier kom."),
              "Ik weet waarom ik hier kom.");
    CHECK_STR(said("nl", "Waarom?"), "Waarom?");
}

static void test_traps_english(void)
{
    CHECK_STR(said("en", "a (semi-)mandated setting"),
              "a mandated or semi-mandated setting.");
    CHECK_STR(said("en", "2.5 steps apart"), "2 point 5 steps apart.");
    CHECK_STR(said("en", "1,000 euros"), "1000 euros.");
    CHECK_STR(said("en", "and/or e.g. school"),
              "and or for example school.");
    CHECK_STR(said("en", "the judge\xe2\x80\x99s decision"),
              "the judge's decision.");
    CHECK_STR(said("en", "you & me"), "you and me.");
}

static void test_other_language(void)
{
    /* we do not know its words: numbers stay, "(semi-)" is joined */
    CHECK_STR(said("de", "2,5 (semi-)frei"), "2,5 semi-frei.");
    CHECK_STR(said("", "a/b"), "a b.");
}

static void test_spaces_and_pieces(void)
{
    char buf[SPEECH_TEXT_MAX];
    speech_text t;
    speech_text_init(&t, buf, sizeof buf, "nl");
    speech_text_add(&t, "  Ik weet\n waarom   ik hier kom ");
    speech_text_add(&t, "Waarom is er contact,");
    speech_text_add(&t, "");
    speech_text_add(&t, NULL);
    CHECK_STR(buf, "Ik weet waarom ik hier kom. Waarom is er contact.");
    CHECK(!t.full);
}

static void test_list(void)
{
    char buf[SPEECH_TEXT_MAX];
    speech_text t;
    speech_text_init(&t, buf, sizeof buf, "nl");
    const char *labels[] = {"Klopt helemaal niet", "Klopt niet.", "Een beetje"};
    speech_text_add(&t, "Ik weet het.");
    speech_text_add_list(&t, labels, 3);
    CHECK_STR(buf, "Ik weet het. 1: Klopt helemaal niet, 2: Klopt niet, "
                   "3: Een beetje.");
    speech_text_add_list(&t, labels, 0);
    CHECK_STR(buf, "Ik weet het. 1: Klopt helemaal niet, 2: Klopt niet, "
                   "3: Een beetje.");
}

static void test_full(void)
{
    /* what does not fit is left out whole: never half a character */
    char buf[12];
    speech_text t;
    speech_text_init(&t, buf, sizeof buf, "nl");
    speech_text_add(&t, "cliënt cliënt cliënt");
    CHECK(t.full);
    CHECK(strlen(buf) < sizeof buf);
    CHECK_STR(buf, "cliënt cli");
    speech_text_add(&t, "meer");
    CHECK_STR(buf, "cliënt cli");
    char small[5];
    speech_text_init(&t, small, sizeof small, "nl");
    speech_text_add(&t, "cliënt");
    CHECK(t.full);
    CHECK_STR(small, "cli");
}

int main(void)
{
    test_traps_dutch();
    test_traps_english();
    test_other_language();
    test_spaces_and_pieces();
    test_list();
    test_full();
    return check_report();
}
