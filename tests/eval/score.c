/* score — compares converted statements with hand-annotated gold files.
 *
 * usage: score [--min X] [--spokesperson-is-author] [--languages TSV] GOLD_DIR OUT_DIR
 *
 * Each GOLD_DIR/NAME.json names its raw input ("input") and the expected
 * value of every scored field (tests/eval/README.md defines them).  The
 * statement converted from that input is read from OUT_DIR/STEM.json.
 * Prints one row per field (right / scored, accuracy), the overall figure
 * (the mean over every field of every document), the overall figure per
 * language, then every miss.  Exits 1 when the overall figure is below
 * --min, 2 on a usage or gold error.
 *
 * "author" is scored where the gold gives it.  --spokesperson-is-author:
 * the gold's "spokesperson" names who issues or delivers the statement
 * (the real corpus's convention, ../shared/corpus/README.md), so it is
 * compared with the output's author and the contact is not scored.
 * --languages TSV: a table with "item" and "language" columns gives each
 * document's language (the gold's "language", else the output's, when
 * absent). */
#include <jansson.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum field {
    F_TITLE, F_ISSUER, F_KIND, F_DATE, F_FORUM, F_PLACE, F_REFERENCE, F_COUNTRY,
    F_ELECTION_TYPES, F_ELECTION_DATE, F_SPOKESPERSON, F_AUTHOR, F_PARAGRAPHS,
    F_FIRST_PARAGRAPH, F_LAST_PARAGRAPH, F_ALIGNED, F_ORGANISATIONS, F_PEOPLE, F_COUNT
};

static const char *const FIELD_NAMES[F_COUNT] = {
    "title", "issuer", "kind", "date", "forum", "place", "reference", "country",
    "election_types", "election_date", "spokesperson", "author", "paragraphs",
    "first_paragraph", "last_paragraph", "aligned", "organisations", "people"};

struct tally {
    double score;
    int scored;
};

static struct tally tallies[F_COUNT];
static int misses_shown;
static int spokesperson_is_author;

/* Per-language totals: the document being scored adds to *current. */
struct language_tally {
    char tag[16];
    struct tally t;
    int documents;
};
static struct language_tally languages[64];
static size_t n_languages;
static struct language_tally *current;

static struct language_tally *language_tally(const char *tag)
{
    if (!tag || !*tag)
        tag = "und";
    for (size_t i = 0; i < n_languages; i++)
        if (strcmp(languages[i].tag, tag) == 0)
            return &languages[i];
    if (n_languages == sizeof languages / sizeof languages[0])
        return &languages[n_languages - 1];
    struct language_tally *l = &languages[n_languages++];
    snprintf(l->tag, sizeof l->tag, "%s", tag);
    return l;
}

static char *fold_space(const char *s)
{
    char *out = malloc(strlen(s) + 1);
    size_t n = 0;
    int space = 0;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\n' || *s == '\t') {
            space = n > 0;
            continue;
        }
        if (space)
            out[n++] = ' ';
        space = 0;
        out[n++] = *s;
    }
    out[n] = '\0';
    return out;
}

