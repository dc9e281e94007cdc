#include "phrase_index.h"

#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

/* A dense automaton over the bytes the phrases use (folded: A-Z as a-z);
 * every other byte is class 0, which only leads back towards the root.
 * best[s] is the lowest table index of a phrase that ends at state s
 * (itself or through its suffixes), LONG_MAX if none. */
struct automaton {
    const void *table;
    size_t stride;
    unsigned char cls[256];
    size_t n_cls;
    uint32_t *next; /* n_states * n_cls, while building */
    /* What the scans read: a row of ROW_INFO + n_cls words per state,
     * its transitions already multiplied out to the target's row offset
     * (no multiplication in the loop over the text's bytes), and before
     * them the state's best entry (UINT32_MAX: none), its first state on
     * the output chain (0: none) and its number. */
    uint32_t *rows;
    size_t row_len;
    long *best;
    size_t n_states;
    size_t n_phrases;
    /* For marking every phrase: the first entry that ends at a state (-1
     * if none), the next entry of the same phrase, and the nearest state
     * on the failure chain that ends a phrase (0: none). */
    long *ends;
    long *same_next;
    uint32_t *out;
    /* For anchored matching: how many bytes from the root a state is on
     * the trie (a state the failure links lead to is shallower than the
     * bytes read, which is how a walk knows it left the trie). */
    uint32_t *depth;
    /* The entries by their phrase's first byte (folded), each bucket in
     * table order: by_first[first_start[c] .. first_start[c + 1]). */
    size_t first_start[257];
    size_t *by_first;
};

enum { ROW_BEST, ROW_EMIT, ROW_STATE, ROW_INFO };

