/* trace: see trace.h. */
#include "trace.h"

#include <string.h>

trace_log ui_trace;

static void trace_frame(void *data)
{
    trace_log *t = data;
    t->count = 0;
}

static void trace_mark(void *data, const gfx_mark *m)
{
    trace_log *t = data;
    if (t->count >= TRACE_MAX)
        return;
    trace_item *item = &t->items[t->count++];
    item->kind = m->kind;
    item->rect = m->rect;
    item->container = m->container;
    item->size = m->size;
    item->bold = m->bold;
    item->text[0] = '\0';
    if (m->text != NULL) {
        /* a long text is kept cut: its start is what tests look for */
        size_t n = strlen(m->text);
        if (n >= sizeof item->text)
            n = sizeof item->text - 1;
        memcpy(item->text, m->text, n);
        item->text[n] = '\0';
    }
}

static const gfx_recorder trace_kept = {trace_frame, trace_mark, &ui_trace};

const gfx_recorder *trace_recorder(void)
{
    return &trace_kept;
}