static const char *str_or_null(json_t *v)
{
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static void record(const char *doc, int f, double score, const char *want, const char *got)
{
    tallies[f].score += score;
    tallies[f].scored++;
    if (current) {
        current->t.score += score;
        current->t.scored++;
    }
    if (score < 1.0) {
        if (!misses_shown++)
            printf("\nmisses:\n");
        printf("  %-44s %-16s want %s\n  %-44s %-16s got  %s%s\n", doc, FIELD_NAMES[f],
               want ? want : "(none)", "", "", got ? got : "(none)",
               score > 0 ? " (partial)" : "");
    }
}

static void compare_strings(const char *doc, int f, const char *want, const char *got)
{
    char *w = want ? fold_space(want) : NULL;
    char *g = got ? fold_space(got) : NULL;
    int same = (!w && !g) || (w && g && strcmp(w, g) == 0);
    record(doc, f, same, w, g);
    free(w);
    free(g);
}

/* "head … tail": the paragraph must start with head and end with tail. */
static void compare_paragraph(const char *doc, int f, const char *want, const char *got)
{
    if (!want || !got) {
        record(doc, f, !want && !got, want, got);
        return;
    }
    char *w = fold_space(want), *g = fold_space(got);
    const char *sep = strstr(w, " \xe2\x80\xa6 ");
    int ok;
    if (sep) {
        size_t head = (size_t)(sep - w);
        const char *tail = sep + 5;
        size_t gl = strlen(g), tl = strlen(tail);
        ok = strncmp(g, w, head) == 0 && gl >= tl && strcmp(g + gl - tl, tail) == 0 &&
             gl >= head + tl;
    } else {
        ok = strcmp(w, g) == 0;
    }
    record(doc, f, ok, w, g);
    free(w);
    free(g);
}

/* The key a set member is compared by: people by surname, the rest whole. */
static const char *member_key(int f, const char *s)
{
    if (f != F_PEOPLE)
        return s;
    const char *sp = strrchr(s, ' ');
    return sp ? sp + 1 : s;
}

static int set_has(int f, json_t *set, const char *s)
{
    size_t i;
    json_t *v;
    json_array_foreach(set, i, v)
        if (json_is_string(v) &&
            strcasecmp(member_key(f, json_string_value(v)), member_key(f, s)) == 0)
            return 1;
    return 0;
}

static char *join(json_t *set)
{
    char *s = json_dumps(set, JSON_COMPACT | JSON_ENSURE_ASCII);
    return s;
}

/* Set F1; two empty sets agree fully. */
static void compare_sets(const char *doc, int f, json_t *want, json_t *got)
{
    size_t nw = json_array_size(want), ng = json_array_size(got), hit = 0, i;
    json_t *v;
    json_array_foreach(got, i, v)
        if (json_is_string(v) && set_has(f, want, json_string_value(v)))
            hit++;
    double score;
    if (nw == 0 && ng == 0)
        score = 1.0;
    else if (hit == 0)
        score = 0.0;
    else {
        double p = (double)hit / (double)ng, r = (double)hit / (double)nw;
        score = 2 * p * r / (p + r);
    }
    char *ws = join(want), *gs = join(got);
    record(doc, f, score, ws, gs);
    free(ws);
    free(gs);
}

/* Collects one string member of every object in an array. */
static json_t *pluck(json_t *array, const char *key)
{
    json_t *out = json_array(), *v;
    size_t i;
    json_array_foreach(array, i, v) {
        const char *s = str_or_null(json_object_get(v, key));
        if (s && !set_has(-1, out, s))
            json_array_append_new(out, json_string(s));
    }
    return out;
}

static const char *paragraph_text(json_t *paras, size_t i)
{
    return str_or_null(json_object_get(json_array_get(paras, i), "text"));
}

static void score_document(const char *doc, json_t *gold, json_t *out)
{
    /* A statement that did not convert scores nothing but absent fields. */
    json_t *empty = json_object();
    if (!out)
        out = empty;

    json_t *gt = json_object_get(gold, "title");
    const char *title = str_or_null(json_object_get(out, "title"));
    if (json_is_true(json_object_get(out, "title_derived")))
        title = NULL;
    compare_strings(doc, F_TITLE, str_or_null(gt), title);

    static const struct {
        int field;
        const char *gold_key, *out_key;
    } plain[] = {{F_ISSUER, "issuer", "issuer"}, {F_KIND, "kind", "kind"},
                 {F_DATE, "date", "date"},       {F_FORUM, "forum", "forum"},
                 {F_PLACE, "place", "place"},    {F_REFERENCE, "reference", "reference"}};
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++)
        compare_strings(doc, plain[i].field, str_or_null(json_object_get(gold, plain[i].gold_key)),
                        str_or_null(json_object_get(out, plain[i].out_key)));

    compare_strings(doc, F_COUNTRY, str_or_null(json_object_get(gold, "country")),
                    str_or_null(json_object_get(json_object_get(out, "country"), "iso")));

    json_t *elections = json_object_get(out, "elections");
    json_t *types = pluck(elections, "type");
    json_t *want_types = json_object_get(gold, "election_types");
    /* Election types are compared as a set, all or nothing. */
    int same = json_array_size(types) == json_array_size(want_types);
    size_t i;
    json_t *v;
    json_array_foreach(want_types, i, v)
        same = same && set_has(-1, types, json_string_value(v));
    char *ws = join(want_types), *gs = join(types);
    record(doc, F_ELECTION_TYPES, same, ws, gs);
    free(ws);
    free(gs);
    json_decref(types);

    compare_strings(doc, F_ELECTION_DATE, str_or_null(json_object_get(gold, "election_date")),
                    str_or_null(json_object_get(json_array_get(elections, 0), "date")));
    const char *author = str_or_null(json_object_get(json_object_get(out, "author"), "name"));
    if (spokesperson_is_author) {
        compare_strings(doc, F_AUTHOR, str_or_null(json_object_get(gold, "spokesperson")), author);
    } else {
        compare_strings(doc, F_SPOKESPERSON, str_or_null(json_object_get(gold, "spokesperson")),
                        str_or_null(json_object_get(json_object_get(out, "spokesperson"), "name")));
        if (json_object_get(gold, "author"))
            compare_strings(doc, F_AUTHOR, str_or_null(json_object_get(gold, "author")), author);
    }

    json_t *paras = json_object_get(out, "paragraphs");
    size_t n = json_array_size(paras);
    char want_n[32], got_n[32];
    snprintf(want_n, sizeof want_n, "%lld",
             (long long)json_integer_value(json_object_get(gold, "paragraphs")));
    snprintf(got_n, sizeof got_n, "%zu", out == empty ? (size_t)0 : n);
    record(doc, F_PARAGRAPHS, strcmp(want_n, got_n) == 0, want_n, got_n);
    compare_paragraph(doc, F_FIRST_PARAGRAPH, str_or_null(json_object_get(gold, "first_paragraph")),
                      n ? paragraph_text(paras, 0) : NULL);
    compare_paragraph(doc, F_LAST_PARAGRAPH, str_or_null(json_object_get(gold, "last_paragraph")),
                      n ? paragraph_text(paras, n - 1) : NULL);

    json_t *aligned = pluck(json_object_get(out, "aligned_countries"), "iso");
    compare_sets(doc, F_ALIGNED, json_object_get(gold, "aligned"), aligned);
    json_decref(aligned);
    json_t *orgs = json_object_get(out, "organisations");
    json_t *no_orgs = json_array();
    compare_sets(doc, F_ORGANISATIONS, json_object_get(gold, "organisations"),
                 json_is_array(orgs) ? orgs : no_orgs);
    json_decref(no_orgs);
    json_t *people = pluck(json_object_get(out, "people"), "name");
    compare_sets(doc, F_PEOPLE, json_object_get(gold, "people"), people);
    json_decref(people);
    json_decref(empty);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "input/000_x.txt" → "000_x" */
static char *stem_of(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char *s = strdup(base);
    char *dot = strrchr(s, '.');
    if (dot && dot != s)
        *dot = '\0';
    return s;
}

static const char *const REQUIRED[] = {
    "input", "title", "issuer", "kind", "date", "forum", "place", "reference", "country",
    "election_types", "election_date", "spokesperson", "paragraphs", "first_paragraph",
    "last_paragraph", "aligned", "organisations", "people", NULL};

/* item → language from a tab-separated table with a header row naming
 * the "item" and "language" columns; an empty object without a table. */
static json_t *load_languages(const char *path)
{
    json_t *map = json_object();
    if (!path)
        return map;
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "score: cannot open %s\n", path);
        json_decref(map);
        return NULL;
    }
    char line[8192];
    int item_col = -1, lang_col = -1, header = 1;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        char *cols[64];
        int n = 0;
        for (char *p = line; n < 64;) {
            cols[n++] = p;
            char *tab = strchr(p, '\t');
            if (!tab)
                break;
            *tab = '\0';
            p = tab + 1;
        }
        if (header) {
            for (int c = 0; c < n; c++) {
                if (strcmp(cols[c], "item") == 0)
                    item_col = c;
                if (strcmp(cols[c], "language") == 0)
                    lang_col = c;
            }
            header = 0;
            if (item_col < 0 || lang_col < 0) {
                fprintf(stderr, "%s:1: no \"item\" and \"language\" columns\n", path);
                fclose(f);
                json_decref(map);
                return NULL;
            }
            continue;
        }
        if (item_col < n && lang_col < n)
            json_object_set_new(map, cols[item_col], json_string(cols[lang_col]));
    }
    fclose(f);
    return map;
}