static unsigned char fold(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static const char *phrase_at(const void *table, size_t stride, size_t i)
{
    return *(const char *const *)((const char *)table + i * stride);
}

static struct automaton *build(const void *table, size_t stride)
{
    struct automaton *a = xmalloc(sizeof *a);
    memset(a, 0, sizeof *a);
    a->table = table;
    a->stride = stride;
    size_t n_phrases = 0, total = 1;
    for (const char *p; (p = phrase_at(table, stride, n_phrases)); n_phrases++)
        total += strlen(p);
    a->n_cls = 1;
    for (size_t i = 0; i < n_phrases; i++)
        for (const unsigned char *p = (const unsigned char *)phrase_at(table, stride, i); *p; p++) {
            unsigned char c = fold(*p);
            if (!a->cls[c])
                a->cls[c] = (unsigned char)a->n_cls++;
        }
    for (int c = 'A'; c <= 'Z'; c++)
        a->cls[c] = a->cls[c + 32];
    /* The trie: 0 in next means "no edge" while building (the root, state
     * 0, is never an edge's target). */
    a->next = xmalloc(total * a->n_cls * sizeof *a->next);
    memset(a->next, 0, total * a->n_cls * sizeof *a->next);
    a->best = xmalloc(total * sizeof *a->best);
    for (size_t s = 0; s < total; s++)
        a->best[s] = LONG_MAX;
    a->n_states = 1;
    a->n_phrases = n_phrases;
    a->ends = xmalloc(total * sizeof *a->ends);
    for (size_t s = 0; s < total; s++)
        a->ends[s] = -1;
    a->same_next = xmalloc((n_phrases ? n_phrases : 1) * sizeof *a->same_next);
    a->out = xmalloc(total * sizeof *a->out);
    memset(a->out, 0, total * sizeof *a->out);
    a->depth = xmalloc(total * sizeof *a->depth);
    a->depth[0] = 0;
    for (size_t i = 0; i < n_phrases; i++) {
        uint32_t s = 0;
        for (const unsigned char *p = (const unsigned char *)phrase_at(table, stride, i); *p; p++) {
            uint32_t *edge = &a->next[s * a->n_cls + a->cls[*p]];
            if (!*edge) {
                *edge = (uint32_t)a->n_states++;
                a->depth[*edge] = a->depth[s] + 1;
            }
            s = *edge;
        }
        if ((long)i < a->best[s])
            a->best[s] = (long)i;
        /* entries of one phrase, chained in table order */
        a->same_next[i] = -1;
        if (a->ends[s] < 0) {
            a->ends[s] = (long)i;
        } else {
            long k = a->ends[s];
            while (a->same_next[k] >= 0)
                k = a->same_next[k];
            a->same_next[k] = (long)i;
        }
    }
    /* Breadth first: failure links, folded into the transitions (a full
     * DFA), and best[] through the suffixes. */
    uint32_t *fail = xmalloc(a->n_states * sizeof *fail);
    uint32_t *queue = xmalloc(a->n_states * sizeof *queue);
    size_t head = 0, tail = 0;
    fail[0] = 0;
    for (size_t c = 0; c < a->n_cls; c++) {
        uint32_t t = a->next[c];
        if (t) {
            fail[t] = 0;
            queue[tail++] = t;
        }
    }
    while (head < tail) {
        uint32_t s = queue[head++];
        if (a->best[fail[s]] < a->best[s])
            a->best[s] = a->best[fail[s]];
        a->out[s] = a->ends[fail[s]] >= 0 ? fail[s] : a->out[fail[s]];
        for (size_t c = 0; c < a->n_cls; c++) {
            uint32_t *edge = &a->next[s * a->n_cls + c];
            if (*edge) {
                fail[*edge] = a->next[fail[s] * a->n_cls + c];
                queue[tail++] = *edge;
            } else {
                *edge = a->next[fail[s] * a->n_cls + c];
            }
        }
    }
    free(fail);
    free(queue);
    a->row_len = ROW_INFO + a->n_cls;
    /* Row offsets are 32-bit: the project's lists are a few thousand
     * states; a list that outgrew that is a build-time mistake. */
    if (a->n_states * a->row_len > UINT32_MAX) {
        fprintf(stderr, "communique: a phrase list too large for its index (%zu states)\n", a->n_states);
        abort();
    }
    a->rows = xmalloc(a->n_states * a->row_len * sizeof *a->rows);
    for (size_t st = 0; st < a->n_states; st++) {
        uint32_t *row = a->rows + st * a->row_len;
        row[ROW_BEST] = a->best[st] == LONG_MAX ? UINT32_MAX : (uint32_t)a->best[st];
        row[ROW_EMIT] = a->ends[st] >= 0 ? (uint32_t)st : a->out[st];
        row[ROW_STATE] = (uint32_t)st;
        for (size_t c = 0; c < a->n_cls; c++)
            row[ROW_INFO + c] = a->next[st * a->n_cls + c] * (uint32_t)a->row_len;
    }
    free(a->next);
    a->next = NULL;
    /* Counting sort of the entries by first byte: stable, so each bucket
     * keeps table order. */
    a->by_first = xmalloc((n_phrases ? n_phrases : 1) * sizeof *a->by_first);
    for (size_t i = 0; i < n_phrases; i++)
        a->first_start[fold((unsigned char)phrase_at(table, stride, i)[0]) + 1]++;
    for (int c = 0; c < 256; c++)
        a->first_start[c + 1] += a->first_start[c];
    size_t fill[256];
    memcpy(fill, a->first_start, sizeof fill);
    for (size_t i = 0; i < n_phrases; i++)
        a->by_first[fill[fold((unsigned char)phrase_at(table, stride, i)[0])]++] = i;
    return a;
}

static long run(const struct automaton *a, const char *text)
{
    const uint32_t *rows = a->rows;
    uint32_t best = rows[ROW_BEST]; /* an empty phrase is in every text */
    size_t at = 0; /* the current state's row */
    for (const unsigned char *p = (const unsigned char *)text; *p && best; p++) {
        at = rows[at + ROW_INFO + a->cls[*p]];
        if (rows[at + ROW_BEST] < best)
            best = rows[at + ROW_BEST];
    }
    return best == UINT32_MAX ? -1 : (long)best;
}

/* Every automaton built, for all threads; found by table. */
static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;
static struct automaton **registry;
static size_t n_registry;

static const struct automaton *shared(const void *table, size_t stride)
{
    pthread_mutex_lock(&registry_lock);
    const struct automaton *found = NULL;
    for (size_t i = 0; i < n_registry && !found; i++)
        if (registry[i]->table == table && registry[i]->stride == stride)
            found = registry[i];
    if (!found) {
        struct automaton *a = build(table, stride);
        registry = xrealloc(registry, (n_registry + 1) * sizeof *registry);
        registry[n_registry++] = a;
        found = a;
    }
    pthread_mutex_unlock(&registry_lock);
    return found;
}

static const struct automaton *automaton_of(const void *table, size_t stride)
{
    /* Each thread's own cache, open addressing by the table's address:
     * no lock once a table has been used, and a few instructions a call
     * (cue_word_match asks twice a word). */
    enum { CACHE = 128 }; /* a power of two, above the lists in use */
    static _Thread_local const struct automaton *cache[CACHE];
    size_t h = (size_t)(((uint64_t)(uintptr_t)table * 0x9e3779b97f4a7c15u) >> 57);
    for (size_t probe = 0; probe < CACHE; probe++) {
        const struct automaton **slot = &cache[(h + probe) & (CACHE - 1)];
        if (!*slot)
            return *slot = shared(table, stride);
        if ((*slot)->table == table && (*slot)->stride == stride)
            return *slot;
    }
    return shared(table, stride);
}

size_t phrase_index_count(const void *table, size_t stride)
{
    return automaton_of(table, stride)->n_phrases;
}

size_t phrase_index_mark(const void *table, size_t stride, const char *text,
                         unsigned char *present)
{
    const struct automaton *a = automaton_of(table, stride);
    memset(present, 0, a->n_phrases);
    size_t found = 0;
    const uint32_t *rows = a->rows;
    size_t at = 0;
    for (const unsigned char *p = (const unsigned char *)text;; p++) {
        /* the phrases ending here: this state's, then down its chain */
        for (uint32_t t = rows[at + ROW_EMIT]; t; t = a->out[t])
            for (long k = a->ends[t]; k >= 0; k = a->same_next[k])
                if (!present[k]) {
                    present[k] = 1;
                    found++;
                }
        if (!*p)
            break;
        at = rows[at + ROW_INFO + a->cls[*p]];
    }
    /* an empty phrase (the root's) is in every text */
    for (long k = a->ends[0]; k >= 0; k = a->same_next[k])
        if (!present[k]) {
            present[k] = 1;
            found++;
        }
    return found;
}

long phrase_index_first(const void *table, size_t stride, const char *text)
{
    const struct automaton *a = automaton_of(table, stride);
    return run(a, text);
}

int phrase_index_prefix(const void *table, size_t stride, const char *text)
{
    const struct automaton *a = automaton_of(table, stride);
    if (a->ends[0] >= 0)
        return 1; /* an empty phrase begins every text */
    uint32_t s, depth = 0;
    size_t at = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        at = a->rows[at + ROW_INFO + a->cls[*p]];
        s = a->rows[at + ROW_STATE];
        if (a->depth[s] != ++depth)
            return 0; /* off the trie: no phrase begins with these bytes */
        if (a->ends[s] >= 0)
            return 1;
    }
    return 0;
}

const size_t *phrase_index_starting(const void *table, size_t stride, unsigned char c,
                                    size_t *n)
{
    const struct automaton *a = automaton_of(table, stride);
    unsigned char f = fold(c);
    *n = a->first_start[f + 1] - a->first_start[f];
    return a->by_first + a->first_start[f];
}
