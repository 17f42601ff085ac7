/* ydoc: one YAML document as a tree with positions, built from libyaml's
 * events with fixed limits against hostile input. */
#include "ydoc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "safe_file.h"

/* All nodes, texts and item arrays of a document live in a few large
 * blocks: one document is built and dropped as a whole, and a deck file
 * holds over a hundred thousand values, so one malloc and free each would
 * cost more than parsing them. */
typedef struct ydoc_block {
    struct ydoc_block *next;
    size_t used;
    size_t size;
    max_align_t data[];
} ydoc_block;

#define YDOC_BLOCK_BYTES ((size_t)64 * 1024)

static void *arena_alloc(ydoc *doc, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    ydoc_block *b = doc->blocks;
    if (!b || b->size - b->used < n) {
        size_t size = n > YDOC_BLOCK_BYTES ? n : YDOC_BLOCK_BYTES;
        b = malloc(sizeof *b + size);
        if (!b)
            return NULL;
        b->size = size;
        b->used = 0;
        /* A block made for one large request goes behind the current one,
         * so the current block's free space is still used. */
        if (doc->blocks && size > YDOC_BLOCK_BYTES) {
            b->next = doc->blocks->next;
            doc->blocks->next = b;
        } else {
            b->next = doc->blocks;
            doc->blocks = b;
        }
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    return p;
}

typedef struct {
    ydoc *doc;
    const char *name;
    const char *data; /* the input, to turn a byte offset into a position */
    error_list *errors;
    size_t nodes;
    bool failed;
} builder;

void ydoc_free(ydoc *doc)
{
    while (doc->blocks) {
        ydoc_block *next = doc->blocks->next;
        free(doc->blocks);
        doc->blocks = next;
    }
    doc->root = NULL;
}

static void fail_at(builder *b, yaml_mark_t mark, const char *message)
{
    error_add(b->errors, b->name, (int)mark.line + 1, (int)mark.column + 1,
              "%s", message);
    b->failed = true;
}

static void fail_parser(builder *b, const yaml_parser_t *parser)
{
    /* libyaml marks are 0-based. A reader error has only an offset. */
    const char *problem = parser->problem ? parser->problem : "unknown problem";
    if (parser->error == YAML_READER_ERROR) {
        /* The reader knows only a byte offset; count lines and characters
         * up to it so the message points at the spot. */
        int line = 1, column = 1;
        for (size_t i = 0; i < parser->problem_offset && b->data[i]; i++) {
            if (b->data[i] == '\n') {
                line++;
                column = 1;
            } else if (((unsigned char)b->data[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        error_add(b->errors, b->name, line, column,
                  "the file is not valid UTF-8 text (%s)", problem);
    } else if (parser->error == YAML_MEMORY_ERROR) {
        error_add(b->errors, b->name, 0, 0, "out of memory while reading");
    } else if (parser->context &&
               (parser->context_mark.line != parser->problem_mark.line ||
                parser->context_mark.column != parser->problem_mark.column)) {
        /* Where the unfinished thing began helps find a missing bracket. */
        error_add(b->errors, b->name, (int)parser->problem_mark.line + 1,
                  (int)parser->problem_mark.column + 1,
                  "not valid YAML: %s %s that starts at line %zu, column %zu",
                  problem, parser->context,
                  parser->context_mark.line + 1, parser->context_mark.column + 1);
    } else if (parser->context) {
        error_add(b->errors, b->name, (int)parser->problem_mark.line + 1,
                  (int)parser->problem_mark.column + 1, "not valid YAML: %s %s",
                  problem, parser->context);
    } else {
        error_add(b->errors, b->name, (int)parser->problem_mark.line + 1,
                  (int)parser->problem_mark.column + 1, "not valid YAML: %s",
                  problem);
    }
    b->failed = true;
}

static ydoc_node *node_new(builder *b, ydoc_kind kind, yaml_mark_t mark)
{
    if (++b->nodes > YDOC_MAX_NODES) {
        fail_at(b, mark, "too many values in one file (the limit is 500000)");
        return NULL;
    }
    ydoc_node *node = arena_alloc(b->doc, sizeof *node);
    if (!node) {
        fail_at(b, mark, "out of memory");
        return NULL;
    }
    memset(node, 0, sizeof *node);
    node->kind = kind;
    node->line = (int)mark.line + 1;
    node->column = (int)mark.column + 1;
    return node;
}

static bool node_append(builder *b, ydoc_node *parent, ydoc_node *child,
                        size_t *capacity, yaml_mark_t mark)
{
    if (parent->count == *capacity) {
        size_t cap = *capacity ? *capacity * 2 : 8;
        ydoc_node **items = arena_alloc(b->doc, cap * sizeof(ydoc_node *));
        if (!items) {
            fail_at(b, mark, "out of memory");
            return false;
        }
        if (parent->count)
            memcpy(items, parent->items, parent->count * sizeof(ydoc_node *));
        parent->items = items;
        *capacity = cap;
    }
    parent->items[parent->count++] = child;
    return true;
}

static bool event_has_anchor_or_tag(const yaml_event_t *e, bool *anchor)
{
    const yaml_char_t *a = NULL;
    const yaml_char_t *t = NULL;
    bool implicit = true;
    if (e->type == YAML_SCALAR_EVENT) {
        a = e->data.scalar.anchor;
        t = e->data.scalar.tag;
        implicit = e->data.scalar.plain_implicit || e->data.scalar.quoted_implicit;
    } else if (e->type == YAML_SEQUENCE_START_EVENT) {
        a = e->data.sequence_start.anchor;
        t = e->data.sequence_start.tag;
        implicit = e->data.sequence_start.implicit;
    } else if (e->type == YAML_MAPPING_START_EVENT) {
        a = e->data.mapping_start.anchor;
        t = e->data.mapping_start.tag;
        implicit = e->data.mapping_start.implicit;
    }
    *anchor = a != NULL;
    return a != NULL || (t != NULL && !implicit);
}

static ydoc_node *build(builder *b, yaml_parser_t *parser, yaml_event_t *first,
                        int depth);

/* A scalar's node, its text copied into the arena (a value longer than
 * the limit is refused before anything is allocated for it). */
static ydoc_node *build_scalar(builder *b, const yaml_event_t *first)
{
    size_t len = first->data.scalar.length;
    if (len > YDOC_MAX_SCALAR_BYTES) {
        fail_at(b, first->start_mark,
                "a value is too long (the limit is 65536 bytes)");
        return NULL;
    }
    ydoc_node *node = node_new(b, YDOC_SCALAR, first->start_mark);
    if (!node)
        return NULL;
    node->text = arena_alloc(b->doc, len + 1);
    if (!node->text) {
        fail_at(b, first->start_mark, "out of memory");
        return NULL;
    }
    memcpy(node->text, first->data.scalar.value, len);
    node->text[len] = '\0';
    node->length = len;
    node->plain = first->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
    return node;
}

/* Duplicate keys make a file mean two things: refuse them. key is the
 * mapping's newest item, a scalar in a key's place; it is compared with
 * every key before it. The error is noted and building goes on, so the
 * rest of the file is still checked. */
static void refuse_duplicate_key(builder *b, const ydoc_node *map,
                                 const ydoc_node *key)
{
    for (size_t i = 0; i + 1 < map->count; i += 2) {
        const ydoc_node *k = map->items[i];
        if (k->kind == YDOC_SCALAR && k->length == key->length &&
            memcmp(k->text, key->text, k->length) == 0) {
            error_add(b->errors, b->name, key->line, key->column,
                      "duplicate key '%s' (first at line %d)", key->text,
                      k->line);
            b->failed = true;
            break;
        }
    }
}

/* A list or a mapping that starts with *first: reads its items, each
 * built in turn (build), up to its end event. A mapping's items are its
 * keys and values in turn. */
static ydoc_node *build_collection(builder *b, yaml_parser_t *parser,
                                   const yaml_event_t *first, int depth)
{
    if (depth + 1 > YDOC_MAX_DEPTH) {
        fail_at(b, first->start_mark,
                "values are nested too deep (the limit is 32 levels)");
        return NULL;
    }
    bool mapping = first->type == YAML_MAPPING_START_EVENT;
    yaml_event_type_t end = mapping ? YAML_MAPPING_END_EVENT
                                    : YAML_SEQUENCE_END_EVENT;
    ydoc_node *node = node_new(b, mapping ? YDOC_MAPPING : YDOC_SEQUENCE,
                               first->start_mark);
    if (!node)
        return NULL;
    size_t capacity = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(parser, &event)) {
            fail_parser(b, parser);
            return NULL;
        }
        if (event.type == end) {
            yaml_event_delete(&event);
            break;
        }
        ydoc_node *child = build(b, parser, &event, depth + 1);
        yaml_mark_t mark = event.start_mark;
        yaml_event_delete(&event);
        if (!child || !node_append(b, node, child, &capacity, mark))
            return NULL; /* the arena frees what was built */
        if (mapping && node->count > 2 * YDOC_MAX_MAPPING_KEYS) {
            fail_at(b, mark, "a mapping has too many keys (the limit is 256)");
            return NULL;
        }
        if (mapping && node->count % 2 == 1 && child->kind == YDOC_SCALAR)
            refuse_duplicate_key(b, node, child);
    }
    return node;
}

/* Builds the node that starts with *first; reads events up to its end.
 * Depth counts open collections. Returns NULL on error. */
static ydoc_node *build(builder *b, yaml_parser_t *parser, yaml_event_t *first,
                        int depth)
{
    bool anchor;
    if (first->type == YAML_ALIAS_EVENT) {
        fail_at(b, first->start_mark,
                "aliases (*name) are not allowed in this file");
        return NULL;
    }
    if (event_has_anchor_or_tag(first, &anchor)) {
        fail_at(b, first->start_mark,
                anchor ? "anchors (&name) are not allowed in this file"
                       : "tags (!name) are not allowed in this file");
        return NULL;
    }
    if (first->type == YAML_SCALAR_EVENT)
        return build_scalar(b, first);
    if (first->type != YAML_SEQUENCE_START_EVENT &&
        first->type != YAML_MAPPING_START_EVENT) {
        fail_at(b, first->start_mark, "unexpected YAML event");
        return NULL;
    }
    return build_collection(b, parser, first, depth);
}

bool ydoc_parse(const char *name, const char *data, size_t size,
                size_t max_size, ydoc *out, error_list *errors)
{
    out->name = name;
    out->root = NULL;
    out->blocks = NULL;
    if (size > max_size) {
        error_add(errors, name, 0, 0,
                  "the file is too large (%zu bytes; the limit is %zu)", size,
                  max_size);
        return false;
    }
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        error_add(errors, name, 0, 0, "out of memory");
        return false;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)data, size);
    builder b = { out, name, data, errors, 0, false };
    int documents = 0;
    bool done = false;
    while (!done && !b.failed) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fail_parser(&b, &parser);
            break;
        }
        switch (event.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_DOCUMENT_START_EVENT:
            if (++documents > 1)
                fail_at(&b, event.start_mark,
                        "the file holds more than one YAML document; "
                        "put one in each file");
            break;
        case YAML_STREAM_START_EVENT:
        case YAML_DOCUMENT_END_EVENT:
            break;
        default: {
            ydoc_node *root = build(&b, &parser, &event, 0);
            if (root)
                out->root = root;
            break;
        }
        }
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    if (!b.failed && !out->root) {
        error_add(errors, name, 1, 1, "the file is empty");
        b.failed = true;
    }
    if (b.failed) {
        ydoc_free(out);
        return false;
    }
    return true;
}

