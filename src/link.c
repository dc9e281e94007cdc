#include "link.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "extract_parts.h"
#include "phrases.h"
#include "spool.h"
#include "strbuf.h"

#define SHINGLE_WORDS 3
#define MATCH_PERCENT 40   /* of a paragraph's shingles, in one paragraph */
#define QUOTE_PERCENT 60   /* of a statement's judged words */
#define SAME_PERCENT 80
/* One shingle in four goes into the candidate index; two statements are
 * compared paragraph by paragraph when they share two of those. */
#define SAMPLED(h) (((h) >> 30) == 0)
#define LINK_MIN_SHARED_SAMPLES 2
/* The candidate index and the candidate pairs are cut into this many
 * buckets (a sampled hash's bits 22-29; a pair's first statement's share
 * of the batch), so that one bucket at a time is in memory. */
#define BUCKETS 256
/* Entries a bucket holds in memory before they go to the scratch file. */
#define BUCKET_BUF 512

enum relation_rank { SAME, QUOTES, QUOTED_BY, FOLLOW_UP, FOLLOWED_UP_BY };
static const char *const RELATION_NAMES[] = {"same-statement", "quotes", "quoted-by", "follow-up",
                                             "followed-up-by"};

/* Bytes kept for link_compute: in the scratch file, or in memory when
 * there is none or a write to it failed (a full disk costs memory, never
 * a relation). */
struct stored {
    struct spool_ref ref;
    void *mem;
};

/* Shingle hashes are kept to 32 bits: they are compared paragraph with
 * paragraph, where a false match is a 1-in-4-billion event. */
struct paragraph_shingles {
    const uint32_t *hashes; /* sorted, unique */
    size_t n;
    size_t words;
};

/* A statement's judged paragraphs as link_compute reads them back.  The
 * record is a uint32_t array: the number of paragraphs, then each
 * paragraph's shingle and word counts, then all the hashes. */
struct shingles {
    struct paragraph_shingles *paras;
    size_t n_paras;
    size_t words;
    uint32_t *record;       /* owned copy, or NULL when it is the set's memory */
};

struct relation {
    const struct linked *other;
    int rank;               /* enum relation_rank */
    int overlap;
};

/* What the set keeps in memory per statement: its names and where its
 * shingles lie; the text itself is on disk. */
struct linked {
    const char *id, *title, *file;  /* in the set's arena */
    int news;
    size_t n_paras;         /* judged paragraphs */
    struct stored shingles;
    struct relation *relations;     /* found by link_compute, all of them */
    size_t n_relations;
    struct related *related;        /* the strongest LINK_MAX_RELATED, for callers */
    size_t n_related;
};

/* A hash and a statement (a posting), or two statements (a pair). */
struct two32 {
    uint32_t a, b;
};

struct bucket {
    struct two32 *buf;
    size_t n;
    struct stored *chunks;  /* full buffers put aside, BUCKET_BUF entries each */
    size_t n_chunks;
};

struct election_entry {
    const char *key;        /* side, country, election type and year (arena) */
    const char *date;       /* (arena) */
    const char *id, *file;
    size_t doc;
};

struct link_set {
    struct linked *docs;
    size_t n;
    struct spool *spool;    /* NULL: everything in memory */
    int owns_spool;
    /* What lives as long as the set, a few small objects per statement:
     * from one arena, not among the per-document blocks malloc recycles. */
    struct arena arena;
    struct bucket postings[BUCKETS];
    struct two32 *posting_bufs; /* every posting bucket's buffer, one block */
    struct election_entry *entries;
    size_t n_entries;
};

static void store_put(struct link_set *set, const void *data, size_t len, struct stored *out)
{
    out->mem = NULL;
    out->ref.len = 0;
    if (!len || (set->spool && spool_put(set->spool, data, len, &out->ref) == 0))
        return;
    out->mem = xmalloc(len);
    memcpy(out->mem, data, len);
}

/* The stored bytes; *owned says whether the caller frees them.  NULL only
 * if the scratch file cannot be read back (then nothing is compared). */
static void *store_get(const struct link_set *set, const struct stored *s, int *owned)
{
    *owned = 0;
    if (s->mem)
        return s->mem;
    if (!s->ref.len || !set->spool)
        return NULL;
    void *p = spool_get(set->spool, &s->ref);
    *owned = p != NULL;
    return p;
}

