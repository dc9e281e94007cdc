#include "sidecar.h"

#include <ctype.h>
#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "countries.h"
#include "dates.h"
#include "extract.h"
#include "output.h"
#include "rawtext.h"
#include "strbuf.h"

/* A sidecar is a few lines; anything much larger is not one. */
#define SIDECAR_MAX_BYTES (1u << 20)

/* The schema's statement kinds (statementKind in schema/statement.xsd). */
static const char *const KINDS[] = {"osce-pc-statement", "spokesperson-statement",
                                    "hrvp-declaration", "presidency-declaration",
                                    "local-statement", "press-release", "news-report",
                                    "other", NULL};

/* What a key may hold, and where its value goes. */
enum value_type { TEXT, KIND, DATE, LANGUAGE, COUNTRY_ISO, URL, DAY };

struct field {
    const char *object; /* NULL: top level */
    const char *key;
    enum value_type type;
};

static const struct field FIELDS[] = {
    {NULL, "title", TEXT},        {NULL, "issuer", TEXT},      {NULL, "kind", KIND},
    {NULL, "date", DATE},         {NULL, "place", TEXT},       {NULL, "reference", TEXT},
    {NULL, "language", LANGUAGE}, {"country", "iso", COUNTRY_ISO},
    {"author", "name", TEXT},     {"author", "role", TEXT},    {"source", "url", URL},
    {"source", "retrieved", DAY}, {NULL, NULL, TEXT}};

static const char KNOWN_KEYS[] =
    "title, issuer, kind, date, place, reference, language, country {iso}, "
    "author {name, role}, source {url, retrieved}";

char *sidecar_path(const char *raw_path)
{
    if (strcmp(raw_path, "-") == 0)
        return NULL;
    const char *base = strrchr(raw_path, '/');
    base = base ? base + 1 : raw_path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - raw_path) : strlen(raw_path);
    struct strbuf sb = {0};
    strbuf_printf(&sb, "%.*s.meta.json", (int)n, raw_path);
    return strbuf_detach(&sb);
}

int sidecar_is_name(const char *name)
{
    size_t n = strlen(name);
    return n > 10 && strcmp(name + n - 10, ".meta.json") == 0;
}

/* The line of the sidecar where "key" is written (after from, the
 * object's own key), for messages; jansson keeps no positions. */
static int line_of_key(const char *text, const char *object, const char *key)
{
    const char *from = text;
    struct strbuf q = {0};
    if (object) {
        strbuf_printf(&q, "\"%s\"", object);
        const char *o = strstr(text, q.data);
        if (o)
            from = o + q.len;
        q.len = 0;
    }
    strbuf_printf(&q, "\"%s\"", key);
    const char *k = strstr(from, q.data);
    strbuf_free(&q);
    int line = 1;
    for (const char *p = text; k && p < k; p++)
        line += *p == '\n';
    return line;
}

static int valid_day(const char *s)
{
    int y, m, d;
    char tail;
    if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || s[4] != '-' ||
        s[7] != '-' || m < 1 || m > 12 || d < 1)
        return 0;
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= days[m - 1] && !(m == 2 && d == 29 && !leap);
}

/* A value of the schema's date types: YYYY-MM-DD, YYYY-MM or YYYY. */
static int valid_date(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++)
        if (!(isdigit((unsigned char)s[i]) || (s[i] == '-' && (i == 4 || i == 7))))
            return 0;
    if (n == 4)
        return 1;
    if (n == 7)
        return s[4] == '-' && atoi(s + 5) >= 1 && atoi(s + 5) <= 12;
    return valid_day(s);
}

static int valid_language(const char *s)
{
    size_t run = 0;
    for (const char *p = s; *p; p++) {
        if (*p == '-') {
            if (!run)
                return 0;
            run = 0;
        } else if (isalnum((unsigned char)*p) && ++run <= 8) {
            continue;
        } else {
            return 0;
        }
    }
    return run > 0 && isalpha((unsigned char)s[0]);
}

/* Whether s holds a character no XML 1.0 document can carry (a C0
 * control other than tab, line feed and carriage return; U+FFFE, U+FFFF):
 * it would only fail later, in the build, as an internal error. */
static int holds_non_xml_char(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
            return 1;
        if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
            return 1;
    }
    return 0;
}

