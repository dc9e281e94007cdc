/* match — does a statement's JSON hold what a test expects of it?
 *
 * usage: match EXPECTED.json ACTUAL.json
 *
 * EXPECTED is a partial statement in the JSON contract: only the keys it
 * names are compared, recursively.  A string "head … tail" (with the
 * ellipsis U+2026 between spaces) matches any text that starts with head
 * and ends with tail.  An array matches an array of the same length,
 * element by element, unless its last element is the string "…": then
 * each of the other elements must match a distinct element of the actual
 * array, in any order, others allowed (a set-aside list or a set of
 * organisations that must contain these).
 * Every mismatch is printed as "POINTER: want W, got G".  Exit status 0
 * on a match, 1 on a mismatch, 2 on a usage or file error. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ELLIPSIS "\xe2\x80\xa6"

static int quiet; /* while probing array elements for a subsequence */

static void report(const char *pointer, const json_t *want, const json_t *got)
{
    if (quiet)
        return;
    char *w = json_dumps(want, JSON_ENCODE_ANY | JSON_COMPACT);
    char *g = got ? json_dumps(got, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
    printf("%s: want %s, got %s\n", *pointer ? pointer : "/", w ? w : "?", g ? g : "(missing)");
    free(w);
    free(g);
}

static int string_matches(const char *want, const char *got)
{
    const char *cut = strstr(want, " " ELLIPSIS " ");
    if (!cut)
        return strcmp(want, got) == 0;
    size_t head = (size_t)(cut - want);
    const char *tail = cut + strlen(" " ELLIPSIS " ");
    size_t gl = strlen(got), tl = strlen(tail);
    return gl >= head + tl && strncmp(got, want, head) == 0 && strcmp(got + gl - tl, tail) == 0;
}

static int matches(const json_t *want, const json_t *got, const char *pointer);

static int array_matches(const json_t *want, const json_t *got, const char *pointer)
{
    size_t nw = json_array_size(want), ng = json_array_size(got);
    const json_t *last = json_array_get(want, nw ? nw - 1 : 0);
    char at[1024];
    if (nw && json_is_string(last) && strcmp(json_string_value(last), ELLIPSIS) == 0) {
        char *used = calloc(ng + 1, 1);
        int ok = used != NULL;
        for (size_t w = 0; ok && w + 1 < nw; w++) {
            int saved = quiet, found = 0;
            quiet = 1;
            for (size_t g = 0; g < ng && !found; g++) {
                snprintf(at, sizeof at, "%s/%zu", pointer, g);
                if (!used[g] && matches(json_array_get(want, w), json_array_get(got, g), at))
                    used[g] = found = 1;
            }
            quiet = saved;
            if (!found) {
                snprintf(at, sizeof at, "%s (contains, entry %zu)", pointer, w);
                report(at, json_array_get(want, w), NULL);
                ok = 0;
            }
        }
        free(used);
        return ok;
    }
    if (nw != ng) {
        snprintf(at, sizeof at, "%s (length)", pointer);
        json_t *a = json_integer((json_int_t)nw), *b = json_integer((json_int_t)ng);
        report(at, a, b);
        json_decref(a);
        json_decref(b);
        return 0;
    }
    int ok = 1;
    for (size_t i = 0; i < nw; i++) {
        snprintf(at, sizeof at, "%s/%zu", pointer, i);
        ok &= matches(json_array_get(want, i), json_array_get(got, i), at);
    }
    return ok;
}

static int matches(const json_t *want, const json_t *got, const char *pointer)
{
    if (json_is_object(want)) {
        if (!json_is_object(got)) {
            report(pointer, want, got);
            return 0;
        }
        int ok = 1;
        const char *key;
        json_t *value;
        json_object_foreach((json_t *)want, key, value) {
            char at[1024];
            snprintf(at, sizeof at, "%s/%s", pointer, key);
            json_t *g = json_object_get(got, key);
            if (!g) {
                report(at, value, NULL);
                ok = 0;
            } else
                ok &= matches(value, g, at);
        }
        return ok;
    }
    if (json_is_array(want)) {
        if (!json_is_array(got)) {
            report(pointer, want, got);
            return 0;
        }
        return array_matches(want, got, pointer);
    }
    int ok = json_is_string(want) ? json_is_string(got) &&
                                        string_matches(json_string_value(want), json_string_value(got))
                                  : json_equal((json_t *)want, (json_t *)got);
    if (!ok)
        report(pointer, want, got);
    return ok;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: match EXPECTED.json ACTUAL.json\n");
        return 2;
    }
    json_error_t err;
    json_t *want = json_load_file(argv[1], 0, &err);
    if (!want) {
        fprintf(stderr, "match: %s:%d: %s\n", argv[1], err.line, err.text);
        return 2;
    }
    json_t *got = json_load_file(argv[2], 0, &err);
    if (!got) {
        fprintf(stderr, "match: %s:%d: %s\n", argv[2], err.line, err.text);
        json_decref(want);
        return 2;
    }
    int ok = matches(want, got, "");
    json_decref(want);
    json_decref(got);
    return ok ? 0 : 1;
}
