/* Language identification with libexttextcat (see language.h). */
#include "language.h"

#include <fingerprint.h>
/* libexttextcat's MAXOUTOFPLACE and MAXSCORE, which the index's scores
 * must use to be fp_Compare's. */
#include <constants.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

#ifndef COMMUNIQUE_TEXTCAT_DIR
#define COMMUNIQUE_TEXTCAT_DIR "/usr/share/libexttextcat"
#endif

/* The n-grams compared per fingerprint: 200 of the 400 the files hold
 * decide as all 400 do on every statement of tests/eval and the real
 * corpus at under half the cost (a single short sentence may still take
 * Italian for Friulian, with 200 or 400 alike). */
#define FINGERPRINT_NGRAMS 200
/* Bytes of text read: a paragraph or two tells the language. */
#define SAMPLE_BYTES 600
/* Below this many bytes of text, no language is told. */
#define MIN_SAMPLE_BYTES 40

/* Scripts told apart before comparing: a text in one script is compared
 * only with the languages written in it (most of the cost is the
 * comparisons). */
enum script { SCRIPT_LATIN, SCRIPT_CYRILLIC, SCRIPT_OTHER, SCRIPT_COUNT };

struct category {
    void *fp;
    enum script script;
    int indexed;            /* its n-grams are in the index (else compared by fp_Compare) */
    char tag[24];
};

static struct category *categories;
static size_t n_categories;
static pthread_once_t loaded = PTHREAD_ONCE_INIT;

/* The categories' n-grams as one inverted index: n-gram → (category,
 * rank) for every category holding it.  fp_Compare walks two sorted
 * lists per category, 160 categories a text; the index gives every
 * category's score from one lookup per n-gram of the text.  The score is
 * fp_Compare's own: for each n-gram of the text, the difference of its
 * ranks, or MAXOUTOFPLACE when the category lacks it. */
struct posting {
    unsigned short category, rank;
};

struct ngram_entry {
    char *text;
    struct posting *postings;
    size_t n, cap;
};

static struct ngram_entry *ngrams;  /* open addressing, ngram_mask + 1 slots */
static size_t ngram_mask, n_ngrams;

static void unload(void)
{
    for (size_t i = 0; i < n_categories; i++)
        fp_Done(categories[i].fp);
    free(categories);
    categories = NULL;
    n_categories = 0;
    for (size_t i = 0; ngrams && i <= ngram_mask; i++) {
        free(ngrams[i].text);
        free(ngrams[i].postings);
    }
    free(ngrams);
    ngrams = NULL;
}

/* The entry for text, made when create is set (NULL if absent). */
static struct ngram_entry *ngram_slot(const char *text, int create)
{
    if (create && (n_ngrams + 1) * 2 > ngram_mask + 1) {
        size_t old_size = ngrams ? ngram_mask + 1 : 0, size = old_size ? old_size * 2 : 4096;
        struct ngram_entry *old = ngrams;
        ngrams = xmalloc(size * sizeof *ngrams);
        memset(ngrams, 0, size * sizeof *ngrams);
        ngram_mask = size - 1;
        for (size_t i = 0; i < old_size; i++)
            if (old[i].text) {
                size_t h = string_hash(old[i].text) & ngram_mask;
                while (ngrams[h].text)
                    h = (h + 1) & ngram_mask;
                ngrams[h] = old[i];
            }
        free(old);
    }
    if (!ngrams)
        return NULL;
    size_t h = string_hash(text) & ngram_mask;
    while (ngrams[h].text) {
        if (strcmp(ngrams[h].text, text) == 0)
            return &ngrams[h];
        h = (h + 1) & ngram_mask;
    }
    if (!create)
        return NULL;
    ngrams[h].text = xstrdup(text);
    n_ngrams++;
    return &ngrams[h];
}

/* A fingerprint's n-grams in rank order, one per line (fp_Print's form:
 * an n-gram holds no white space); a malloc'ed buffer, NULL on failure. */
