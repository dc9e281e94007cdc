#include "feed.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "link.h"
#include "output.h"
#include "strbuf.h"
#include "xmlbuild.h"

#ifndef COMMUNIQUE_VERSION
#define COMMUNIQUE_VERSION "0.1.0"
#endif

#define UNDATED_TIME "1970-01-01T00:00:00Z"

struct feed_item {
    xmlDocPtr doc;
    char *path;
    char *stem;
    char *id;
    char *date;         /* the statement's date value, or NULL */
    char updated[32];   /* RFC 3339 */
    int full_date;
};

struct feed {
    struct feed_item *items;
    size_t n;
};

/* ---- reading a statement document ---- */

static int is_element(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns &&
           xmlStrEqual(n->ns->href, BAD_CAST STATEMENT_NS) && xmlStrEqual(n->name, BAD_CAST name);
}

static xmlNodePtr child(xmlNodePtr parent, const char *name)
{
    for (xmlNodePtr n = parent ? parent->children : NULL; n; n = n->next)
        if (is_element(n, name))
            return n;
    return NULL;
}

/* Text content or attribute value as a malloc'ed string (NULL if absent). */
static char *content(xmlNodePtr n)
{
    if (!n)
        return NULL;
    xmlChar *c = xmlNodeGetContent(n);
    char *s = xstrdup(c ? (const char *)c : "");
    xmlFree(c);
    return s;
}

static char *prop(xmlNodePtr n, const char *name)
{
    if (!n)
        return NULL;
    xmlChar *c = xmlGetProp(n, BAD_CAST name);
    char *s = c ? xstrdup((const char *)c) : NULL;
    xmlFree(c);
    return s;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* "2022-11-24" → full; "2022-11" / "2022" → their first day; anything
 * else (a month and day without year, no date) is undated. */
static void item_times(struct feed_item *it)
{
    const char *d = it->date;
    size_t n = d ? strlen(d) : 0;
    int year = n >= 4 && is_digit(d[0]) && is_digit(d[1]) && is_digit(d[2]) && is_digit(d[3]);
    it->full_date = year && n == 10;
    if (!year)
        snprintf(it->updated, sizeof it->updated, "%s", UNDATED_TIME);
    else if (n == 10)
        snprintf(it->updated, sizeof it->updated, "%.10sT00:00:00Z", d);
    else if (n == 7)
        snprintf(it->updated, sizeof it->updated, "%.7s-01T00:00:00Z", d);
    else
        snprintf(it->updated, sizeof it->updated, "%.4s-01-01T00:00:00Z", d);
}

struct feed *feed_new(void)
{
    struct feed *f = xmalloc(sizeof *f);
    f->items = NULL;
    f->n = 0;
    return f;
}

void feed_free(struct feed *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n; i++) {
        xmlFreeDoc(f->items[i].doc);
        free(f->items[i].path);
        free(f->items[i].stem);
        free(f->items[i].id);
        free(f->items[i].date);
    }
    free(f->items);
    free(f);
}

void feed_add(struct feed *f, xmlDocPtr doc, const char *path)
{
    struct feed_item *it = array_push(&f->items, &f->n, sizeof *it);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    it->doc = doc;
    it->path = xstrdup(path);
    /* The page an item links to is the one convert wrote beside the XML:
     * named after the XML file, or, for a document read from standard
     * input, after the raw file it was converted from. */
    char *source = prop(child(root, "source"), "file");
    it->stem = output_stem(strcmp(path, "-") == 0 && source && strcmp(source, "-") != 0 ? source : path);
    free(source);
    it->id = prop(root, "id");
    it->date = prop(child(root, "date"), "value");
    item_times(it);
}

/* Order of the duplicate check: by id, then by path, so which copy is
 * kept depends neither on the input order nor on the files' times. */
struct id_order {
    const struct feed_item *it;
    size_t index;
};

static int cmp_id_order(const void *a, const void *b)
{
    const struct id_order *x = a, *y = b;
    int c = strcmp(x->it->id ? x->it->id : "", y->it->id ? y->it->id : "");
    return c ? c : strcmp(x->it->path, y->it->path);
}

