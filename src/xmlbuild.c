#include "xmlbuild.h"

#include <stdio.h>
#include <string.h>

#include "countries.h"
#include "strbuf.h"

static xmlNodePtr add(xmlNodePtr parent, const char *name, const char *text)
{
    return xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST text);
}

static void attr(xmlNodePtr node, const char *name, const char *value)
{
    if (value)
        xmlNewProp(node, BAD_CAST name, BAD_CAST value);
}

/* One end of a range: the line, or for a PDF page:line (within its page). */
static int put_line(char *buf, size_t size, const struct statement *st, int line)
{
    size_t lo = 0, hi = st->source.n_pages;
    if (!hi)
        return snprintf(buf, size, "%d", line);
    /* the last page that starts on or before the line */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (st->source.page_starts[mid] <= line)
            lo = mid;
        else
            hi = mid;
    }
    return snprintf(buf, size, "%zu:%d", lo + 1, line - st->source.page_starts[lo] + 1);
}

static void attr_lines(xmlNodePtr node, const struct statement *st, struct span lines)
{
    char buf[64];
    if (!lines.first)
        return;
    int n = put_line(buf, sizeof buf, st, lines.first);
    if (lines.last > lines.first && n > 0 && (size_t)n < sizeof buf - 1) {
        buf[n] = '-';
        put_line(buf + n + 1, sizeof buf - (size_t)n - 1, st, lines.last);
    }
    attr(node, "lines", buf);
}

static void add_date(xmlNodePtr parent, const struct stated_date *d)
{
    if (!d->text && !d->value)
        return;
    xmlNodePtr n = add(parent, "date", d->text ? d->text : d->value);
    attr(n, "value", d->value);
    if (d->relative)
        attr(n, "relative", "true");
}

/* An optional field that came out empty (a post that was only links) is
 * absent, as the schema's non-empty text types require. */
static void add_opt(xmlNodePtr parent, const char *name, const char *text)
{
    if (text && *text)
        add(parent, name, text);
}

void xmlbuild_add_related(xmlNodePtr related, const struct related *r)
{
    xmlNodePtr n = xmlNewChild(related, related->ns, BAD_CAST "statement", NULL);
    attr(n, "id", r->id);
    attr(n, "relation", r->relation);
    attr(n, "title", r->title);
    attr(n, "file", r->file);
    if (r->overlap >= 0) {
        char buf[16];
        snprintf(buf, sizeof buf, "%d", r->overlap);
        attr(n, "overlap", buf);
    }
}

xmlDocPtr statement_to_xml(const struct statement *st)
{
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "statement");
    xmlDocSetRootElement(doc, root);
    xmlNsPtr ns = xmlNewNs(root, BAD_CAST STATEMENT_NS, NULL);
    xmlSetNs(root, ns);
    attr(root, "version", STATEMENT_VERSION);
    attr(root, "id", st->id);
    xmlNsPtr xml_ns = xmlSearchNs(doc, root, BAD_CAST "xml");
    xmlSetNsProp(root, xml_ns, BAD_CAST "lang", BAD_CAST st->language);

    xmlNodePtr n = add(root, "title", st->title);
    attr(n, "derived", st->title_derived ? "true" : "false");
    add_opt(root, "issuer", st->issuer);
    add(root, "kind", st->kind);
    add_date(root, &st->date);
    if (st->forum) {
        n = add(root, "forum", st->forum);
        attr(n, "meeting", st->meeting);
    }
    add_opt(root, "place", st->place);
    add_opt(root, "reference", st->reference);
    for (size_t i = 0; i < st->n_distribution; i++)
        add(root, "distribution", st->distribution[i]);
    if (st->country_iso[0]) {
        n = add(root, "country", st->country_name);
        attr(n, "iso", st->country_iso);
    }
    if (st->n_elections) {
        xmlNodePtr list = add(root, "elections", NULL);
        for (size_t i = 0; i < st->n_elections; i++) {
            const struct election *e = &st->elections[i];
            xmlNodePtr el = add(list, "election", NULL);
            attr(el, "type", e->type);
            attr(el, "early", e->early ? "true" : "false");
            add_opt(el, "chamber", e->chamber);
            add_date(el, &e->date);
        }
    }
    if (st->author.name || st->author.role) {
        xmlNodePtr au = add(root, "author", NULL);
        add_opt(au, "name", st->author.name);
        add_opt(au, "role", st->author.role);
    }
    if (st->spokesperson.name || st->spokesperson.role || st->spokesperson.phone ||
        st->spokesperson.email) {
        xmlNodePtr sp = add(root, "spokesperson", NULL);
        add_opt(sp, "name", st->spokesperson.name);
        add_opt(sp, "role", st->spokesperson.role);
        add_opt(sp, "phone", st->spokesperson.phone);
        add_opt(sp, "email", st->spokesperson.email);
    }
    xmlNodePtr body = add(root, "body", NULL);
    for (size_t i = 0; i < st->n_paragraphs; i++) {
        const struct paragraph *p = &st->paragraphs[i];
        xmlNodePtr pn = add(body, "p", p->text);
        if (p->number) {
            char num[16];
            snprintf(num, sizeof num, "%d", p->number);
            attr(pn, "n", num);
        }
        attr_lines(pn, st, p->lines);
    }
    if (st->alignment_clause || st->n_aligned || st->n_footnotes) {
        xmlNodePtr al = add(root, "alignment", NULL);
        add_opt(al, "clause", st->alignment_clause);
        for (size_t i = 0; i < st->n_aligned; i++) {
            const struct aligned_country *a = &st->aligned[i];
            n = add(al, "aligned", country_display_name(a->iso));
            attr(n, "iso", a->iso);
            attr(n, "group", a->group);
            attr(n, "mark", a->mark);
            attr(n, "written", a->name);
        }
        for (size_t i = 0; i < st->n_footnotes; i++) {
            n = add(al, "footnote", st->footnotes[i].text);
            attr(n, "mark", st->footnotes[i].mark);
        }
    }
    if (st->n_organisations || st->n_agreements || st->n_people) {
        xmlNodePtr m = add(root, "mentions", NULL);
        for (size_t i = 0; i < st->n_organisations; i++)
            add(m, "organisation", st->organisations[i]);
        for (size_t i = 0; i < st->n_agreements; i++)
            add(m, "agreement", st->agreements[i]);
        for (size_t i = 0; i < st->n_people; i++) {
            n = add(m, "person", st->people[i].name);
            attr(n, "role", st->people[i].role);
        }
    }
    if (st->n_posts) {
        xmlNodePtr posts = add(root, "social-posts", NULL);
        for (size_t i = 0; i < st->n_posts; i++) {
            const struct social_post *p = &st->posts[i];
            xmlNodePtr pn = add(posts, "post", NULL);
            attr_lines(pn, st, p->lines);
            add_opt(pn, "author", p->author);
            add_opt(pn, "handle", p->handle);
            add_date(pn, &p->date);
            for (size_t u = 0; u < p->n_urls; u++)
                add(pn, "url", p->urls[u]);
            add_opt(pn, "text", p->text);
        }
    }
    xmlNodePtr src = add(root, "source", NULL);
    attr(src, "file", st->source.file);
    attr(src, "form", st->source.form);
    attr(src, "sha256", st->source.sha256);
    attr(src, "url", st->source.url);
    attr(src, "retrieved", st->source.retrieved);
    for (size_t i = 0; i < st->n_origins; i++) {
        n = add(src, "origin", NULL);
        attr(n, "field", st->origins[i].field);
        if (st->origins[i].given)
            attr(n, "given", "true");
        else
            attr_lines(n, st, st->origins[i].lines);
    }
    for (size_t i = 0; i < st->n_set_asides; i++) {
        const struct set_aside *s = &st->set_asides[i];
        n = add(src, "set-aside", s->text);
        attr(n, "kind", s->kind);
        attr_lines(n, st, s->lines);
    }
    xmlbuild_insert_related(doc, st->related, st->n_related);
    return doc;
}