int main(int argc, char **argv)
{
    double min = 0;
    const char *languages_tsv = NULL;
    int a = 1;
    for (;;) {
        if (argc > a + 1 && strcmp(argv[a], "--min") == 0) {
            min = atof(argv[a + 1]);
            a += 2;
        } else if (argc > a + 1 && strcmp(argv[a], "--languages") == 0) {
            languages_tsv = argv[a + 1];
            a += 2;
        } else if (argc > a && strcmp(argv[a], "--spokesperson-is-author") == 0) {
            spokesperson_is_author = 1;
            a++;
        } else {
            break;
        }
    }
    if (argc - a != 2) {
        fprintf(stderr, "usage: score [--min X] [--spokesperson-is-author] [--languages TSV] "
                        "GOLD_DIR OUT_DIR\n");
        return 2;
    }
    json_t *language_of = load_languages(languages_tsv);
    if (!language_of)
        return 2;
    const char *gold_dir = argv[a], *out_dir = argv[a + 1];
    DIR *d = opendir(gold_dir);
    if (!d) {
        fprintf(stderr, "score: cannot open %s\n", gold_dir);
        return 2;
    }
    char **names = NULL;
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len > 5 && strcmp(e->d_name + len - 5, ".json") == 0) {
            names = realloc(names, (n + 1) * sizeof *names);
            names[n++] = strdup(e->d_name);
        }
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_names);

    int bad_gold = 0;
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", gold_dir, names[i]);
        json_error_t err;
        json_t *gold = json_load_file(path, 0, &err);
        if (!gold) {
            fprintf(stderr, "%s:%d: %s\n", path, err.line, err.text);
            bad_gold = 1;
            continue;
        }
        for (const char *const *k = REQUIRED; *k; k++)
            if (!json_object_get(gold, *k)) {
                fprintf(stderr, "%s: gold file lacks \"%s\"\n", path, *k);
                bad_gold = 1;
            }
        const char *input = str_or_null(json_object_get(gold, "input"));
        char *stem = stem_of(input ? input : names[i]);
        snprintf(path, sizeof path, "%s/%s.json", out_dir, stem);
        json_t *out = json_load_file(path, 0, &err);
        if (!out)
            printf("%s: not converted (%s)\n", names[i], err.text);
        const char *tag = str_or_null(json_object_get(language_of, stem));
        if (!tag)
            tag = str_or_null(json_object_get(gold, "language"));
        if (!tag)
            tag = str_or_null(json_object_get(out, "language"));
        current = language_tally(tag);
        current->documents++;
        score_document(names[i], gold, out);
        current = NULL;
        json_decref(out);
        json_decref(gold);
        free(stem);
        free(names[i]);
    }
    free(names);
    json_decref(language_of);
    if (bad_gold)
        return 2;

    printf("\n%-18s %9s %9s\n", "field", "right", "accuracy");
    double total = 0;
    int scored = 0;
    for (int f = 0; f < F_COUNT; f++) {
        if (!tallies[f].scored) {
            printf("%-18s %9s %9s\n", FIELD_NAMES[f], "-", "(not scored)");
            continue;
        }
        printf("%-18s %5.1f/%-3d %9.3f\n", FIELD_NAMES[f], tallies[f].score, tallies[f].scored,
               tallies[f].score / tallies[f].scored);
        total += tallies[f].score;
        scored += tallies[f].scored;
    }
    double overall = scored ? total / scored : 0.0;
    printf("%-18s %5.1f/%-3d %9.3f   (%zu documents)\n", "overall", total, scored, overall, n);
    for (size_t l = 0; l < n_languages; l++)
        printf("language %-9s %5.1f/%-3d %9.3f   (%d documents)\n", languages[l].tag,
               languages[l].t.score, languages[l].t.scored,
               languages[l].t.scored ? languages[l].t.score / languages[l].t.scored : 0.0,
               languages[l].documents);
    if (overall < min) {
        printf("overall %.3f is below the required %.3f\n", overall, min);
        return 1;
    }
    return 0;
}