static void store_free(struct stored *s)
{
    free(s->mem);
    s->mem = NULL;
}

/* BUCKETS buckets whose buffers are one new block (the caller frees it). */
static struct two32 *give_buffers(struct bucket *buckets)
{
    struct two32 *block = xmalloc((size_t)BUCKETS * BUCKET_BUF * sizeof *block);
    for (size_t b = 0; b < BUCKETS; b++)
        buckets[b].buf = block + b * BUCKET_BUF;
    return block;
}

static void bucket_add(struct link_set *set, struct bucket *b, uint32_t x, uint32_t y)
{
    b->buf[b->n++] = (struct two32){x, y};
    if (b->n == BUCKET_BUF) {
        store_put(set, b->buf, b->n * sizeof *b->buf, array_push(&b->chunks, &b->n_chunks,
                                                                  sizeof *b->chunks));
        b->n = 0;
    }
}

/* All of a bucket's entries in one new array (the bucket keeps them). */
static struct two32 *bucket_load(const struct link_set *set, const struct bucket *b, size_t *n)
{
    size_t total = b->n_chunks * BUCKET_BUF + b->n, k = 0;
    struct two32 *all = xmalloc((total ? total : 1) * sizeof *all);
    for (size_t c = 0; c < b->n_chunks; c++) {
        int owned;
        struct two32 *chunk = store_get(set, &b->chunks[c], &owned);
        if (!chunk)
            continue;
        memcpy(all + k, chunk, BUCKET_BUF * sizeof *chunk);
        k += BUCKET_BUF;
        if (owned)
            free(chunk);
    }
    if (b->n)
        memcpy(all + k, b->buf, b->n * sizeof *all);
    *n = k + b->n;
    return all;
}

/* Its buffer belongs to the block give_buffers made. */
static void bucket_free(struct bucket *b)
{
    for (size_t c = 0; c < b->n_chunks; c++)
        store_free(&b->chunks[c]);
    free(b->chunks);
    memset(b, 0, sizeof *b);
}

static int cmp_two32(const void *p, const void *q)
{
    const struct two32 *x = p, *y = q;
    if (x->a != y->a)
        return (x->a > y->a) - (x->a < y->a);
    return (x->b > y->b) - (x->b < y->b);
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static size_t sort_unique(uint32_t *v, size_t n)
{
    if (n == 0)
        return 0;
    qsort(v, n, sizeof *v, cmp_u32);
    size_t k = 1;
    for (size_t i = 1; i < n; i++)
        if (v[i] != v[k - 1])
            v[k++] = v[i];
    return k;
}

static int is_ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Curly quotes U+2018/U+2019 separate words like the ASCII apostrophe, so
 * "Kazakhstan’s" and "Kazakhstan's" give the same words. */
static size_t separator_len(const unsigned char *s)
{
    if (s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x98 || s[2] == 0x99))
        return 3;
    return s[0] < 0x80 && !is_ascii_alnum(s[0]) ? 1 : 0;
}

/* FNV-1a of each lower-cased word, then the words' hashes mixed in groups
 * of SHINGLE_WORDS.  Appends the paragraph's sorted unique hashes to *v
 * and returns how many; *n_words gets its word count. */
static size_t shingle_paragraph(const char *text, uint32_t **v, size_t *n_v, size_t *n_words)
{
    uint64_t *words = NULL;
    size_t nw = 0;
    const unsigned char *s = (const unsigned char *)text;
    while (*s) {
        size_t sep = separator_len(s);
        if (sep) {
            s += sep;
            continue;
        }
        uint64_t h = 1469598103934665603ULL;
        while (*s && !separator_len(s)) {
            unsigned char c = *s++;
            if (c >= 'A' && c <= 'Z')
                c |= 0x20;
            h = (h ^ c) * 1099511628211ULL;
        }
        uint64_t *w = array_push(&words, &nw, sizeof *w);
        *w = h;
    }
    *n_words = nw;
    size_t n = nw >= SHINGLE_WORDS ? nw - SHINGLE_WORDS + 1 : (nw ? 1 : 0);
    size_t at = *n_v;
    for (size_t i = 0; i < n; i++) {
        uint64_t h = 0;
        for (size_t k = i; k < i + SHINGLE_WORDS && k < nw; k++)
            h = (h ^ words[k]) * 0x9E3779B97F4A7C15ULL + (h >> 29);
        *(uint32_t *)array_push(v, n_v, sizeof **v) = (uint32_t)(h >> 32);
    }
    free(words);
    size_t unique = sort_unique(*v + at, n);
    *n_v = at + unique;
    return unique;
}

