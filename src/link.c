#include "link.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract_parts.h"
#include "phrases.h"
#include "strbuf.h"

#define SHINGLE_WORDS 3
#define MATCH_PERCENT 40   /* of a paragraph's shingles, in one paragraph */
#define QUOTE_PERCENT 60   /* of a statement's judged words */
#define SAME_PERCENT 80
/* One shingle in four goes into the candidate index; two statements are
 * compared paragraph by paragraph when they share two of those. */
#define SAMPLED(h) (((h) >> 30) == 0)
#define LINK_MIN_SHARED_SAMPLES 2

/* Shingle hashes are kept to 32 bits: they are compared paragraph with
 * paragraph, where a false match is a 1-in-4-billion event, and memory
 * per body word is what bounds a batch of tens of thousands. */
struct paragraph_shingles {
    uint32_t *hashes;       /* sorted, unique */
    size_t n;
    size_t words;
};

struct linked {
    char *id, *title, *file, *kind, *issuer, *country, *date;
    struct link_election *elections;
    size_t n_elections;
    struct paragraph_shingles *paras;   /* judged paragraphs only */
    size_t n_paras;
    uint32_t *sample;                   /* sampled shingles (SAMPLED), sorted unique */
    size_t n_sample;
    size_t words;                       /* in judged paragraphs */
    struct related *related;
    size_t n_related;
};

struct link_set {
    struct linked *docs;
    size_t n;
};

static char *dup_or_null(const char *s)
{
    return s ? xstrdup(s) : NULL;
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
 * of SHINGLE_WORDS. */
static void shingle_paragraph(const char *text, struct paragraph_shingles *out)
{
    uint64_t *words = NULL;
    size_t n_words = 0;
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
        uint64_t *w = array_push(&words, &n_words, sizeof *w);
        *w = h;
    }
    out->words = n_words;
    size_t n = n_words >= SHINGLE_WORDS ? n_words - SHINGLE_WORDS + 1 : (n_words ? 1 : 0);
    out->hashes = xmalloc((n ? n : 1) * sizeof *out->hashes);
    for (size_t i = 0; i < n; i++) {
        uint64_t h = 0;
        for (size_t k = i; k < i + SHINGLE_WORDS && k < n_words; k++)
            h = (h ^ words[k]) * 0x9E3779B97F4A7C15ULL + (h >> 29);
        out->hashes[i] = (uint32_t)(h >> 32);
    }
    out->n = sort_unique(out->hashes, n);
    free(words);
}

struct link_set *link_new(void)
{
    struct link_set *set = xmalloc(sizeof *set);
    set->docs = NULL;
    set->n = 0;
    return set;
}

static void free_related(struct related *r, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(r[i].id);
        free(r[i].title);
        free(r[i].file);
    }
    free(r);
}

void link_free(struct link_set *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->n; i++) {
        struct linked *d = &set->docs[i];
        free(d->id);
        free(d->title);
        free(d->file);
        free(d->kind);
        free(d->issuer);
        free(d->country);
        free(d->date);
        for (size_t e = 0; e < d->n_elections; e++) {
            free((char *)d->elections[e].type);
            free((char *)d->elections[e].date);
        }
        free(d->elections);
        for (size_t p = 0; p < d->n_paras; p++)
            free(d->paras[p].hashes);
        free(d->paras);
        free(d->sample);
        free_related(d->related, d->n_related);
    }
    free(set->docs);
    free(set);
}

