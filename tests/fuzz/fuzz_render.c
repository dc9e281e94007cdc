/* Untrusted XML → parse → validate → every rendering: the path of
 * `communique render`.  Invariant: a document the schema accepts renders
 * in every format (JSON output is re-parsed by render itself). */
#include <libxml/parser.h>

#include "fuzz.h"
#include "xmldoc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const struct fuzz_assets *a = fuzz_assets();
    xmlDocPtr doc = xmldoc_parse((const char *)data, size, "fuzz.xml");
    if (doc && xmldoc_validate(a->schema, doc, "fuzz.xml") == 0)
        fuzz_render_all(doc);
    xmlFreeDoc(doc);
    return 0;
}