struct link_set *link_new_sharing(struct spool *spool)
{
    struct link_set *set = xmalloc(sizeof *set);
    memset(set, 0, sizeof *set);
    set->spool = spool;
    return set;
}

struct link_set *link_new(void)
{
    const char *dir = getenv("TMPDIR");
    struct link_set *set = link_new_sharing(spool_open(dir && *dir ? dir : "/tmp"));
    set->owns_spool = 1;
    return set;
}

void link_free(struct link_set *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->n; i++) {
        struct linked *d = &set->docs[i];
        store_free(&d->shingles);
        free(d->relations);
        free(d->related);
    }
    free(set->docs);
    for (int b = 0; b < BUCKETS; b++)
        bucket_free(&set->postings[b]);
    free(set->posting_bufs);
    free(set->entries);
    arena_free(&set->arena);
    if (set->owns_spool)
        spool_close(set->spool);
    free(set);
}

static int full_date(const char *v)
{
    return v && strlen(v) == 10 && v[4] == '-' && v[7] == '-';
}

/* "eu" for any of the EU's voices, else the issuer as written. */
static const char *issuing_side(const char *issuer)
{
    for (const char *const *w = EU_ISSUER_WORDS; *w; w++)
        if (find_word_ci(issuer, 0, *w) != (size_t)-1)
            return "eu";
    return issuer;
}

/* A dated statement (not a news report) of a known side on a known
 * country: one entry per election it is about, for link_follow_ups. */
static void add_election_entries(struct link_set *set, const struct linked *d,
                                 const struct link_meta *m)
{
    if (d->news || !full_date(m->date) || !m->country || !m->issuer)
        return;
    for (size_t e = 0; e < m->n_elections; e++) {
        const char *ed = m->elections[e].date;
        /* An election's year: its own date's, else the statement's. */
        const char *year = ed && ed[0] >= '0' && ed[0] <= '9' ? ed : m->date;
        struct election_entry *en = array_push(&set->entries, &set->n_entries, sizeof *en);
        struct strbuf key = {0};
        strbuf_printf(&key, "%s|%s|%s|%.4s", issuing_side(m->issuer), m->country,
                      m->elections[e].type, year);
        en->key = arena_strndup(&set->arena, key.data, key.len);
        strbuf_free(&key);
        en->date = arena_strdup(&set->arena, m->date);
        en->id = d->id;
        en->file = d->file;
        en->doc = set->n - 1;
    }
}

size_t link_add(struct link_set *set, const struct link_meta *m, const char *const *paragraphs,
                size_t n_paragraphs)
{
    size_t doc = set->n;
    struct linked *d = array_push(&set->docs, &set->n, sizeof *d);
    d->id = arena_strdup(&set->arena, m->id);
    d->title = arena_strdup(&set->arena, m->title);
    d->file = arena_strdup(&set->arena, m->file);
    if (!set->posting_bufs)
        set->posting_bufs = give_buffers(set->postings);
    d->news = strcmp(m->kind, "news-report") == 0;
    add_election_entries(set, d, m);

    /* The record: a header slot per paragraph, filled in below, then the
     * hashes of the judged paragraphs one after the other. */
    uint32_t *head = xmalloc((1 + 2 * (n_paragraphs ? n_paragraphs : 1)) * sizeof *head);
    uint32_t *hashes = NULL;
    size_t n_hashes = 0;
    for (size_t p = 0; p < n_paragraphs; p++) {
        size_t at = n_hashes, words;
        size_t n = shingle_paragraph(paragraphs[p], &hashes, &n_hashes, &words);
        if (n < LINK_MIN_SHINGLES) {
            n_hashes = at;
            continue;
        }
        head[1 + 2 * d->n_paras] = (uint32_t)n;
        head[2 + 2 * d->n_paras] = (uint32_t)(words > UINT32_MAX ? UINT32_MAX : words);
        d->n_paras++;
    }
    head[0] = (uint32_t)d->n_paras;
    size_t n_head = 1 + 2 * d->n_paras;
    uint32_t *record = xmalloc((n_head + n_hashes) * sizeof *record);
    memcpy(record, head, n_head * sizeof *record);
    if (n_hashes)
        memcpy(record + n_head, hashes, n_hashes * sizeof *record);
    if (d->n_paras)
        store_put(set, record, (n_head + n_hashes) * sizeof *record, &d->shingles);

    /* The candidate index holds one shingle in four, chosen by hash so
     * every statement samples the same ones. */
    size_t k = 0;
    for (size_t h = 0; h < n_hashes; h++)
        if (SAMPLED(hashes[h]))
            hashes[k++] = hashes[h];
    k = sort_unique(hashes, k);
    for (size_t h = 0; h < k; h++)
        bucket_add(set, &set->postings[(hashes[h] >> 22) & (BUCKETS - 1)], hashes[h],
                   (uint32_t)doc);
    free(record);
    free(hashes);
    free(head);
    return doc;
}