size_t link_add(struct link_set *set, const struct link_meta *m, const char *const *paragraphs,
                size_t n_paragraphs)
{
    struct linked *d = array_push(&set->docs, &set->n, sizeof *d);
    d->id = xstrdup(m->id);
    d->title = xstrdup(m->title);
    d->file = xstrdup(m->file);
    d->kind = xstrdup(m->kind);
    d->issuer = dup_or_null(m->issuer);
    d->country = dup_or_null(m->country);
    d->date = dup_or_null(m->date);
    for (size_t e = 0; e < m->n_elections; e++) {
        struct link_election *el = array_push(&d->elections, &d->n_elections, sizeof *el);
        el->type = xstrdup(m->elections[e].type);
        el->date = dup_or_null(m->elections[e].date);
    }
    size_t total = 0;
    for (size_t p = 0; p < n_paragraphs; p++) {
        struct paragraph_shingles ps;
        shingle_paragraph(paragraphs[p], &ps);
        if (ps.n < LINK_MIN_SHINGLES) {
            free(ps.hashes);
            continue;
        }
        *(struct paragraph_shingles *)array_push(&d->paras, &d->n_paras, sizeof ps) = ps;
        d->words += ps.words;
        total += ps.n;
    }
    /* The candidate index holds one shingle in four, chosen by hash so
     * every statement samples the same ones. */
    d->sample = xmalloc((total ? total : 1) * sizeof *d->sample);
    size_t k = 0;
    for (size_t p = 0; p < d->n_paras; p++)
        for (size_t h = 0; h < d->paras[p].n; h++)
            if (SAMPLED(d->paras[p].hashes[h]))
                d->sample[k++] = d->paras[p].hashes[h];
    d->n_sample = sort_unique(d->sample, k);
    d->sample = xrealloc(d->sample, (d->n_sample ? d->n_sample : 1) * sizeof *d->sample);
    return set->n - 1;
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
static void cover_pair(const struct linked *a, const struct linked *b, struct coverage *ca,
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

static int qualifies(const struct coverage *c, const struct linked *d)
{
    size_t need = d->n_paras < 2 ? d->n_paras : 2;
    return need > 0 && c->matched >= need && c->percent >= QUOTE_PERCENT;
}

static int is_news(const struct linked *d)
{
    return strcmp(d->kind, "news-report") == 0;
}

static void add_relation(struct linked *d, const struct linked *other, const char *relation,
                         int overlap)
{
    struct related *r = array_push(&d->related, &d->n_related, sizeof *r);
    r->id = xstrdup(other->id);
    r->relation = relation;
    r->title = xstrdup(other->title);
    r->file = xstrdup(other->file);
    r->overlap = overlap;
}

static int already_related(const struct linked *d, const struct linked *other)
{
    for (size_t i = 0; i < d->n_related; i++)
        if (strcmp(d->related[i].id, other->id) == 0 && strcmp(d->related[i].file, other->file) == 0)
            return 1;
    return 0;
}

static void relate_text(struct linked *a, struct linked *b)
{
    struct coverage ca, cb;
    cover_pair(a, b, &ca, &cb);
    int qa = qualifies(&ca, a), qb = qualifies(&cb, b);
    if (!qa && !qb)
        return;
    int news_a = is_news(a), news_b = is_news(b);
    if (qa && qb && news_a == news_b &&
        ((ca.percent >= SAME_PERCENT && cb.percent >= SAME_PERCENT) || ca.percent == cb.percent)) {
        add_relation(a, b, "same-statement", ca.percent);
        add_relation(b, a, "same-statement", cb.percent);
        return;
    }
    int a_quotes;
    if (qa && news_a && !news_b)
        a_quotes = 1;
    else if (qb && news_b && !news_a)
        a_quotes = 0;
    else
        a_quotes = qa && (!qb || ca.percent > cb.percent);
    struct linked *quoting = a_quotes ? a : b, *quoted = a_quotes ? b : a;
    int overlap = a_quotes ? ca.percent : cb.percent;
    add_relation(quoting, quoted, "quotes", overlap);
    add_relation(quoted, quoting, "quoted-by", overlap);
}

/* ---- candidates: an inverted index of shingles ---- */

struct posting {
    uint32_t hash;
    uint32_t doc;
};

static int cmp_posting(const void *a, const void *b)
{
    const struct posting *x = a, *y = b;
    if (x->hash != y->hash)
        return (x->hash > y->hash) - (x->hash < y->hash);
    return (x->doc > y->doc) - (x->doc < y->doc);
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

static size_t lower_bound(const struct posting *p, size_t n, uint32_t hash)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (p[mid].hash < hash)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void link_text(struct link_set *set)
{
    size_t total = 0;
    for (size_t i = 0; i < set->n; i++)
        total += set->docs[i].n_sample;
    struct posting *post = xmalloc((total ? total : 1) * sizeof *post);
    size_t k = 0;
    for (size_t i = 0; i < set->n; i++)
        for (size_t s = 0; s < set->docs[i].n_sample; s++)
            post[k++] = (struct posting){set->docs[i].sample[s], (uint32_t)i};
    qsort(post, total, sizeof *post, cmp_posting);

    /* Per statement i, shared shingle counts with every later j. */
    size_t *shared = xmalloc((set->n ? set->n : 1) * sizeof *shared);
    memset(shared, 0, (set->n ? set->n : 1) * sizeof *shared);
    size_t *touched = xmalloc((set->n ? set->n : 1) * sizeof *touched);
    for (size_t i = 0; i < set->n; i++) {
        size_t n_touched = 0;
        const struct linked *d = &set->docs[i];
        for (size_t s = 0; s < d->n_sample; s++) {
            size_t lo = lower_bound(post, total, d->sample[s]), hi = lo;
            while (hi < total && post[hi].hash == d->sample[s])
                hi++;
            if (hi - lo > LINK_MAX_DF)
                continue;
            for (size_t p = lo; p < hi; p++) {
                size_t j = post[p].doc;
                if (j <= i)
                    continue;
                if (shared[j]++ == 0)
                    touched[n_touched++] = j;
            }
        }
        /* In index order, so the relations do not depend on hashing. */
        if (n_touched > 1)
            qsort(touched, n_touched, sizeof *touched, cmp_size);
        for (size_t t = 0; t < n_touched; t++) {
            size_t j = touched[t];
            if (shared[j] >= LINK_MIN_SHARED_SAMPLES)
                relate_text(&set->docs[i], &set->docs[j]);
            shared[j] = 0;
        }
    }
    free(touched);
    free(shared);
    free(post);
}

/* ---- follow-ups: the same side on the same election, later ---- */

/* "eu" for any of the EU's voices, else the issuer as written. */
static const char *issuing_side(const char *issuer)
{
    for (const char *const *w = EU_ISSUER_WORDS; *w; w++)
        if (find_word_ci(issuer, 0, *w) != (size_t)-1)
            return "eu";
    return issuer;
}

static int full_date(const char *v)
{
    return v && strlen(v) == 10 && v[4] == '-' && v[7] == '-';
}

struct election_entry {
    char *key;              /* side, country, election type and year */
    const char *date;
    const struct linked *d;
    size_t doc;
};

/* By key and date, then id and file: never by the order statements were
 * added in, which a threaded batch does not fix. */
static int cmp_entry(const void *a, const void *b)
{
    const struct election_entry *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (!c)
        c = strcmp(x->date, y->date);
    if (!c)
        c = strcmp(x->d->id, y->d->id);
    if (!c)
        c = strcmp(x->d->file, y->d->file);
    return c ? c : (x->doc > y->doc) - (x->doc < y->doc);
}

static void link_follow_ups(struct link_set *set)
{
    struct election_entry *entries = NULL;
    size_t n = 0;
    for (size_t i = 0; i < set->n; i++) {
        const struct linked *d = &set->docs[i];
        if (is_news(d) || !full_date(d->date) || !d->country || !d->issuer)
            continue;
        for (size_t e = 0; e < d->n_elections; e++) {
            const char *ed = d->elections[e].date;
            /* An election's year: its own date's, else the statement's. */
            const char *year = ed && ed[0] >= '0' && ed[0] <= '9' ? ed : d->date;
            struct election_entry *en = array_push(&entries, &n, sizeof *en);
            struct strbuf key = {0};
            strbuf_printf(&key, "%s|%s|%s|%.4s", issuing_side(d->issuer), d->country,
                          d->elections[e].type, year);
            en->key = strbuf_detach(&key);
            en->date = d->date;
            en->d = d;
            en->doc = i;
        }
    }
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
        add_relation(later, earlier, "follow-up", -1);
        add_relation(earlier, later, "followed-up-by", -1);
    }
    for (size_t k = 0; k < n; k++)
        free(entries[k].key);
    free(entries);
}

/* ---- ordering ---- */

static int relation_rank(const char *relation)
{
    static const char *const ORDER[] = {"same-statement", "quotes", "quoted-by", "follow-up",
                                        "followed-up-by", NULL};
    for (int i = 0; ORDER[i]; i++)
        if (strcmp(ORDER[i], relation) == 0)
            return i;
    return 99;
}

static int cmp_related(const void *a, const void *b)
{
    const struct related *x = a, *y = b;
    int c = relation_rank(x->relation) - relation_rank(y->relation);
    if (!c)
        c = y->overlap - x->overlap;
    if (!c)
        c = strcmp(x->id, y->id);
    return c ? c : strcmp(x->file, y->file);
}

void link_compute(struct link_set *set)
{
    for (size_t i = 0; i < set->n; i++) {
        free_related(set->docs[i].related, set->docs[i].n_related);
        set->docs[i].related = NULL;
        set->docs[i].n_related = 0;
    }
    link_text(set);
    link_follow_ups(set);
    for (size_t i = 0; i < set->n; i++) {
        struct linked *d = &set->docs[i];
        if (d->n_related > 1)
            qsort(d->related, d->n_related, sizeof *d->related, cmp_related);
        while (d->n_related > LINK_MAX_RELATED) {
            struct related *r = &d->related[--d->n_related];
            free(r->id);
            free(r->title);
            free(r->file);
        }
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
