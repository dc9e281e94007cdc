/* gencountries — build-time generator of the country tables.
 *
 * Reads Debian's iso-codes (the maintained source of country names): the
 * ISO 3166-1 JSON and every translation it ships (the gettext catalogues
 * LANG/LC_MESSAGES/iso_3166-1.mo), plus the project's own aliases
 * (src/countries_aliases.tsv), and prints C tables:
 *   ISO_COUNTRIES  code, short, official and common name (English);
 *   COUNTRY_NAMES  every name as matching needs it: its words case-folded
 *                  and NFC-normalised with utf8proc, sorted by first word.
 * A name in a language with a Snowball stemmer (libstemmer) gets a second,
 * "stem" entry of the stems of its words, which a text in that language
 * matches with up to three more characters per word ("Kasachstans",
 * "Казахстане"); Bulgarian, which Snowball lacks, strips a small table of
 * endings instead.  English names are matched as written.
 *
 * usage: gencountries ISO_3166-1.json ALIASES.tsv [LOCALE_DIR/iso_3166-1.mo …] */
#include <jansson.h>
#include <libstemmer.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "utf8.h"

struct entry {
    char *key, *rest;   /* first word; the other words, space-separated */
    char lang[8];       /* the language of a stem entry, else its source's */
    char alpha2[3];
    int adjective, stem, foreign;
    int derived;        /* the short name before an ISO name's comma */
    int dropped;
};

static struct entry *entries;
static size_t n_entries, cap_entries;

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q) {
        fputs("gencountries: out of memory\n", stderr);
        exit(1);
    }
    return q;
}

static char *fold(const char *s)
{
    utf8proc_uint8_t *out = NULL;
    if (utf8proc_map((const utf8proc_uint8_t *)s, 0, &out,
                     UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD) < 0)
        return NULL;
    return (char *)out;
}

/* The byte is a separator between words: ASCII punctuation and space
 * (the hyphen joins: "Guinea-Bissau"). */
static int separator(unsigned char c)
{
    return c < 0x80 && !(c >= '0' && c <= '9') && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') &&
           c != '-';
}

/* A separator that is not ASCII (utf8.c, shared with the matcher). */
static size_t unicode_separator(const unsigned char *s)
{
    return utf8_word_separator((const char *)s);
}

/* Splits s into words; returns their count (at most max). */
static size_t words_of(const char *s, char **w, size_t max)
{
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)s;
    while (*p && n < max) {
        size_t u = 0;
        while (*p && (separator(*p) || (u = unicode_separator(p)) != 0))
            p += separator(*p) ? 1 : u;
        if (!*p)
            break;
        const unsigned char *start = p;
        while (*p && !separator(*p) && !unicode_separator(p))
            p++;
        w[n] = malloc((size_t)(p - start) + 1);
        memcpy(w[n], start, (size_t)(p - start));
        w[n][p - start] = '\0';
        n++;
    }
    return n;
}

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xc0) != 0x80;
    return n;
}

/* Bulgarian has no Snowball stemmer: the definite article and a final
 * vowel come off ("Русия" / "Русията"). */
static const char *const BG_ENDINGS[] = {"\xd1\x8a\xd1\x82", "\xd1\x8f\xd1\x82", "\xd1\x82\xd0\xb0",
                                         "\xd1\x82\xd0\xbe", "\xd1\x82\xd0\xb5", "\xd0\xb0",
                                         "\xd1\x8f", NULL}; /* ът ят та то те а я */

static char *stem_word(struct sb_stemmer *st, const char *lang, const char *w)
{
    if (st) {
        const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)w, (int)strlen(w));
        return s ? strdup((const char *)s) : strdup(w);
    }
    if (strcmp(lang, "bg") == 0) {
        size_t len = strlen(w);
        for (const char *const *e = BG_ENDINGS; *e; e++) {
            size_t el = strlen(*e);
            if (len > el && strcmp(w + len - el, *e) == 0 && utf8_chars(w) - utf8_chars(*e) >= 4)
                return strndup(w, len - el);
        }
    }
    return strdup(w);
}

