#include "htmltext.h"

#include "output.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "phrases.h"
#include "statement.h"
#include "strbuf.h"

int html_sniff(const char *text, size_t len)
{
    size_t i = 0;
    while (i < len && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t'))
        i++;
    if (len - i >= 14 && strncasecmp(text + i, "<!DOCTYPE html", 14) == 0)
        return 1;
    return len - i >= 5 && strncasecmp(text + i, "<html", 5) == 0 &&
           (text[i + 5] == '>' || text[i + 5] == ' ' || text[i + 5] == '\n');
}

/* Elements whose content is never statement text. */
static const char *const SKIPPED[] = {"head", "script", "style", "noscript", "template",
                                      "svg", "iframe", "object", "button", "form", NULL};
/* Elements that start and end a line of their own. */
static const char *const BLOCKS[] = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
    "table", "tr", "blockquote", "pre", "article", "section", "main", "header", "footer",
    "nav", "aside", "figure", "figcaption", "address", "hr", "body", NULL};
/* Page chrome: kept in the text, flagged for the classifier. */
static const char *const CHROME[] = {"nav", "header", "footer", "aside", NULL};

static int in_list(const char *const *list, const char *name)
{
    for (; *list; list++)
        if (strcasecmp(*list, name) == 0)
            return 1;
    return 0;
}

struct walker {
    struct strbuf text;
    int *lines;
    unsigned char *flags;
    size_t n_lines, cap;
    int line_open;       /* text written on the current output line */
    int pending_space;
    int source_line;     /* source line of the current output line */
    int chrome;          /* depth inside chrome elements */
};

static void end_line(struct walker *w, int blank)
{
    if (!w->line_open)
        return;
    if (w->n_lines + 2 > w->cap) {
        w->cap = w->cap ? w->cap * 2 : 64;
        w->lines = xrealloc(w->lines, w->cap * sizeof *w->lines);
        w->flags = xrealloc(w->flags, w->cap);
    }
    strbuf_putc(&w->text, '\n');
    w->n_lines++;
    if (blank) {
        /* A blank line between blocks belongs to the block before it. */
        strbuf_putc(&w->text, '\n');
        w->lines[w->n_lines] = w->lines[w->n_lines - 1];
        w->flags[w->n_lines] = w->flags[w->n_lines - 1];
        w->n_lines++;
    }
    w->line_open = 0;
    w->pending_space = 0;
}

static void put_text(struct walker *w, const char *s, int source_line)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        /* Control characters (from numeric references) cannot go into XML:
         * they are spaces here, like the white space around them. */
        if (c <= ' ' || c == 0x7f) {
            w->pending_space = w->line_open;
            continue;
        }
        if (!w->line_open) {
            if (w->n_lines + 2 > w->cap) {
                w->cap = w->cap ? w->cap * 2 : 64;
                w->lines = xrealloc(w->lines, w->cap * sizeof *w->lines);
                w->flags = xrealloc(w->flags, w->cap);
            }
            w->lines[w->n_lines] = source_line;
            w->flags[w->n_lines] = w->chrome ? HTML_LINE_CHROME : 0;
            w->line_open = 1;
        } else if (w->pending_space) {
            strbuf_putc(&w->text, ' ');
        }
        w->pending_space = 0;
        strbuf_putc(&w->text, (char)c);
    }
}

/* A cookie banner is chrome whatever element carries it. */
static int is_cookie_banner(xmlNodePtr n)
{
    static const char *const attrs[] = {"id", "class", NULL};
    for (const char *const *a = attrs; *a; a++) {
        xmlChar *v = xmlGetProp(n, BAD_CAST *a);
        int hit = v && (find_ci((const char *)v, "cookie") || find_ci((const char *)v, "consent"));
        xmlFree(v);
        if (hit)
            return 1;
    }
    return 0;
}

static void walk(struct walker *w, xmlNodePtr first, int depth);