size_t link_add_statement(struct link_set *set, const struct statement *st)
{
    const char **paras = xmalloc((st->n_paragraphs ? st->n_paragraphs : 1) * sizeof *paras);
    for (size_t p = 0; p < st->n_paragraphs; p++)
        paras[p] = st->paragraphs[p].text;
    struct link_election *elections =
        xmalloc((st->n_elections ? st->n_elections : 1) * sizeof *elections);
    for (size_t e = 0; e < st->n_elections; e++)
        elections[e] = (struct link_election){st->elections[e].type, st->elections[e].date.value};
    struct link_meta m = {.id = st->id, .title = st->title, .file = st->source.file,
                          .kind = st->kind, .issuer = st->issuer,
                          .country = st->country_iso[0] ? st->country_iso : NULL,
                          .date = st->date.value, .elections = elections,
                          .n_elections = st->n_elections};
    size_t i = link_add(set, &m, paras, st->n_paragraphs);
    free(elections);
    free(paras);
    return i;
}

/* Reads a statement's record back; 0 if it has no judged paragraph or
 * the record cannot be read. */
static int shingles_load(const struct link_set *set, const struct linked *d, struct shingles *out)
{
    memset(out, 0, sizeof *out);
    if (!d->n_paras)
        return 0;
    int owned;
    uint32_t *record = store_get(set, &d->shingles, &owned);
    if (!record)
        return 0;
    out->record = owned ? record : NULL;
    out->n_paras = record[0];
    out->paras = xmalloc(out->n_paras * sizeof *out->paras);
    const uint32_t *h = record + 1 + 2 * out->n_paras;
    for (size_t p = 0; p < out->n_paras; p++) {
        out->paras[p] = (struct paragraph_shingles){h, record[1 + 2 * p], record[2 + 2 * p]};
        out->words += out->paras[p].words;
        h += out->paras[p].n;
    }
    return 1;
}

static void shingles_free(struct shingles *s)
{
    free(s->paras);
    free(s->record);
    memset(s, 0, sizeof *s);
}

static size_t intersection(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
    size_t i = 0, j = 0, n = 0;
    while (i < na && j < nb) {
        if (a[i] < b[j])
            i++;
        else if (a[i] > b[j])
            j++;
        else
            n++, i++, j++;
    }
    return n;
}

struct coverage {
    int percent;            /* of judged words in matched paragraphs */
    size_t matched;         /* paragraphs */
};

/* Both directions from one table of paragraph intersections. */
static void cover_pair(const struct shingles *a, const struct shingles *b, struct coverage *ca,
                       struct coverage *cb)
{
    size_t *best_b = xmalloc((b->n_paras ? b->n_paras : 1) * sizeof *best_b);
    memset(best_b, 0, (b->n_paras ? b->n_paras : 1) * sizeof *best_b);
    size_t words_a = 0, words_b = 0;
    ca->matched = cb->matched = 0;
    for (size_t i = 0; i < a->n_paras; i++) {
        size_t best = 0;
        for (size_t j = 0; j < b->n_paras; j++) {
            size_t n = intersection(a->paras[i].hashes, a->paras[i].n, b->paras[j].hashes,
                                    b->paras[j].n);
            if (n > best)
                best = n;
            if (n > best_b[j])
                best_b[j] = n;
        }
        if (best * 100 >= MATCH_PERCENT * a->paras[i].n) {
            words_a += a->paras[i].words;
            ca->matched++;
        }
    }
    for (size_t j = 0; j < b->n_paras; j++)
        if (best_b[j] * 100 >= MATCH_PERCENT * b->paras[j].n) {
            words_b += b->paras[j].words;
            cb->matched++;
        }
    free(best_b);
    ca->percent = a->words ? (int)(words_a * 100 / a->words) : 0;
    cb->percent = b->words ? (int)(words_b * 100 / b->words) : 0;
}

