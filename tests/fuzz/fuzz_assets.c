#include "fuzz.h"

#include <jansson.h>
#include <libexslt/exslt.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>

#include "sandbox.h"
#include "xmldoc.h"

#ifndef COMMUNIQUE_SCHEMA_DIR
#define COMMUNIQUE_SCHEMA_DIR "schema"
#endif

const struct fuzz_assets *fuzz_assets(void)
{
    static struct fuzz_assets assets;
    static int loaded;
    if (loaded)
        return &assets;
    xmlInitParser();
    exsltRegisterAll();
    const char *dir = getenv("COMMUNIQUE_SCHEMA_DIR");
    if (!dir || !*dir)
        dir = COMMUNIQUE_SCHEMA_DIR;
    assets.schema = xmldoc_load_schema(dir);
    assets.renderer = assets.schema ? renderer_new(dir, NULL, 1) : NULL;
    if (!assets.renderer) {
        fprintf(stderr, "fuzz: cannot load the schema and stylesheets from %s\n", dir);
        abort();
    }
    /* As in the tool: once its own files are in, nothing else is read. */
    sandbox_lock_xml_loading();
    loaded = 1;
    return &assets;
}

void fuzz_render_all(xmlDocPtr doc)
{
    const struct fuzz_assets *a = fuzz_assets();
    for (int f = 0; f < FORMAT_COUNT; f++) {
        char *out = NULL;
        size_t len = 0;
        if (render_format(a->renderer, doc, (enum format)f, "fuzz", &out, &len) != 0) {
            fprintf(stderr, "fuzz: a valid document failed to render as %s\n",
                    format_extension((enum format)f));
            abort();
        }
        /* communique writes the JSON stylesheet's output as it is: that
         * it always parses (no duplicate keys) is this oracle's to check. */
        json_error_t error;
        json_t *value = f == FORMAT_JSON ? json_loadb(out, len, JSON_REJECT_DUPLICATES, &error) : NULL;
        if (f == FORMAT_JSON && !value) {
            fprintf(stderr, "fuzz: the JSON rendering does not parse (line %d: %s)\n", error.line,
                    error.text);
            abort();
        }
        json_decref(value);
        /* The Akoma Ntoso rendering is XML for other tools: it must parse. */
        if (f == FORMAT_AKN) {
            xmlDocPtr akn = xmlReadMemory(out, (int)len, "fuzz.akn", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
            if (!akn) {
                fprintf(stderr, "fuzz: the Akoma Ntoso rendering is not well-formed XML\n");
                abort();
            }
            xmlFreeDoc(akn);
        }
        free(out);
    }
}
