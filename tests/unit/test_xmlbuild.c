/* test_xmlbuild — the built document, and its relations spliced into its
 * serialised form exactly as serialising the changed tree would write. */
#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "rawtext.h"
#include "strbuf.h"
#include "tap.h"
#include "xmlbuild.h"
#include "xmldoc.h"

static const char *const TEXT =
    "Statement by the Spokesperson on the presidential election in Kenya\n\n"
    "Brussels, 10 August 2022\n\n"
    "The European Union notes the peaceful conduct of the presidential elections in Kenya on "
    "9 August 2022 and commends the people of Kenya for their commitment to democracy.\n\n"
    "We call on all parties to await the final results with patience and calm.\n";

/* Serialising the tree with its relations, the way convert did before. */
static char *serialised_tree(const struct statement *st, const struct related *r, size_t n,
                             size_t *len)
{
    xmlDocPtr doc = statement_to_xml(st);
    xmlbuild_insert_related(doc, r, n);
    xmlChar *bytes;
    int l;
    xmldoc_serialise(doc, &bytes, &l);
    xmlFreeDoc(doc);
    char *out = xmalloc((size_t)l + 1);
    memcpy(out, bytes, (size_t)l + 1);
    xmlFree(bytes);
    *len = (size_t)l;
    return out;
}

static void test_splice_is_the_serialised_tree(void)
{
    struct raw_text raw;
    char err[256];
    if (raw_text_from_bytes(TEXT, strlen(TEXT), &raw, err, sizeof err) != 0) {
        ok(0, "raw text: %s", err);
        return;
    }
    struct statement st;
    extract_statement(&raw, "kenya.txt", &st);
    raw_text_free(&raw);
    /* Titles and names that need escaping, in attributes, and non-ASCII. */
    struct related r[] = {
        {"2022-08-10-ke-spokesperson-statement-aaaaaaaa", "same-statement",
         "Kenya: \"free & fair\" <elections>\nsecond line\ttab", "a&b.txt", 100},
        {"undated-ke-news-report-bbbbbbbb", "quoted-by", "Élections au Kenya — 9 août", "é.txt",
         61},
        {"2022-08-20-ke-spokesperson-statement-cccccccc", "followed-up-by", "Later", "c.txt", -1},
    };
    for (size_t n = 0; n <= 3; n++) {
        size_t want_len, plain_len, got_len;
        char *want = serialised_tree(&st, r, n, &want_len);
        char *plain = serialised_tree(&st, r, 0, &plain_len);
        char *got = xmlbuild_splice_related(plain, plain_len, r, n, &got_len);
        ok(got && got_len == want_len && memcmp(got, want, want_len) == 0,
           "%zu relation%s spliced into the serialised document: the bytes of the tree with them",
           n, n == 1 ? "" : "s");
        free(want);
        free(plain);
        free(got);
    }
    size_t len;
    const char *no_source = "<?xml version=\"1.0\"?>\n<statement>\n  <title>x</title>\n</statement>\n";
    ok(xmlbuild_splice_related(no_source, strlen(no_source), r, 1, &len) == NULL,
       "a document without a <source> line is not spliced");
    statement_free(&st);
}

int main(void)
{
    xmlInitParser();
    test_splice_is_the_serialised_tree();
    xmlCleanupParser();
    return done_testing();
}