static int qualifies(const struct coverage *c, const struct shingles *s)
{
    size_t need = s->n_paras < 2 ? s->n_paras : 2;
    return need > 0 && c->matched >= need && c->percent >= QUOTE_PERCENT;
}

static void add_relation(struct linked *d, const struct linked *other, int rank, int overlap)
{
    *(struct relation *)array_push(&d->relations, &d->n_relations, sizeof(struct relation)) =
        (struct relation){other, rank, overlap};
}

static int already_related(const struct linked *d, const struct linked *other)
{
    for (size_t i = 0; i < d->n_relations; i++)
        if (strcmp(d->relations[i].other->id, other->id) == 0 &&
            strcmp(d->relations[i].other->file, other->file) == 0)
            return 1;
    return 0;
}

static void relate_text(struct linked *a, const struct shingles *sa, struct linked *b,
                        const struct shingles *sb)
{
    struct coverage ca, cb;
    cover_pair(sa, sb, &ca, &cb);
    int qa = qualifies(&ca, sa), qb = qualifies(&cb, sb);
    if (!qa && !qb)
        return;
    if (qa && qb && a->news == b->news &&
        ((ca.percent >= SAME_PERCENT && cb.percent >= SAME_PERCENT) || ca.percent == cb.percent)) {
        add_relation(a, b, SAME, ca.percent);
        add_relation(b, a, SAME, cb.percent);
        return;
    }
    int a_quotes;
    if (qa && a->news && !b->news)
        a_quotes = 1;
    else if (qb && b->news && !a->news)
        a_quotes = 0;
    else
        a_quotes = qa && (!qb || ca.percent > cb.percent);
    struct linked *quoting = a_quotes ? a : b, *quoted = a_quotes ? b : a;
    int overlap = a_quotes ? ca.percent : cb.percent;
    add_relation(quoting, quoted, QUOTES, overlap);
    add_relation(quoted, quoting, QUOTED_BY, overlap);
}

/* ---- candidates: an inverted index of shingles, a bucket at a time ---- */

/* Every pair of statements sharing a sampled shingle that is not
 * boilerplate (in at most LINK_MAX_DF statements), once per shingle,
 * into the pair buckets by the first statement. */
static void collect_pairs(struct link_set *set, struct bucket *pairs)
{
    size_t per_bucket = set->n / BUCKETS + 1;
    for (int b = 0; b < BUCKETS; b++) {
        size_t n;
        struct two32 *post = bucket_load(set, &set->postings[b], &n);
        if (n > 1)
            qsort(post, n, sizeof *post, cmp_two32);
        for (size_t lo = 0, hi; lo < n; lo = hi) {
            for (hi = lo + 1; hi < n && post[hi].a == post[lo].a; hi++)
                ;
            if (hi - lo > LINK_MAX_DF)
                continue;
            for (size_t x = lo; x < hi; x++)
                for (size_t y = x + 1; y < hi; y++)
                    bucket_add(set, &pairs[post[x].b / per_bucket], post[x].b, post[y].b);
        }
        free(post);
    }
}

static void link_text(struct link_set *set)
{
    if (!set->posting_bufs)
        return; /* nothing was added */
    struct bucket *pairs = xmalloc(BUCKETS * sizeof *pairs);
    memset(pairs, 0, BUCKETS * sizeof *pairs);
    struct two32 *pair_bufs = give_buffers(pairs);
    collect_pairs(set, pairs);
    /* Pairs in index order, so the relations do not depend on hashing. */
    for (int b = 0; b < BUCKETS; b++) {
        size_t n;
        struct two32 *pr = bucket_load(set, &pairs[b], &n);
        bucket_free(&pairs[b]);
        if (n > 1)
            qsort(pr, n, sizeof *pr, cmp_two32);
        struct shingles sa = {0};
        size_t loaded = (size_t)-1;
        for (size_t lo = 0, hi; lo < n; lo = hi) {
            for (hi = lo + 1; hi < n && pr[hi].a == pr[lo].a && pr[hi].b == pr[lo].b; hi++)
                ;
            if (hi - lo < LINK_MIN_SHARED_SAMPLES)
                continue;
            struct linked *a = &set->docs[pr[lo].a], *d = &set->docs[pr[lo].b];
            if (loaded != pr[lo].a) {
                shingles_free(&sa);
                shingles_load(set, a, &sa);
                loaded = pr[lo].a;
            }
            struct shingles sb;
            if (sa.n_paras && shingles_load(set, d, &sb)) {
                relate_text(a, &sa, d, &sb);
                shingles_free(&sb);
            }
        }
        shingles_free(&sa);
        free(pr);
    }
    free(pair_bufs);
    free(pairs);
}

