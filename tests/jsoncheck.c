/* jsoncheck — exits 0 if every file argument parses as JSON (jansson) and
 * holds every key of the statement JSON contract; prints why otherwise. */
#include <jansson.h>
#include <stdio.h>

static const char *const KEYS[] = {
    "id", "title", "title_derived", "language", "issuer", "kind", "date", "forum", "place",
    "reference", "country", "elections", "spokesperson", "paragraphs", "aligned_countries",
    "organisations", "people", "social_posts", "related", "source", "provenance", NULL};

int main(int argc, char **argv)
{
    int bad = 0;
    for (int i = 1; i < argc; i++) {
        json_error_t e;
        json_t *v = json_load_file(argv[i], 0, &e);
        if (!v) {
            printf("%s:%d: %s\n", argv[i], e.line, e.text);
            bad++;
            continue;
        }
        for (const char *const *k = KEYS; *k; k++)
            if (!json_object_get(v, *k)) {
                printf("%s: missing key %s\n", argv[i], *k);
                bad++;
            }
        json_t *c = json_object_get(v, "country");
        if (!json_is_object(c) || !json_object_get(c, "iso")) {
            printf("%s: country must be an object with iso\n", argv[i]);
            bad++;
        }
        json_decref(v);
    }
    return bad ? 1 : 0;
}