static void add_name(const char *name, const char *alpha2, const char *lang, int adjective,
                     int foreign, struct sb_stemmer *stemmer, int derived);

static void add(const char *name, const char *alpha2, const char *lang, int adjective,
                int foreign, struct sb_stemmer *stemmer)
{
    if (!name || !*name || strchr(name, '('))
        return; /* "Bolivia (Plurinational State of)": never in prose */
    /* "Moldova, Republic of", "Молдова, Республика": never in prose as a
     * whole, but the short name before the comma is the country's, unless
     * another country's name shortens to it too ("Korea, …"). */
    const char *comma = strchr(name, ',');
    if (comma) {
        char *short_name = strndup(name, (size_t)(comma - name));
        if (short_name)
            add_name(short_name, alpha2, lang, adjective, foreign, stemmer, 1);
        free(short_name);
        return;
    }
    add_name(name, alpha2, lang, adjective, foreign, stemmer, 0);
}

static void add_name(const char *name, const char *alpha2, const char *lang, int adjective,
                     int foreign, struct sb_stemmer *stemmer, int derived)
{
    char *folded = fold(name);
    if (!folded)
        return;
    char *w[16];
    size_t n = words_of(folded, w, 16);
    free(folded);
    if (n == 0)
        return;
    int stems = stemmer != NULL || strcmp(lang, "bg") == 0;
    for (int pass = 0; pass < 1 + stems; pass++) {
        struct strbuf_lite {
            char *d;
            size_t len;
        } rest = {NULL, 0};
        char *key = pass ? stem_word(stemmer, lang, w[0]) : strdup(w[0]);
        if (pass && utf8_chars(key) < 4) {
            free(key);
            break; /* too short a stem matches too much */
        }
        for (size_t i = 1; i < n; i++) {
            char *word = pass ? stem_word(stemmer, lang, w[i]) : strdup(w[i]);
            size_t l = strlen(word);
            rest.d = xrealloc(rest.d, rest.len + l + 2);
            if (rest.len)
                rest.d[rest.len++] = ' ';
            memcpy(rest.d + rest.len, word, l);
            rest.len += l;
            rest.d[rest.len] = '\0';
            free(word);
        }
        if (n_entries == cap_entries) {
            cap_entries = cap_entries ? cap_entries * 2 : 4096;
            entries = xrealloc(entries, cap_entries * sizeof *entries);
        }
        struct entry *e = &entries[n_entries++];
        e->key = key;
        e->rest = rest.d ? rest.d : strdup("");
        snprintf(e->lang, sizeof e->lang, "%s", lang);
        memcpy(e->alpha2, alpha2, 3);
        e->adjective = adjective;
        e->stem = pass;
        e->foreign = foreign;
        e->derived = derived;
        e->dropped = 0;
    }
    for (size_t i = 0; i < n; i++)
        free(w[i]);
}

/* A gettext catalogue: msgid → msgstr, little- or big-endian. */
struct mo {
    unsigned char *data;
    size_t size;
    int swap;
    uint32_t n, originals, translations;
};

static uint32_t u32(const struct mo *m, size_t at)
{
    if (at + 4 > m->size)
        return 0;
    const unsigned char *p = m->data + at;
    return m->swap ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
                   : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static int mo_open(struct mo *m, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    m->data = NULL;
    m->size = 0;
    unsigned char buf[65536];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, f)) > 0) {
        m->data = xrealloc(m->data, m->size + got);
        memcpy(m->data + m->size, buf, got);
        m->size += got;
    }
    fclose(f);
    m->swap = 0;
    if (u32(m, 0) != 0x950412deu) {
        m->swap = 1;
        if (u32(m, 0) != 0x950412deu) {
            free(m->data);
            return 0;
        }
    }
    m->n = u32(m, 8);
    m->originals = u32(m, 12);
    m->translations = u32(m, 16);
    return 1;
}

/* The string of table entry i, or NULL when it lies outside the file. */
static const char *mo_string(const struct mo *m, uint32_t table, uint32_t i)
{
    uint32_t len = u32(m, table + 8 * (size_t)i), at = u32(m, table + 8 * (size_t)i + 4);
    if ((size_t)at + len >= m->size || m->data[at + len] != '\0')
        return NULL;
    return (const char *)m->data + at;
}