/* Why a value does not fit its key, or NULL. */
static const char *refusal(const struct field *f, json_t *v)
{
    if (!json_is_string(v))
        return "wants a string";
    const char *s = json_string_value(v);
    if (!*s || strlen(s) != json_string_length(v))
        return "wants a non-empty string";
    if (holds_non_xml_char(s))
        return "holds a control character that XML cannot carry";
    switch (f->type) {
    case TEXT:
        return NULL;
    case KIND:
        for (const char *const *k = KINDS; *k; k++)
            if (strcmp(*k, s) == 0)
                return NULL;
        return "is not a statement kind (osce-pc-statement, spokesperson-statement, "
               "hrvp-declaration, presidency-declaration, local-statement, press-release, "
               "news-report, other)";
    case DATE:
        return valid_date(s) ? NULL : "wants a date: YYYY-MM-DD, YYYY-MM or YYYY";
    case DAY:
        return valid_day(s) ? NULL : "wants a day: YYYY-MM-DD";
    case LANGUAGE:
        return valid_language(s) ? NULL : "wants a BCP 47 language tag (en, fr, sr-Latn)";
    case COUNTRY_ISO:
        return strlen(s) == 2 && country_display_name(s) ? NULL
                                                         : "wants an ISO 3166-1 alpha-2 code (KZ)";
    case URL:
        return output_url_is_http(s) ? NULL : "wants an absolute http(s) URL";
    }
    return NULL;
}

static void set_text(char **slot, const char *s)
{
    free(*slot);
    *slot = xstrdup(s);
}

/* Given language tags, interned: a statement's language is a string that
 * lives as long as the process, as the detected ones do (st->language is
 * never freed).  Open addressing, so many distinct tags stay linear. */
static pthread_mutex_t tags_lock = PTHREAD_MUTEX_INITIALIZER;
static const char **tags;
static size_t n_tags, cap_tags;

static size_t tag_slot(const char *const *table, size_t cap, const char *s)
{
    size_t h = 5381;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        h = h * 33 + *p;
    size_t i = h & (cap - 1);
    while (table[i] && strcmp(table[i], s) != 0)
        i = (i + 1) & (cap - 1);
    return i;
}

static const char *intern_tag(const char *s)
{
    if (2 * (n_tags + 1) > cap_tags) {
        size_t cap = cap_tags ? 2 * cap_tags : 16;
        const char **grown = xmalloc(cap * sizeof *grown);
        memset(grown, 0, cap * sizeof *grown);
        for (size_t i = 0; i < cap_tags; i++)
            if (tags[i])
                grown[tag_slot(grown, cap, tags[i])] = tags[i];
        free(tags);
        tags = grown;
        cap_tags = cap;
    }
    size_t i = tag_slot(tags, cap_tags, s);
    if (!tags[i]) {
        tags[i] = xstrdup(s);
        n_tags++;
    }
    return tags[i];
}

static void apply_field(const struct field *f, const char *s, struct statement *st)
{
    if (!f->object && strcmp(f->key, "title") == 0) {
        set_text(&st->title, s);
        st->title_derived = 0;
    } else if (!f->object && strcmp(f->key, "issuer") == 0) {
        set_text(&st->issuer, s);
    } else if (!f->object && strcmp(f->key, "kind") == 0) {
        for (const char *const *k = KINDS; *k; k++)
            if (strcmp(*k, s) == 0)
                st->kind = *k;
    } else if (!f->object && strcmp(f->key, "date") == 0) {
        set_text(&st->date.value, s);
        set_text(&st->date.text, s);
        st->date.relative = 0;
    } else if (!f->object && strcmp(f->key, "place") == 0) {
        set_text(&st->place, s);
    } else if (!f->object && strcmp(f->key, "reference") == 0) {
        set_text(&st->reference, s);
    } else if (!f->object && strcmp(f->key, "language") == 0) {
        /* The tag is kept for the life of the process, as detected ones
         * are (st->language is never freed); the workers share the list. */
        pthread_mutex_lock(&tags_lock);
        const char *tag = intern_tag(s);
        pthread_mutex_unlock(&tags_lock);
        st->language = tag;
    } else if (strcmp(f->object, "country") == 0) {
        memcpy(st->country_iso, s, 2);
        st->country_iso[2] = '\0';
        set_text(&st->country_name, country_display_name(s));
    } else if (strcmp(f->object, "author") == 0) {
        set_text(strcmp(f->key, "name") == 0 ? &st->author.name : &st->author.role, s);
    } else if (strcmp(f->object, "source") == 0) {
        set_text(strcmp(f->key, "url") == 0 ? &st->source.url : &st->source.retrieved, s);
    }
}