static char *fingerprint_lines(void *fp, size_t *len)
{
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    if (!f)
        return NULL;
    fp_Print(fp, f);
    if (fclose(f) != 0) {
        free(buf);
        return NULL;
    }
    return buf;
}

/* Puts category c's n-grams in the index.  A category listing an n-gram
 * twice is left to fp_Compare, whose merge counts only one of the two. */
static void index_category(size_t c)
{
    size_t len;
    char *lines = fingerprint_lines(categories[c].fp, &len);
    if (!lines || c > USHRT_MAX) {
        free(lines);
        return;
    }
    unsigned short rank = 0;
    int duplicate = 0;
    for (char *line = lines, *nl; !duplicate && (nl = strchr(line, '\n')); line = nl + 1, rank++) {
        *nl = '\0';
        struct ngram_entry *e = ngram_slot(line, 1);
        duplicate = e->n && e->postings[e->n - 1].category == c;
        if (!duplicate) {
            if (e->n == e->cap) {
                e->cap = e->cap ? e->cap * 2 : 4;
                e->postings = xrealloc(e->postings, e->cap * sizeof *e->postings);
            }
            e->postings[e->n++] = (struct posting){(unsigned short)c, rank};
        }
    }
    free(lines);
    if (duplicate) {
        /* Take back what went in; the category is compared the old way. */
        for (size_t i = 0; i <= ngram_mask; i++)
            while (ngrams[i].n && ngrams[i].postings[ngrams[i].n - 1].category == c)
                ngrams[i].n--;
        return;
    }
    categories[c].indexed = 1;
}

static enum script script_of(unsigned cp)
{
    if (cp < 0x250)
        return SCRIPT_LATIN;
    if (cp >= 0x400 && cp < 0x530)
        return SCRIPT_CYRILLIC;
    return SCRIPT_OTHER;
}

/* Decodes one UTF-8 character (the text is valid UTF-8). */
static unsigned next_cp(const unsigned char **p)
{
    const unsigned char *s = *p;
    unsigned cp = *s;
    int extra = cp >= 0xf0 ? 3 : cp >= 0xe0 ? 2 : cp >= 0xc0 ? 1 : 0;
    if (extra)
        cp &= 0x3fu >> extra;
    s++;
    while (extra-- > 0 && (*s & 0xc0) == 0x80)
        cp = (cp << 6) | (*s++ & 0x3f);
    *p = s;
    return cp;
}

static int is_letter_cp(unsigned cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp >= 0xc0;
}

/* The script most of the letters of text[0, len) are written in. */
static enum script dominant_script(const char *text, size_t len)
{
    size_t count[SCRIPT_COUNT] = {0};
    const unsigned char *p = (const unsigned char *)text, *end = p + len;
    while (p < end) {
        unsigned cp = next_cp(&p);
        if (is_letter_cp(cp))
            count[script_of(cp)]++;
    }
    enum script best = SCRIPT_LATIN;
    for (int k = 1; k < SCRIPT_COUNT; k++)
        if (count[k] > count[best])
            best = (enum script)k;
    return best;
}

/* A fingerprint file's script: that of its most frequent n-grams. */
static enum script file_script(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return SCRIPT_OTHER;
    char line[256], sample[2048];
    size_t n = 0;
    for (int k = 0; k < 30 && fgets(line, sizeof line, f); k++) {
        size_t l = strcspn(line, "\t ");
        if (n + l < sizeof sample) {
            memcpy(sample + n, line, l);
            n += l;
        }
    }
    fclose(f);
    return dominant_script(sample, n);
}

/* fpdb.conf: "FILE.lm  NAME" per line; the file's stem is the BCP 47 tag
 * (the NAME column is the older "en--utf8" form). */
