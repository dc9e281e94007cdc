#include "arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

/* Blocks of 64 KB; an object larger than a quarter of that gets a block
 * of its own, so a large one wastes no block. */
#define ARENA_BLOCK (64 * 1024)

struct arena_block {
    struct arena_block *next;
    alignas(max_align_t) char data[];
};

void *arena_alloc(struct arena *a, size_t n)
{
    const size_t align = alignof(max_align_t);
    n = (n + align - 1) & ~(align - 1);
    if (!n)
        n = align;
    if (n > ARENA_BLOCK / 4) {
        struct arena_block *own = xmalloc(sizeof *own + n);
        /* behind the newest block, which keeps its free room */
        if (a->blocks) {
            own->next = a->blocks->next;
            a->blocks->next = own;
        } else {
            own->next = NULL;
            a->blocks = own;
            a->used = a->size = 0;
        }
        return own->data;
    }
    if (!a->blocks || a->used + n > a->size) {
        struct arena_block *b = xmalloc(sizeof *b + ARENA_BLOCK);
        b->next = a->blocks;
        a->blocks = b;
        a->used = 0;
        a->size = ARENA_BLOCK;
    }
    void *p = a->blocks->data + a->used;
    a->used += n;
    return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
    char *d = arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *arena_strdup(struct arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

void arena_free(struct arena *a)
{
    for (struct arena_block *b = a->blocks, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    a->blocks = NULL;
    a->used = a->size = 0;
}
