/* speech_text: the words of a screen made ready to be read aloud. A
 * speech synthesizer reads what is written, and some of what people read
 * without thinking comes out wrong or meaningless: "(semi-)gedwongen"
 * becomes "semi ... gedwongen", "en/of" becomes "en slash of", "bijv."
 * becomes "bijf", "2.5" in Dutch becomes "twee vijf". Here such traps are
 * written out in the language being read ("gedwongen of
 * semi-gedwongen", "en of", "bijvoorbeeld", "2 komma 5"). Plain C, no
 * SDL: tested headless (tests/core/test_speech_text.c). */
#ifndef ALLIANTIESPEL_SPEECH_TEXT_H
#define ALLIANTIESPEL_SPEECH_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* Room for what one screen reads: a card, its talk prompt and a scale. */
#define SPEECH_TEXT_MAX 4096

/* A text being put together, piece by piece, in one language. */
typedef struct {
    char *buf;      /* always terminated */
    size_t size;
    size_t len;
    bool full;      /* a piece did not fit and was cut at a character */
    char lang[8];   /* "nl", "en", ...: the words the traps are read in */
} speech_text;

/* Starts an empty text in buf (size > 0) in language lang (a deck's code,
 * "nl" or "en"; another language keeps its numbers and abbreviations as
 * written, since we do not know its words). */
void speech_text_init(speech_text *t, char *buf, size_t size,
                      const char *lang);

/* Adds a piece (a card's statement, a talk prompt) as a sentence of its
 * own: traps written out, spaces made single, and a full stop added when
 * it ends without one, so the voice pauses before the next piece. */
void speech_text_add(speech_text *t, const char *text);

/* Adds the options of a scale as one sentence: "1: Klopt helemaal niet,
 * 2: Klopt niet, 3: Een beetje." (each label made speakable too). */
void speech_text_add_list(speech_text *t, const char *const *items,
                          size_t count);

#endif