void xmlbuild_insert_related(xmlDocPtr doc, const struct related *r, size_t n)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!n || !root)
        return;
    xmlNodePtr source = root->last;
    while (source && !(source->type == XML_ELEMENT_NODE &&
                       xmlStrEqual(source->name, BAD_CAST "source")))
        source = source->prev;
    if (!source)
        return;
    xmlNodePtr rel = xmlNewDocNode(doc, root->ns, BAD_CAST "related", NULL);
    xmlAddPrevSibling(source, rel);
    for (size_t i = 0; i < n; i++)
        xmlbuild_add_related(rel, &r[i]);
}

/* The line "  <source" of a root's child, as the serialiser indents it
 * (depth 1, two spaces); the last one, since a child can hold no raw "<"
 * in text or attributes.  Its offset, or (size_t)-1. */
static size_t source_line(const char *xml, size_t len)
{
    static const char LINE[] = "\n  <source";
    const size_t l = sizeof LINE - 1;
    for (size_t i = len > l ? len - l : 0; i-- > 0;)
        if (memcmp(xml + i, LINE, l) == 0 && (xml[i + l] == ' ' || xml[i + l] == '>' ||
                                              xml[i + l] == '/'))
            return i + 1;
    return (size_t)-1;
}

char *xmlbuild_splice_related(const char *xml, size_t len, const struct related *r, size_t n,
                              size_t *out_len)
{
    size_t at = source_line(xml, len);
    if (at == (size_t)-1)
        return NULL;
    /* libxml2 serialises the block itself, as the child of a root in the
     * same namespace: the same indentation, escaping and attribute order
     * as in the whole document. */
    char *block = NULL;
    size_t block_len = 0;
    if (n) {
        xmlDocPtr tiny = xmlNewDoc(BAD_CAST "1.0");
        xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "statement");
        xmlDocSetRootElement(tiny, root);
        xmlSetNs(root, xmlNewNs(root, BAD_CAST STATEMENT_NS, NULL));
        xmlNewChild(root, root->ns, BAD_CAST "source", NULL);
        xmlbuild_insert_related(tiny, r, n);
        xmlChar *bytes;
        int blen;
        xmlDocDumpFormatMemoryEnc(tiny, &bytes, &blen, "UTF-8", 1);
        xmlFreeDoc(tiny);
        const char *start = bytes ? strstr((const char *)bytes, "\n  <related") : NULL;
        size_t end = bytes ? source_line((const char *)bytes, (size_t)blen) : (size_t)-1;
        if (!start || end == (size_t)-1 || (size_t)(start + 1 - (const char *)bytes) > end) {
            xmlFree(bytes);
            return NULL;
        }
        block_len = end - (size_t)(start + 1 - (const char *)bytes);
        block = xmalloc(block_len ? block_len : 1);
        memcpy(block, start + 1, block_len);
        xmlFree(bytes);
    }
    char *out = xmalloc(len + block_len + 1);
    memcpy(out, xml, at);
    if (block_len)
        memcpy(out + at, block, block_len);
    memcpy(out + at + block_len, xml + at, len - at);
    out[len + block_len] = '\0';
    free(block);
    *out_len = len + block_len;
    return out;
}