/* An ordered list's items get their printed numbers, as a browser shows. */
static void walk_ordered_list(struct walker *w, xmlNodePtr ol, int depth)
{
    int number = 1;
    for (xmlNodePtr li = ol->children; li; li = li->next) {
        if (li->type != XML_ELEMENT_NODE || strcasecmp((const char *)li->name, "li") != 0)
            continue;
        char num[16];
        end_line(w, 1);
        snprintf(num, sizeof num, "%d. ", number++);
        put_text(w, num, (int)xmlGetLineNo(li));
        w->pending_space = 1;
        walk(w, li->children, depth + 1);
        end_line(w, 1);
    }
}

static void walk_node(struct walker *w, xmlNodePtr n, int depth)
{
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content)
            put_text(w, (const char *)n->content, (int)xmlGetLineNo(n));
        return;
    }
    if (n->type != XML_ELEMENT_NODE)
        return;
    const char *name = (const char *)n->name;
    if (in_list(SKIPPED, name))
        return;
    if (strcasecmp(name, "br") == 0) {
        end_line(w, 0);
        return;
    }
    int block = in_list(BLOCKS, name);
    int chrome = in_list(CHROME, name) || is_cookie_banner(n);
    if (block)
        end_line(w, 1);
    w->chrome += chrome;
    if (strcasecmp(name, "ol") == 0)
        walk_ordered_list(w, n, depth);
    else
        walk(w, n->children, depth + 1);
    w->chrome -= chrome;
    if (block)
        end_line(w, 1);
}

static void walk(struct walker *w, xmlNodePtr first, int depth)
{
    /* Real pages nest deeply; a hostile one could nest without end. */
    if (depth > 256)
        return;
    for (xmlNodePtr n = first; n; n = n->next)
        walk_node(w, n, depth);
}

/* The page's canonical address: <link rel="canonical" href="…"> in its
 * head, kept only as an absolute http(s) URL without spaces. */
static char *canonical_url(xmlNodePtr n, int depth)
{
    for (; n && depth < 8; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrcasecmp(n->name, BAD_CAST "link") == 0) {
            xmlChar *rel = xmlGetProp(n, BAD_CAST "rel");
            int canonical = rel && xmlStrcasecmp(rel, BAD_CAST "canonical") == 0;
            xmlFree(rel);
            xmlChar *href = canonical ? xmlGetProp(n, BAD_CAST "href") : NULL;
            char *url = NULL;
            if (href && output_url_is_http((const char *)href))
                url = xstrdup((const char *)href);
            xmlFree(href);
            if (url)
                return url;
        }
        if (xmlStrcasecmp(n->name, BAD_CAST "body") == 0)
            continue;
        char *found = canonical_url(n->children, depth + 1);
        if (found)
            return found;
    }
    return NULL;
}

int html_to_text(const char *html, size_t len, struct html_text *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    /* NONET: no network; no entity substitution beyond HTML's own. */
    htmlDocPtr doc = htmlReadMemory(html, (int)len, NULL, "UTF-8",
                                    HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                        HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
    if (!doc) {
        snprintf(err, errlen, "HTML could not be parsed");
        return -1;
    }
    struct walker w = {0};
    walk(&w, xmlDocGetRootElement(doc), 0);
    end_line(&w, 0);
    char *canonical = canonical_url(xmlDocGetRootElement(doc), 0);
    xmlFreeDoc(doc);
    /* Drop the trailing blank line so the text ends with one newline. */
    while (w.n_lines && w.text.len >= 2 && w.text.data[w.text.len - 2] == '\n') {
        w.text.len--;
        w.text.data[w.text.len] = '\0';
        w.n_lines--;
    }
    if (!w.text.len) {
        free(w.lines);
        free(w.flags);
        strbuf_free(&w.text);
        free(canonical);
        snprintf(err, errlen, "HTML page has no text");
        return -1;
    }
    out->len = w.text.len;
    out->text = strbuf_detach(&w.text);
    out->source_lines = w.lines;
    out->line_flags = w.flags;
    out->n_lines = w.n_lines;
    out->canonical_url = canonical;
    return 0;
}

void html_text_free(struct html_text *h)
{
    free(h->text);
    free(h->source_lines);
    free(h->line_flags);
    free(h->canonical_url);
    memset(h, 0, sizeof *h);
}
