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
#include "strbuf.h"
#include "fuzz.h"
#include "rawtext.h"
#include "xmlbuild.h"
#include "xmldoc.h"

static void link_with_copy(struct statement *st)
{
    const char **paras = xmalloc((st->n_paragraphs ? st->n_paragraphs : 1) * sizeof *paras);
    for (size_t i = 0; i < st->n_paragraphs; i++)
        paras[i] = st->paragraphs[i].text;
    struct link_meta meta;
    struct link_election *elections;
    link_meta_of_statement(st, &meta, &elections);
    struct link_set *links = link_new();
    link_add(links, &meta, paras, st->n_paragraphs);
    meta.file = "fuzz-copy.txt";
    link_add(links, &meta, paras, st->n_paragraphs);
    link_compute(links);
    size_t n;
    const struct related *rel = link_related(links, 0, &n);
    for (size_t i = 0; i < n; i++) {
        struct related *r = array_push(&st->related, &st->n_related, sizeof *r);
        *r = rel[i];
        r->id = xstrdup(rel[i].id);
        r->title = xstrdup(rel[i].title);
        r->file = xstrdup(rel[i].file);
    }
    link_free(links);
    free(elections);
    free(paras);
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
