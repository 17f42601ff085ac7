/* ydoc: one YAML document read with libyaml's event parser into a small
 * tree that remembers where each node stands in the file. Guards against
 * hostile input with fixed limits (size, depth, scalar length, node count,
 * no aliases, anchors or tags, one document), each a clear error. The deck
 * and result loaders walk this tree. */
#ifndef ALLIANTIESPEL_YDOC_H
#define ALLIANTIESPEL_YDOC_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"

#define YDOC_MAX_DEPTH 32
#define YDOC_MAX_SCALAR_BYTES ((size_t)64 * 1024)
#define YDOC_MAX_NODES ((size_t)500000)
/* Duplicate keys are found by comparing with the keys before: a bound
 * keeps that from turning quadratic on hostile input. */
#define YDOC_MAX_MAPPING_KEYS ((size_t)256)

typedef enum { YDOC_SCALAR, YDOC_SEQUENCE, YDOC_MAPPING } ydoc_kind;

typedef struct ydoc_node {
    ydoc_kind kind;
    int line;      /* 1-based */
    int column;    /* 1-based */
    /* Scalars: */
    char *text;    /* NUL-terminated; may hold NULs before length */
    size_t length;
    bool plain;    /* written without quotes (so `1` may be a number) */
    /* Sequences: items; mappings: keys at 2i, values at 2i+1. */
    struct ydoc_node **items;
    size_t count;  /* items; for a mapping, the number of pairs * 2 */
} ydoc_node;

struct ydoc_block;

typedef struct {
    const char *name; /* for messages; not owned */
    ydoc_node *root;
    struct ydoc_block *blocks; /* where every node lives */
} ydoc;

/* Parses data as exactly one YAML document. */
bool ydoc_parse(const char *name, const char *data, size_t size,
                size_t max_size, ydoc *out, error_list *errors);
void ydoc_free(ydoc *doc);

/* The value of key in a mapping, or NULL. */
const ydoc_node *ydoc_get(const ydoc_node *map, const char *key);
size_t ydoc_pairs(const ydoc_node *map);
const ydoc_node *ydoc_key(const ydoc_node *map, size_t pair);
const ydoc_node *ydoc_value(const ydoc_node *map, size_t pair);

/* Adds an error for every key of map not in allowed (NULL-terminated):
 * "unknown key 'K' in CONTEXT; expected one of: a, b, c". */
void ydoc_check_keys(const ydoc *doc, const ydoc_node *map,
                     const char *const *allowed, const char *context,
                     error_list *errors);

/* Adds an error at a node's position (or the file alone when at is NULL). */
void ydoc_error(const ydoc *doc, const ydoc_node *at, error_list *errors,
                const char *format, ...) ERROR_PRINTF(4, 5);

/* "a mapping", "a list", "a text" for messages. */
const char *ydoc_kind_name(ydoc_kind kind);

/* Reads a whole file, at most max_size bytes (larger is an error). */
bool ydoc_read_file(const char *path, size_t max_size, char **data,
                    size_t *size, error_list *errors);

#endif