/* "pt_BR/LC_MESSAGES/iso_3166-1.mo", "sr@latin/…" → "pt", "sr". */
static void lang_of_path(const char *path, char *lang, size_t size)
{
    const char *end = strstr(path, "/LC_MESSAGES/");
    const char *start = end;
    while (start && start > path && start[-1] != '/')
        start--;
    size_t n = start ? strcspn(start, "_@/.") : 0;
    if (n >= size)
        n = size - 1;
    memcpy(lang, start ? start : "", n);
    lang[n] = '\0';
}

static int by_key(const void *a, const void *b)
{
    const struct entry *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c == 0)
        c = strcmp(x->rest, y->rest);
    if (c == 0)
        c = x->stem - y->stem;
    if (c == 0)
        c = strcmp(x->alpha2, y->alpha2);
    if (c == 0)
        c = x->foreign - y->foreign;
    if (c == 0)
        c = strcmp(x->lang, y->lang);
    return c;
}

static void put_c_string(const char *s)
{
    if (!s) {
        fputs("NULL", stdout);
        return;
    }
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            printf("\\%c", *p);
        else if (*p >= 0x80 || *p < 0x20)
            printf("\\%03o", *p); /* octal: never runs into the next byte */
        else
            putchar(*p);
    }
    putchar('"');
}

static int by_alpha2(const void *a, const void *b)
{
    const char *x = json_string_value(json_object_get(*(json_t *const *)a, "alpha_2"));
    const char *y = json_string_value(json_object_get(*(json_t *const *)b, "alpha_2"));
    return strcmp(x, y);
}

