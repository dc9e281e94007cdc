/* Untrusted XML → the safe parser → schema validation: the path of
 * `communique validate`.  No invariant beyond "no crash, no hang, no leak,
 * nothing read from outside" (the sandbox makes any load attempt fail). */
#include <libxml/parser.h>

#include "fuzz.h"
#include "xmldoc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const struct fuzz_assets *a = fuzz_assets();
    xmlDocPtr doc = xmldoc_parse((const char *)data, size, "fuzz.xml");
    if (doc)
        xmldoc_validate(a->schema, doc, "fuzz.xml");
    xmlFreeDoc(doc);
    return 0;
}