size_t ydoc_pairs(const ydoc_node *map)
{
    return map && map->kind == YDOC_MAPPING ? map->count / 2 : 0;
}

const ydoc_node *ydoc_key(const ydoc_node *map, size_t pair)
{
    return map->items[2 * pair];
}

const ydoc_node *ydoc_value(const ydoc_node *map, size_t pair)
{
    return map->items[2 * pair + 1];
}

const ydoc_node *ydoc_get(const ydoc_node *map, const char *key)
{
    size_t n = ydoc_pairs(map);
    size_t len = strlen(key);
    for (size_t i = 0; i < n; i++) {
        const ydoc_node *k = ydoc_key(map, i);
        if (k->kind == YDOC_SCALAR && k->length == len &&
            memcmp(k->text, key, len) == 0)
            return ydoc_value(map, i);
    }
    return NULL;
}

void ydoc_error(const ydoc *doc, const ydoc_node *at, error_list *errors,
                const char *format, ...)
{
    char buf[768];
    va_list args;
    va_start(args, format);
    vsnprintf(buf, sizeof buf, format, args);
    va_end(args);
    error_add(errors, doc->name, at ? at->line : 0, at ? at->column : 0, "%s",
              buf);
}

const char *ydoc_kind_name(ydoc_kind kind)
{
    switch (kind) {
    case YDOC_SCALAR: return "a single value";
    case YDOC_SEQUENCE: return "a list";
    case YDOC_MAPPING: return "a mapping";
    }
    return "?";
}