size_t feed_drop_duplicate_ids(struct feed *f)
{
    struct id_order *order = xmalloc((f->n ? f->n : 1) * sizeof *order);
    for (size_t i = 0; i < f->n; i++)
        order[i] = (struct id_order){&f->items[i], i};
    qsort(order, f->n, sizeof *order, cmp_id_order);
    unsigned char *drop = xmalloc(f->n ? f->n : 1);
    memset(drop, 0, f->n ? f->n : 1);
    size_t dropped = 0;
    for (size_t i = 1; i < f->n; i++) {
        const struct id_order *keep = &order[i - 1];
        while (keep > order && drop[keep->index])
            keep--;
        if (!order[i].it->id || !keep->it->id || strcmp(order[i].it->id, keep->it->id) != 0)
            continue;
        /* A statement converted again from a raw file of another name
         * leaves the old name's outputs behind: one id, two items. */
        diag("%s: has the id of %s (the same statement under another name); left out of the "
             "feed so that its ids stay unique (remove the outputs of a raw file that is gone)",
             order[i].it->path, keep->it->path);
        drop[order[i].index] = 1;
        dropped++;
    }
    size_t kept = 0;
    for (size_t i = 0; i < f->n; i++) {
        if (!drop[i]) {
            f->items[kept++] = f->items[i];
            continue;
        }
        xmlFreeDoc(f->items[i].doc);
        free(f->items[i].path);
        free(f->items[i].stem);
        free(f->items[i].id);
        free(f->items[i].date);
    }
    f->n = kept;
    free(drop);
    free(order);
    return dropped;
}

/* ---- linking over the collection ---- */

static void add_to_links(struct link_set *links, const struct feed_item *it)
{
    xmlNodePtr root = xmlDocGetRootElement(it->doc);
    char *title = content(child(root, "title")), *kind = content(child(root, "kind"));
    char *issuer = content(child(root, "issuer"));
    char *country = prop(child(root, "country"), "iso");
    char *file = prop(child(root, "source"), "file");
    char **paras = NULL;
    size_t n_paras = 0;
    for (xmlNodePtr p = child(root, "body") ? child(root, "body")->children : NULL; p; p = p->next)
        if (is_element(p, "p"))
            *(char **)array_push(&paras, &n_paras, sizeof *paras) = content(p);
    struct link_election *elections = NULL;
    size_t n_elections = 0;
    xmlNodePtr els = child(root, "elections");
    for (xmlNodePtr e = els ? els->children : NULL; e; e = e->next)
        if (is_element(e, "election")) {
            struct link_election *le = array_push(&elections, &n_elections, sizeof *le);
            le->type = prop(e, "type");
            le->date = prop(child(e, "date"), "value");
        }
    struct link_meta meta = {.id = it->id, .title = title, .file = file, .kind = kind,
                             .issuer = issuer, .country = country, .date = it->date,
                             .elections = elections, .n_elections = n_elections};
    link_add(links, &meta, (const char *const *)paras, n_paras);
    for (size_t i = 0; i < n_paras; i++)
        free(paras[i]);
    free(paras);
    for (size_t i = 0; i < n_elections; i++) {
        free((char *)elections[i].type);
        free((char *)elections[i].date);
    }
    free(elections);
    free(title);
    free(kind);
    free(issuer);
    free(country);
    free(file);
}

/* Replaces the document's <related> with the collection's relations; the
 * schema puts it just before <source>. */
static void set_related(xmlDocPtr doc, const struct related *rel, size_t n)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    xmlNodePtr old = child(root, "related");
    if (old) {
        xmlUnlinkNode(old);
        xmlFreeNode(old);
    }
    if (!n)
        return;
    xmlNodePtr related = xmlNewDocNode(doc, root->ns, BAD_CAST "related", NULL);
    xmlNodePtr source = child(root, "source");
    if (source)
        xmlAddPrevSibling(source, related);
    else
        xmlAddChild(root, related);
    for (size_t i = 0; i < n; i++)
        xmlbuild_add_related(related, &rel[i]);
}

/* ---- order ---- */

