/* Language identification with libexttextcat (see language.h). */
#include "language.h"

#include <fingerprint.h>
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
    char tag[24];
};

static struct category *categories;
static size_t n_categories;
static pthread_once_t loaded = PTHREAD_ONCE_INIT;

static void unload(void)
{
    for (size_t i = 0; i < n_categories; i++)
        fp_Done(categories[i].fp);
    free(categories);
    categories = NULL;
    n_categories = 0;
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
        memcpy(c->tag, file, len - 3);
        c->tag[len - 3] = '\0';
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

const char *language_identify(const char *text, size_t len)
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
        int best_score = INT_MAX;
        /* The score is a distance; the best so far is the cutoff, so a
         * language that cannot win stops early.  The first of equals wins
         * (fpdb.conf lists the likelier languages first). */
        enum script script = dominant_script(text, n);
        for (size_t i = 0; i < n_categories; i++) {
            if (script != SCRIPT_OTHER && categories[i].script != script)
                continue;
            int s = fp_Compare(categories[i].fp, unknown, best_score);
            if (s < best_score) {
                best_score = s;
                best = categories[i].tag;
            }
        }
    }
    fp_Done(unknown);
    return best;
}