void ydoc_check_keys(const ydoc *doc, const ydoc_node *map,
                     const char *const *allowed, const char *context,
                     error_list *errors)
{
    size_t n = ydoc_pairs(map);
    for (size_t i = 0; i < n; i++) {
        const ydoc_node *k = ydoc_key(map, i);
        if (k->kind != YDOC_SCALAR) {
            error_add(errors, doc->name, k->line, k->column,
                      "a key in %s must be a plain word, not %s", context,
                      ydoc_kind_name(k->kind));
            continue;
        }
        bool known = false;
        for (const char *const *a = allowed; *a; a++)
            if (strlen(*a) == k->length && memcmp(*a, k->text, k->length) == 0)
                known = true;
        if (known)
            continue;
        char expected[512] = "";
        size_t used = 0;
        for (const char *const *a = allowed; *a && used < sizeof expected; a++) {
            int w = snprintf(expected + used, sizeof expected - used, "%s%s",
                             a == allowed ? "" : ", ", *a);
            if (w < 0)
                break;
            used += (size_t)w;
        }
        error_add(errors, doc->name, k->line, k->column,
                  "unknown key '%.80s' in %s; expected one of: %s", k->text,
                  context, expected);
    }
}

bool ydoc_read_file(const char *path, size_t max_size, char **data,
                    size_t *size, error_list *errors)
{
    *data = NULL;
    *size = 0;
    /* Never fopen: on a FIFO it would wait for a writer forever. */
    long long file_size = 0;
    FILE *f = safe_file_open_regular(path, &file_size, errors);
    if (!f)
        return false;
    if ((unsigned long long)file_size > max_size) {
        error_add(errors, path, 0, 0,
                  "the file is too large (%lld bytes; the limit is %zu)",
                  file_size, max_size);
        fclose(f);
        return false;
    }
    /* One byte more than the file's size: if it grew while we read, we
     * notice instead of reading past the limit. */
    size_t expected = (size_t)file_size;
    char *buf = malloc(expected + 2);
    if (!buf) {
        error_add(errors, path, 0, 0, "out of memory");
        fclose(f);
        return false;
    }
    size_t n = fread(buf, 1, expected + 1, f);
    int read_error = ferror(f) ? (errno ? errno : EIO) : 0;
    fclose(f);
    if (read_error) {
        error_add_os(errors, path, read_error, "cannot read the file");
        free(buf);
        return false;
    }
    if (n > expected) {
        error_add(errors, path, 0, 0, "the file changed while it was read");
        free(buf);
        return false;
    }
    buf[n] = '\0';
    *data = buf;
    *size = n;
    return true;
}