static int cmp_items(const void *a, const void *b)
{
    const struct feed_item *x = a, *y = b;
    int xu = strcmp(x->updated, UNDATED_TIME) == 0, yu = strcmp(y->updated, UNDATED_TIME) == 0;
    if (xu != yu)
        return xu - yu;
    int c = -strcmp(x->updated, y->updated);
    if (!c)
        c = strcmp(x->id ? x->id : "", y->id ? y->id : "");
    return c ? c : strcmp(x->stem, y->stem);
}

/* ---- JSON Feed ---- */

static char *join_url(const char *base, const char *rel)
{
    struct strbuf sb = {0};
    if (base && *base)
        strbuf_printf(&sb, "%s%s%s", base, base[strlen(base) - 1] == '/' ? "" : "/", rel);
    else
        strbuf_puts(&sb, rel);
    return strbuf_detach(&sb);
}

static void html_escape(struct strbuf *sb, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': strbuf_puts(sb, "&amp;"); break;
        case '<': strbuf_puts(sb, "&lt;"); break;
        case '>': strbuf_puts(sb, "&gt;"); break;
        case '"': strbuf_puts(sb, "&quot;"); break;
        default: strbuf_putc(sb, *s);
        }
    }
}

static void add_tag(json_t *tags, const char *tag)
{
    size_t i;
    json_t *v;
    json_array_foreach(tags, i, v)
        if (strcmp(json_string_value(v), tag) == 0)
            return;
    json_array_append_new(tags, json_string(tag));
}

static json_t *feed_item_json(const struct feed_item *it, json_t *statement,
                              const struct feed_options *o)
{
    json_t *item = json_object();
    struct strbuf id = {0};
    strbuf_printf(&id, "urn:communique:statement:%s", it->id);
    json_object_set_new(item, "id", json_string(id.data));
    strbuf_free(&id);
    char *url = output_page_href(it->stem, o->base_url);
    json_object_set_new(item, "url", json_string(url));
    free(url);
    json_object_set(item, "title", json_object_get(statement, "title"));

    struct strbuf text = {0}, html = {0};
    size_t i;
    json_t *p;
    json_array_foreach(json_object_get(statement, "paragraphs"), i, p) {
        const char *t = json_string_value(json_object_get(p, "text"));
        json_t *n = json_object_get(p, "n");
        if (i)
            strbuf_puts(&text, "\n\n");
        strbuf_puts(&html, "<p>");
        if (json_is_integer(n)) {
            strbuf_printf(&text, "%lld. ", (long long)json_integer_value(n));
            strbuf_printf(&html, "%lld. ", (long long)json_integer_value(n));
        }
        strbuf_puts(&text, t ? t : "");
        html_escape(&html, t ? t : "");
        strbuf_puts(&html, "</p>\n");
    }
    json_object_set_new(item, "content_text", json_string(text.data ? text.data : ""));
    json_object_set_new(item, "content_html", json_string(html.data ? html.data : ""));
    strbuf_free(&text);
    strbuf_free(&html);

    if (it->full_date)
        json_object_set_new(item, "date_published", json_string(it->updated));
    /* Authors: the issuer, then the person who issued or delivered it. */
    json_t *authors = json_array();
    json_t *issuer = json_object_get(statement, "issuer");
    if (json_is_string(issuer))
        json_array_append_new(authors, json_pack("{s:O}", "name", issuer));
    json_t *person = json_object_get(json_object_get(statement, "author"), "name");
    if (json_is_string(person))
        json_array_append_new(authors, json_pack("{s:O}", "name", person));
    if (json_array_size(authors))
        json_object_set_new(item, "authors", authors);
    else
        json_decref(authors);
    json_t *tags = json_array();
    const char *iso = json_string_value(json_object_get(json_object_get(statement, "country"), "iso"));
    if (iso)
        add_tag(tags, iso);
    add_tag(tags, json_string_value(json_object_get(statement, "kind")));
    json_t *e;
    json_array_foreach(json_object_get(statement, "elections"), i, e) {
        const char *type = json_string_value(json_object_get(e, "type"));
        if (type)
            add_tag(tags, type);
    }
    json_object_set_new(item, "tags", tags);
    const char *lang = json_string_value(json_object_get(statement, "language"));
    if (lang && strcmp(lang, "und") != 0)
        json_object_set_new(item, "language", json_string(lang));
    json_object_set(item, "_communique", statement);
    return item;
}