static void load(void)
{
    FILE *conf = fopen(COMMUNIQUE_TEXTCAT_DIR "/fpdb.conf", "r");
    if (!conf)
        return;
    char line[512];
    size_t cap = 0;
    while (fgets(line, sizeof line, conf)) {
        char file[256];
        if (line[0] == '#' || sscanf(line, "%255s", file) != 1)
            continue;
        size_t len = strlen(file);
        if (len < 4 || len - 3 >= sizeof categories[0].tag || strcmp(file + len - 3, ".lm") != 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", COMMUNIQUE_TEXTCAT_DIR, file);
        void *fp = fp_Init(NULL);
        if (!fp)
            continue;
        fp_SetProperty(fp, TCPROP_UTF8AWARE, TC_TRUE);
        if (fp_Read(fp, path, FINGERPRINT_NGRAMS) == 0) {
            fp_Done(fp);
            continue;
        }
        if (n_categories == cap) {
            cap = cap ? cap * 2 : 64;
            categories = xrealloc(categories, cap * sizeof *categories);
        }
        struct category *c = &categories[n_categories++];
        c->fp = fp;
        c->script = file_script(path);
        c->indexed = 0;
        memcpy(c->tag, file, len - 3);
        c->tag[len - 3] = '\0';
        index_category(n_categories - 1);
    }
    fclose(conf);
    atexit(unload);
}

/* The sample ends on a character boundary. */
static size_t sample_length(const char *text, size_t len)
{
    if (len <= SAMPLE_BYTES)
        return len;
    size_t n = SAMPLE_BYTES;
    while (n > 0 && ((unsigned char)text[n] & 0xc0) == 0x80)
        n--;
    return n;
}

static const char *identify(const char *text, size_t len, int use_index)
{
    pthread_once(&loaded, load);
    size_t n = sample_length(text, len);
    if (n < MIN_SAMPLE_BYTES || n_categories == 0)
        return "und";
    void *unknown = fp_Init(NULL);
    if (!unknown)
        return "und";
    fp_SetProperty(unknown, TCPROP_UTF8AWARE, TC_TRUE);
    const char *best = "und";
    if (fp_Create(unknown, text, (unsigned)n, FINGERPRINT_NGRAMS)) {
        enum script script = dominant_script(text, n);
        /* Every indexed category's score at once: MAXOUTOFPLACE for each
         * n-gram of the text, less what the categories holding it save. */
        long *score = xmalloc(n_categories * sizeof *score);
        size_t bytes, size = 0;
        char *lines = fingerprint_lines(unknown, &bytes);
        if (lines) {
            for (char *nl = lines; (nl = strchr(nl, '\n')); size++)
                *nl++ = '\0';
            for (size_t i = 0; i < n_categories; i++)
                score[i] = (long)size * MAXOUTOFPLACE;
            long rank = 0;
            for (char *line = lines; rank < (long)size; line += strlen(line) + 1, rank++) {
                const struct ngram_entry *e = ngram_slot(line, 0);
                for (size_t k = 0; e && k < e->n; k++) {
                    long d = rank - e->postings[k].rank;
                    score[e->postings[k].category] += (d < 0 ? -d : d) - MAXOUTOFPLACE;
                }
            }
        }
        /* The score is a distance; the best so far is the cutoff, so a
         * language that cannot win stops early.  The first of equals wins
         * (fpdb.conf lists the likelier languages first). */
        int best_score = INT_MAX;
        for (size_t i = 0; i < n_categories; i++) {
            if (script != SCRIPT_OTHER && categories[i].script != script)
                continue;
            int s;
            if (use_index && lines && categories[i].indexed)
                s = score[i] > best_score ? MAXSCORE : (int)score[i];
            else
                s = fp_Compare(categories[i].fp, unknown, best_score);
            if (s < best_score) {
                best_score = s;
                best = categories[i].tag;
            }
        }
        free(lines);
        free(score);
    }
    fp_Done(unknown);
    return best;
}

const char *language_identify(const char *text, size_t len)
{
    return identify(text, len, 1);
}

const char *language_identify_by_merge(const char *text, size_t len)
{
    return identify(text, len, 0);
}
