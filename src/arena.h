/* arena — memory handed out from large blocks and given back all at once.
 *
 * For what many small objects share one lifetime: a batch's bookkeeping
 * (the link set's names and keys, one set per statement), which would
 * otherwise be thousands of small long-lived blocks among the
 * per-document ones malloc hands out and takes back, fragmenting the heap
 * until every malloc and free walks its free lists (at 100,000 statements
 * glibc's unlink_chunk was 5 % of convert).
 *
 * Contract: arena_alloc never fails (it exits like xmalloc); what it
 * returns is aligned for any object and stays valid until arena_free.
 * Not thread-safe: one owner, or a lock around it. */
#ifndef COMMUNIQUE_ARENA_H
#define COMMUNIQUE_ARENA_H

#include <stddef.h>

struct arena {
    struct arena_block *blocks;   /* newest first */
    size_t used, size;            /* in the newest block */
};

#define ARENA_INIT {NULL, 0, 0}

void *arena_alloc(struct arena *a, size_t n);
char *arena_strdup(struct arena *a, const char *s);
/* A copy of s[0..n) with a NUL after it. */
char *arena_strndup(struct arena *a, const char *s, size_t n);
/* Gives back every block; the arena is empty (and usable) again. */
void arena_free(struct arena *a);

#endif
