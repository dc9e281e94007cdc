/* Raw bytes → statement: read, normalise, extract, link, build XML,
 * validate, render.  Invariant: whatever raw text is accepted converts to
 * a document that is valid against the schema and renders in every
 * format — also with the relations the link stage finds between the
 * statement and a copy of itself under another file name. */
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>

#include "extract.h"
#include "link.h"
#include "fuzz.h"
#include "rawtext.h"
#include "xmlbuild.h"
#include "xmldoc.h"

static void link_with_copy(struct statement *st)
{
    struct link_set *links = link_new();
    link_add_statement(links, st);
    char *file = st->source.file;
    st->source.file = "fuzz-copy.txt";
    link_add_statement(links, st);
    st->source.file = file;
    link_compute(links);
    link_copy_related(links, 0, st);
    link_free(links);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const struct fuzz_assets *a = fuzz_assets();
    struct raw_text raw;
    char err[256];
    if (raw_text_from_bytes((const char *)data, size, &raw, err, sizeof err) != 0)
        return 0;
    struct statement st;
    extract_statement(&raw, "fuzz.txt", &st);
    raw_text_free(&raw);
    link_with_copy(&st);
    xmlDocPtr doc = xmldoc_reread(statement_to_xml(&st), "fuzz.xml", NULL, NULL);
    statement_free(&st);
    if (!doc || xmldoc_validate(a->schema, doc, "fuzz.xml") != 0) {
        fprintf(stderr, "fuzz: accepted raw text converted to an invalid document\n");
        abort();
    }
    fuzz_render_all(doc);
    xmlFreeDoc(doc);
    return 0;
}