static void read_aliases(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "gencountries: cannot open %s\n", path);
        exit(1);
    }
    char line[1024];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        char *col[4] = {line, NULL, NULL, NULL};
        for (int c = 1; c < 4; c++) {
            char *tab = col[c - 1] ? strchr(col[c - 1], '\t') : NULL;
            if (tab) {
                *tab = '\0';
                col[c] = tab + 1;
            }
        }
        if (!col[1] || !col[2] || strlen(col[1]) != 2 ||
            (strcmp(col[2], "name") != 0 && strcmp(col[2], "adjective") != 0)) {
            fprintf(stderr, "%s:%d: want TEXT<TAB>CC<TAB>name|adjective<TAB>[LANG]\n", path, lineno);
            exit(1);
        }
        const char *lang = col[3] ? col[3] : "";
        struct sb_stemmer *st = *lang && strcmp(lang, "en") != 0 ? sb_stemmer_new(lang, NULL) : NULL;
        add(col[0], col[1], lang, strcmp(col[2], "adjective") == 0, 0, st);
        if (st)
            sb_stemmer_delete(st);
    }
    fclose(f);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s iso_3166-1.json aliases.tsv [iso_3166-1.mo …]\n", argv[0]);
        return 2;
    }
    json_error_t error;
    json_t *root = json_load_file(argv[1], 0, &error);
    if (!root) {
        fprintf(stderr, "gencountries: %s:%d: %s\n", argv[1], error.line, error.text);
        return 1;
    }
    json_t *list = json_object_get(root, "3166-1");
    size_t n = json_array_size(list);
    if (n < 200) {
        fprintf(stderr, "gencountries: %s: expected the 3166-1 list, found %zu entries\n",
                argv[1], n);
        json_decref(root);
        return 1;
    }
    json_t **iso = malloc(n * sizeof *iso);
    if (!iso)
        return 1;
    for (size_t i = 0; i < n; i++)
        iso[i] = json_array_get(list, i);
    /* Sorted by code so the generated file is the same for any input order. */
    qsort(iso, n, sizeof *iso, by_alpha2);

    static const char *const KEYS[] = {"name", "official_name", "common_name"};
    json_t *code_of = json_object(); /* English name → code, for the catalogues */
    for (size_t i = 0; i < n; i++) {
        const char *a2 = json_string_value(json_object_get(iso[i], "alpha_2"));
        for (int k = 0; k < 3; k++) {
            const char *name = json_string_value(json_object_get(iso[i], KEYS[k]));
            if (name) {
                add(name, a2, "", 0, 0, NULL);
                json_object_set_new(code_of, name, json_string(a2));
            }
        }
    }
    read_aliases(argv[2]);
    for (int a = 3; a < argc; a++) {
        struct mo m;
        if (!mo_open(&m, argv[a])) {
            fprintf(stderr, "gencountries: %s: not a gettext catalogue\n", argv[a]);
            return 1;
        }
        char lang[8];
        lang_of_path(argv[a], lang, sizeof lang);
        struct sb_stemmer *st =
            *lang && strcmp(lang, "en") != 0 ? sb_stemmer_new(lang, NULL) : NULL;
        for (uint32_t i = 0; i < m.n; i++) {
            const char *id = mo_string(&m, m.originals, i);
            const char *str = mo_string(&m, m.translations, i);
            json_t *code = id && *id ? json_object_get(code_of, id) : NULL;
            if (code && str && *str)
                add(str, json_string_value(code), lang, 0, 1, st);
        }
        if (st)
            sb_stemmer_delete(st);
        free(m.data);
    }

    qsort(entries, n_entries, sizeof *entries, by_key);
    /* A short name two countries share names neither. */
    for (size_t i = 0; i < n_entries;) {
        size_t j = i;
        int codes = 0;
        while (j < n_entries && strcmp(entries[j].key, entries[i].key) == 0 &&
               strcmp(entries[j].rest, entries[i].rest) == 0 && entries[j].stem == entries[i].stem) {
            if (j == i || strcmp(entries[j].alpha2, entries[j - 1].alpha2) != 0)
                codes++;
            j++;
        }
        if (codes > 1)
            for (size_t k = i; k < j; k++)
                entries[k].dropped = entries[k].derived;
        i = j;
    }

    puts("/* Generated by src/gen/gencountries.c from iso-codes and");
    puts(" * src/countries_aliases.tsv: do not edit. */");
    puts("#include \"countries.h\"\n");
    puts("const struct iso_country ISO_COUNTRIES[] = {");
    for (size_t i = 0; i < n; i++) {
        json_t *c = iso[i];
        fputs("    {", stdout);
        for (int k = -1; k < 3; k++) {
            if (k >= 0)
                fputs(", ", stdout);
            put_c_string(json_string_value(json_object_get(c, k < 0 ? "alpha_2" : KEYS[k])));
        }
        puts("},");
    }
    puts("};\n");
    printf("const size_t ISO_COUNTRY_COUNT = %zu;\n\n", n);
    puts("const struct country_name COUNTRY_NAMES[] = {");
    size_t written = 0;
    const struct entry *last = NULL;
    for (size_t i = 0; i < n_entries; i++) {
        struct entry *e = &entries[i];
        if (e->dropped)
            continue;
        /* One row per name and code: the same words in many languages
         * are one exact entry (the English or alias one first); a stem
         * entry keeps its language. */
        if (last) {
            const struct entry *p = last;
            if (strcmp(p->key, e->key) == 0 && strcmp(p->rest, e->rest) == 0 &&
                p->stem == e->stem && strcmp(p->alpha2, e->alpha2) == 0 &&
                (!e->stem || strcmp(p->lang, e->lang) == 0))
                continue;
        }
        last = e;
        fputs("    {", stdout);
        put_c_string(e->key);
        fputs(", ", stdout);
        put_c_string(e->rest);
        fputs(", ", stdout);
        put_c_string(e->stem || e->foreign ? e->lang : "");
        printf(", \"%s\", %d, %d, %d},\n", e->alpha2, e->adjective, e->stem, e->foreign);
        written++;
    }
    puts("};\n");
    printf("const size_t COUNTRY_NAME_COUNT = %zu;\n", written);
    for (size_t i = 0; i < n_entries; i++) {
        free(entries[i].key);
        free(entries[i].rest);
    }
    free(entries);
    free(iso);
    json_decref(code_of);
    json_decref(root);
    return 0;
}