/* ---- the collection document ---- */

static xmlDocPtr collection_new(const struct feed_options *o, const char *updated)
{
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = xmlNewDocNode(doc, NULL, BAD_CAST "collection", NULL);
    xmlDocSetRootElement(doc, root);
    xmlNsPtr ns = xmlNewNs(root, BAD_CAST COLLECTION_NS, BAD_CAST "k");
    xmlSetNs(root, ns);
    xmlNewProp(root, BAD_CAST "title", BAD_CAST o->title);
    char *feed_id = o->base_url ? join_url(o->base_url, "atom.xml") : xstrdup("urn:communique:feed");
    xmlNewProp(root, BAD_CAST "feed-id", BAD_CAST feed_id);
    free(feed_id);
    xmlNewProp(root, BAD_CAST "updated", BAD_CAST updated);
    xmlNewProp(root, BAD_CAST "generator-version", BAD_CAST COMMUNIQUE_VERSION);
    if (o->base_url)
        xmlNewProp(root, BAD_CAST "base-url", BAD_CAST o->base_url);
    return doc;
}

/* The parts of a statement the collection stylesheets read; the rest (the
 * source notes above all) would only cost memory. */
static const char *const COLLECTION_PARTS[] = {"title", "issuer", "author", "kind", "date",
                                               "country", "elections", "alignment", "body",
                                               "related", NULL};

static void collection_add(xmlDocPtr collection, const struct feed_item *it)
{
    xmlNodePtr root = xmlDocGetRootElement(collection);
    xmlNodePtr item = xmlNewChild(root, root->ns, BAD_CAST "item", NULL);
    char *href = output_page_href(it->stem, NULL);
    xmlNewProp(item, BAD_CAST "href", BAD_CAST href);
    free(href);
    xmlNewProp(item, BAD_CAST "updated", BAD_CAST it->updated);
    if (it->full_date)
        xmlNewProp(item, BAD_CAST "published", BAD_CAST it->updated);
    char year[16];
    snprintf(year, sizeof year, "%.4s", it->updated);
    xmlNewProp(item, BAD_CAST "year",
               BAD_CAST(strcmp(it->updated, UNDATED_TIME) == 0 ? "undated" : year));
    /* The statement element with its attributes, then the parts. */
    xmlNodePtr statement = xmlDocGetRootElement(it->doc);
    xmlNodePtr copy = xmlAddChild(item, xmlDocCopyNode(statement, collection, 2));
    for (xmlNodePtr n = statement->children; n; n = n->next) {
        for (const char *const *part = COLLECTION_PARTS; *part; part++)
            if (is_element(n, *part))
                xmlAddChild(copy, xmlDocCopyNode(n, collection, 1));
        /* source: its attributes (file, url), not its set-aside blocks */
        if (is_element(n, "source"))
            xmlAddChild(copy, xmlDocCopyNode(n, collection, 2));
    }
}

/* ---- rendering and writing ---- */

/* Appends v as JSON (key order kept) and a newline. */
static void append_json_line(struct strbuf *sb, json_t *v, size_t flags)
{
    char *s = json_dumps(v, flags | JSON_PRESERVE_ORDER);
    strbuf_puts(sb, s ? s : "null");
    strbuf_putc(sb, '\n');
    free(s);
}

int feed_render(struct feed *f, struct renderer *r, const struct feed_options *o,
                struct feed_file out[FEED_FILES])
{
    struct link_set *links = link_new();
    for (size_t i = 0; i < f->n; i++)
        add_to_links(links, &f->items[i]);
    link_compute(links);
    for (size_t i = 0; i < f->n; i++) {
        size_t n;
        const struct related *rel = link_related(links, i, &n);
        set_related(f->items[i].doc, rel, n);
    }
    link_free(links);
    if (f->n > 1)
        qsort(f->items, f->n, sizeof *f->items, cmp_items);

