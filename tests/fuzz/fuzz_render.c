/* Untrusted XML → parse → validate → every rendering: the path of
 * `communique render`, then of `communique feed` over two copies of the
 * document (so the link stage relates them).  Invariants: a document the
 * schema accepts renders in every format (JSON output is re-parsed by
 * render itself), and makes feeds whose atom.xml is well-formed XML. */
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>

#include "feed.h"
#include "fuzz.h"
#include "xmldoc.h"

static void feed_of_two_copies(xmlDocPtr doc)
{
    struct feed *feed = feed_new();
    feed_add(feed, xmlCopyDoc(doc, 1), "a.xml");
    feed_add(feed, xmlCopyDoc(doc, 1), "b.xml");
    struct feed_options o = {"fuzz", NULL};
    struct feed_file out[FEED_FILES];
    if (feed_render(feed, fuzz_assets()->renderer, &o, out) != 0) {
        fprintf(stderr, "fuzz: a valid document did not make feeds\n");
        abort();
    }
    xmlDocPtr atom = xmldoc_parse(out[1].data, out[1].len, "atom.xml");
    if (!atom) {
        fprintf(stderr, "fuzz: the feeds' atom.xml is not well-formed\n");
        abort();
    }
    xmlFreeDoc(atom);
    feed_files_free(out);
    feed_free(feed);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const struct fuzz_assets *a = fuzz_assets();
    xmlDocPtr doc = xmldoc_parse((const char *)data, size, "fuzz.xml");
    if (doc && xmldoc_validate(a->schema, doc, "fuzz.xml") == 0) {
        fuzz_render_all(doc);
        feed_of_two_copies(doc);
    }
    xmlFreeDoc(doc);
    return 0;
}