/* ---- follow-ups: the same side on the same election, later ---- */

/* By key and date, then id and file: never by the order statements were
 * added in, which a threaded batch does not fix. */
static int cmp_entry(const void *a, const void *b)
{
    const struct election_entry *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (!c)
        c = strcmp(x->date, y->date);
    if (!c)
        c = strcmp(x->id, y->id);
    if (!c)
        c = strcmp(x->file, y->file);
    return c ? c : (x->doc > y->doc) - (x->doc < y->doc);
}

static void link_follow_ups(struct link_set *set)
{
    struct election_entry *entries = set->entries;
    size_t n = set->n_entries;
    if (n > 1)
        qsort(entries, n, sizeof *entries, cmp_entry);
    for (size_t k = 1; k < n; k++) {
        /* The nearest earlier statement of the same key. */
        size_t p = k;
        while (p > 0 && strcmp(entries[p - 1].key, entries[k].key) == 0 &&
               strcmp(entries[p - 1].date, entries[k].date) == 0)
            p--;
        if (p == 0 || strcmp(entries[p - 1].key, entries[k].key) != 0)
            continue;
        struct linked *later = &set->docs[entries[k].doc], *earlier = &set->docs[entries[p - 1].doc];
        if (later == earlier || already_related(later, earlier))
            continue;
        add_relation(later, earlier, FOLLOW_UP, -1);
        add_relation(earlier, later, FOLLOWED_UP_BY, -1);
    }
}

/* ---- ordering ---- */

static int cmp_relation(const void *a, const void *b)
{
    const struct relation *x = a, *y = b;
    int c = x->rank - y->rank;
    if (!c)
        c = y->overlap - x->overlap;
    if (!c)
        c = strcmp(x->other->id, y->other->id);
    return c ? c : strcmp(x->other->file, y->other->file);
}

void link_compute(struct link_set *set)
{
    for (size_t i = 0; i < set->n; i++) {
        struct linked *d = &set->docs[i];
        free(d->relations);
        free(d->related);
        d->relations = NULL;
        d->related = NULL;
        d->n_relations = d->n_related = 0;
    }
    link_text(set);
    link_follow_ups(set);
    for (size_t i = 0; i < set->n; i++) {
        struct linked *d = &set->docs[i];
        if (d->n_relations > 1)
            qsort(d->relations, d->n_relations, sizeof *d->relations, cmp_relation);
        d->n_related = d->n_relations < LINK_MAX_RELATED ? d->n_relations : LINK_MAX_RELATED;
        d->related = d->n_related ? xmalloc(d->n_related * sizeof *d->related) : NULL;
        /* The names are the other statement's, in the set's arena. */
        for (size_t k = 0; k < d->n_related; k++) {
            const struct relation *r = &d->relations[k];
            d->related[k] = (struct related){(char *)r->other->id, RELATION_NAMES[r->rank],
                                             (char *)r->other->title, (char *)r->other->file,
                                             r->overlap};
        }
        free(d->relations);
        d->relations = NULL;
        d->n_relations = 0;
    }
}

const struct related *link_related(const struct link_set *set, size_t i, size_t *count)
{
    *count = set->docs[i].n_related;
    return set->docs[i].related;
}

void link_copy_related(const struct link_set *set, size_t i, struct statement *st)
{
    const struct linked *d = &set->docs[i];
    for (size_t k = 0; k < d->n_related; k++) {
        struct related *r = array_push(&st->related, &st->n_related, sizeof *r);
        *r = d->related[k];
        r->id = xstrdup(d->related[k].id);
        r->title = xstrdup(d->related[k].title);
        r->file = xstrdup(d->related[k].file);
    }
}