    const char *updated = UNDATED_TIME;
    for (size_t i = 0; i < f->n; i++)
        if (strcmp(f->items[i].updated, updated) > 0)
            updated = f->items[i].updated;

    int rc = 0;
    json_t *items = json_array();
    struct strbuf jsonl = {0};
    xmlDocPtr collection = collection_new(o, updated);
    for (size_t i = 0; i < f->n && rc == 0; i++) {
        json_t *statement = render_json(r, f->items[i].doc, f->items[i].path);
        if (!statement) {
            rc = -1;
        } else {
            append_json_line(&jsonl, statement, JSON_COMPACT);
            json_array_append_new(items, feed_item_json(&f->items[i], statement, o));
            collection_add(collection, &f->items[i]);
        }
        json_decref(statement);
        /* Done with the document: one statement's tree at a time. */
        xmlFreeDoc(f->items[i].doc);
        f->items[i].doc = NULL;
    }

    static const char *const NAMES[FEED_FILES] = {"feed.json", "atom.xml", "statements.jsonl",
                                                  "index.html", "statements.csv", "search.js"};
    for (int k = 0; k < FEED_FILES; k++)
        out[k] = (struct feed_file){NAMES[k], NULL, 0};
    if (rc == 0) {
        json_t *feed = json_pack("{s:s, s:s}", "version", "https://jsonfeed.org/version/1.1",
                                 "title", o->title);
        if (o->base_url) {
            char *home = join_url(o->base_url, "index.html"), *self = join_url(o->base_url, "feed.json");
            json_object_set_new(feed, "home_page_url", json_string(home));
            json_object_set_new(feed, "feed_url", json_string(self));
            free(home);
            free(self);
        }
        json_object_set_new(feed, "description",
                            json_string("Official statements converted, validated and linked by "
                                        "communique; each item's _communique object is the "
                                        "statement's full JSON."));
        json_object_set(feed, "items", items);
        struct strbuf feed_json = {0};
        append_json_line(&feed_json, feed, JSON_INDENT(2));
        out[0].len = feed_json.len;
        out[0].data = strbuf_detach(&feed_json);
        json_decref(feed);
        out[2].len = jsonl.len;
        out[2].data = strbuf_detach(&jsonl);
        if (!out[2].data)
            out[2].data = xstrdup("");
        if (render_collection(r, collection, COLLECTION_ATOM, "atom.xml", &out[1].data,
                              &out[1].len) != 0 ||
            render_collection(r, collection, COLLECTION_INDEX, "index.html", &out[3].data,
                              &out[3].len) != 0 ||
            render_collection(r, collection, COLLECTION_CSV, "statements.csv", &out[4].data,
                              &out[4].len) != 0 ||
            render_collection(r, collection, COLLECTION_SEARCH, "search.js", &out[5].data,
                              &out[5].len) != 0)
            rc = -1;
    }
    xmlFreeDoc(collection);
    strbuf_free(&jsonl);
    json_decref(items);
    if (rc != 0)
        feed_files_free(out);
    return rc;
}

void feed_files_free(struct feed_file out[FEED_FILES])
{
    for (int k = 0; k < FEED_FILES; k++) {
        free(out[k].data);
        out[k].data = NULL;
    }
}

int feed_write(struct feed *f, struct renderer *r, const struct feed_options *o, const char *dir)
{
    struct feed_file out[FEED_FILES];
    if (feed_render(f, r, o, out) != 0)
        return -1;
    /* Nothing is written unless all of them were made. */
    int rc = 0;
    /* The feed's files are one set: all new or all old (output.h). */
    struct output_set *set = rc == 0 ? output_set_new() : NULL;
    for (int k = 0; k < FEED_FILES && rc == 0; k++) {
        struct strbuf path = {0};
        strbuf_printf(&path, "%s/%s", dir, out[k].name);
        if (output_set_add(set, path.data, out[k].data, out[k].len) < 0)
            rc = -1;
        strbuf_free(&path);
    }
    if (set && output_set_commit(set) < 0)
        rc = -1;
    feed_files_free(out);
    return rc;
}
