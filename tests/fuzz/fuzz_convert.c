/* Raw bytes → statement: read, normalise, extract, build XML, validate,
 * render.  Invariant: whatever raw text is accepted converts to a
 * document that is valid against the schema and renders in every format. */
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>

#include "extract.h"
#include "fuzz.h"
#include "rawtext.h"
#include "xmlbuild.h"
#include "xmldoc.h"

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
    xmlDocPtr doc = xmldoc_reread(statement_to_xml(&st), "fuzz.xml");
    statement_free(&st);
    if (!doc || xmldoc_validate(a->schema, doc, "fuzz.xml") != 0) {
        fprintf(stderr, "fuzz: accepted raw text converted to an invalid document\n");
        abort();
    }
    fuzz_render_all(doc);
    xmlFreeDoc(doc);
    return 0;
}
