/* result_reader: the checks every part of the result reader makes on a
 * node (a key that must be there, a text, a whole number), with their
 * positioned messages. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "mode.h"
#include "result_reader.h"
#include "utf8.h"

bool result_reader_failed(const reader *r)
{
    return r->errors->count + r->errors->dropped != r->errors_before;
}

const ydoc_node *result_reader_need(reader *r, const ydoc_node *map, const char *key,
                             ydoc_kind kind, const char *context)
{
    const ydoc_node *n = ydoc_get(map, key);
    if (!n) {
        fail(r, map, "missing key '%s' in %s", key, context);
        return NULL;
    }
    if (n->kind != kind) {
        fail(r, n, "'%s' in %s must be %s, not %s", key, context,
             ydoc_kind_name(kind), ydoc_kind_name(n->kind));
        return NULL;
    }
    return n;
}

char *result_reader_need_text(reader *r, const ydoc_node *map, const char *key,
                       const char *context)
{
    const ydoc_node *n = result_reader_need(r, map, key, YDOC_SCALAR, context);
    if (!n)
        return NULL;
    if (n->length == 0 || n->length > DECK_MAX_TEXT_BYTES ||
        !utf8_valid(n->text, n->length)) {
        fail(r, n, "'%s' in %s must be a text of 1 to %d bytes of UTF-8", key,
             context, DECK_MAX_TEXT_BYTES);
        return NULL;
    }
    char *c = malloc(n->length + 1);
    if (!c) {
        fail(r, n, "out of memory");
        return NULL;
    }
    memcpy(c, n->text, n->length + 1);
    return c;
}

bool result_reader_scalar_is(const ydoc_node *n, const char *text)
{
    return n && n->kind == YDOC_SCALAR && strcmp(n->text, text) == 0;
}

bool result_reader_node_int(const ydoc_node *n, long long lo, long long hi, long long *out)
{
    if (!n || n->kind != YDOC_SCALAR || !n->plain || n->length == 0 || n->length > 12)
        return false;
    char *end;
    errno = 0;
    long long v = strtoll(n->text, &end, 10);
    if (errno || *end || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

bool result_reader_mode_can(const reader *r, unsigned control)
{
    const mode_def *m = mode_find(r->s->mode);
    return m && (m->controls & control) != 0;
}