/* The JSON Pointer of a field, for provenance. */
static void note_given(const struct field *f, struct statement *st)
{
    char pointer[64];
    if (f->object && strcmp(f->object, "source") == 0)
        return; /* metadata of the file, not a field read from it */
    /* the country is one field (its code and name), extracted as "/country" */
    if (f->object && strcmp(f->object, "country") == 0)
        snprintf(pointer, sizeof pointer, "/country");
    else if (f->object)
        snprintf(pointer, sizeof pointer, "/%s/%s", f->object, f->key);
    else
        snprintf(pointer, sizeof pointer, "/%s", f->key);
    statement_note_given(st, pointer);
}

static const struct field *find_field(const char *object, const char *key)
{
    for (const struct field *f = FIELDS; f->key; f++)
        if (strcmp(f->key, key) == 0 &&
            ((!object && !f->object) || (object && f->object && strcmp(object, f->object) == 0)))
            return f;
    return NULL;
}

static int is_object_key(const char *key)
{
    for (const struct field *f = FIELDS; f->key; f++)
        if (f->object && strcmp(f->object, key) == 0)
            return 1;
    return 0;
}

int sidecar_apply(const char *raw_path, struct statement *st, char *err, size_t errlen)
{
    char *path = sidecar_path(raw_path);
    if (!path)
        return 0;
    struct strbuf sb = {0};
    char rerr[256];
    struct stat lst;
    if (lstat(path, &lst) != 0 && errno == ENOENT) {
        free(path);
        return 0;
    }
    if (read_file_bytes(path, SIDECAR_MAX_BYTES, &sb, rerr, sizeof rerr) != 0) {
        snprintf(err, errlen, "%s: %s", path, rerr);
        free(path);
        return -1;
    }
    const char *text = sb.data ? sb.data : "";
    json_error_t jerr;
    json_t *root = json_loadb(text, sb.len, JSON_REJECT_DUPLICATES, &jerr);
    int rc = 0;
    if (!root) {
        snprintf(err, errlen, "%s:%d: not JSON: %s", path, jerr.line > 0 ? jerr.line : 1,
                 jerr.text);
        rc = -1;
    } else if (!json_is_object(root)) {
        snprintf(err, errlen, "%s:1: wants a JSON object ({\"date\": \"2022-11-24\"})", path);
        rc = -1;
    }
    /* Checked whole before anything is applied: a bad sidecar changes
     * nothing. */
    for (int apply = 0; apply < 2 && rc == 0; apply++) {
        const char *key;
        json_t *value;
        json_object_foreach(root, key, value) {
            if (rc != 0)
                break;
            if (is_object_key(key)) {
                if (!json_is_object(value)) {
                    snprintf(err, errlen, "%s:%d: '%s' wants an object", path,
                             line_of_key(text, NULL, key), key);
                    rc = -1;
                    break;
                }
                const char *inner;
                json_t *v;
                json_object_foreach(value, inner, v) {
                    const struct field *f = find_field(key, inner);
                    const char *why = f ? refusal(f, v) : NULL;
                    if (!f || why) {
                        snprintf(err, errlen, "%s:%d: %s '%s/%s'%s%s", path,
                                 line_of_key(text, key, inner), f ? "the value of" : "unknown key",
                                 key, inner, f ? " " : "; the keys are ", f ? why : KNOWN_KEYS);
                        rc = -1;
                        break;
                    }
                    if (apply) {
                        apply_field(f, json_string_value(v), st);
                        note_given(f, st);
                    }
                }
                continue;
            }
            const struct field *f = find_field(NULL, key);
            const char *why = f ? refusal(f, value) : NULL;
            if (!f || why) {
                snprintf(err, errlen, "%s:%d: %s '%s'%s%s", path, line_of_key(text, NULL, key),
                         f ? "the value of" : "unknown key", key, f ? " " : "; the keys are ",
                         f ? why : KNOWN_KEYS);
                rc = -1;
                break;
            }
            if (apply) {
                apply_field(f, json_string_value(value), st);
                note_given(f, st);
            }
        }
    }
    if (rc == 0)
        extract_refresh(st);
    json_decref(root);
    strbuf_free(&sb);
    free(path);
    return rc;
}
