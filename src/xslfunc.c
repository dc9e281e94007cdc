#include "xslfunc.h"

#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "output.h"
#include "strbuf.h"

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* XPath normalize-space into a new buffer. */
static struct strbuf normalize_space(const char *s)
{
    struct strbuf sb = {0};
    strbuf_puts(&sb, "");
    for (const char *p = s; *p;) {
        while (is_space(*p))
            p++;
        if (!*p)
            break;
        if (sb.len)
            strbuf_putc(&sb, ' ');
        while (*p && !is_space(*p))
            strbuf_putc(&sb, *p++);
    }
    return sb;
}

/* XPath counts characters, not bytes. */
static size_t char_count(const char *s, size_t bytes)
{
    size_t n = 0;
    for (size_t i = 0; i < bytes; i++)
        n += ((unsigned char)s[i] & 0xc0) != 0x80;
    return n;
}

/* Byte offset just past the first n characters of s (or its end). */
static size_t skip_chars(const char *s, size_t len, size_t n)
{
    size_t i = 0;
    while (i < len && n) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80)
            i++;
        n--;
    }
    return i;
}

char *xslfunc_wrap(const char *text, int width, const char *indent, const char *first)
{
    struct strbuf norm = normalize_space(text);
    struct strbuf out = {0};
    strbuf_puts(&out, "");
    const char *prefix = first ? first : indent;
    const char *cur = norm.data;
    size_t left = norm.len;
    for (;;) {
        long room = (long)width - (long)char_count(prefix, strlen(prefix));
        if (room < 1)
            room = 1;
        strbuf_puts(&out, prefix);
        size_t window = skip_chars(cur, left, (size_t)room);
        if (window == left) {
            strbuf_append(&out, cur, left);
            strbuf_putc(&out, '\n');
            break;
        }
        /* Break at the last space within room + 1 characters, so a word
         * that ends exactly at the width still fits; a word longer than
         * the line is cut at the width. */
        size_t probe = skip_chars(cur, left, (size_t)room + 1);
        size_t cut = window;
        for (size_t i = probe; i > 0; i--)
            if (cur[i - 1] == ' ') {
                cut = i - 1;
                break;
            }
        if (cut == 0)
            cut = window;
        size_t head = cut;
        while (head && cur[head - 1] == ' ')
            head--;
        strbuf_append(&out, cur, head);
        strbuf_putc(&out, '\n');
        while (cut < left && cur[cut] == ' ')
            cut++;
        cur += cut;
        left -= cut;
        prefix = indent;
    }
    strbuf_free(&norm);
    return strbuf_detach(&out);
}

static void fn_wrap(xmlXPathParserContextPtr ctxt, int nargs)
{
    if (nargs < 2 || nargs > 4) {
        xmlXPathSetArityError(ctxt);
        return;
    }
    xmlChar *first = nargs == 4 ? xmlXPathPopString(ctxt) : NULL;
    xmlChar *indent = nargs >= 3 ? xmlXPathPopString(ctxt) : NULL;
    double width = xmlXPathPopNumber(ctxt);
    xmlChar *text = xmlXPathPopString(ctxt);
    if (!xmlXPathCheckError(ctxt) && text) {
        /* NaN and absurd widths fall back to one character per line. */
        int w = width >= 1 && width <= 10000 ? (int)width : 1;
        char *wrapped = xslfunc_wrap((const char *)text, w, indent ? (const char *)indent : "",
                                     first ? (const char *)first : NULL);
        xmlXPathReturnString(ctxt, xmlStrdup((const xmlChar *)wrapped));
        free(wrapped);
    }
    xmlFree(first);
    xmlFree(indent);
    xmlFree(text);
}

/* The one string argument of a one-argument function, or NULL after
 * setting the XPath error. */
static xmlChar *pop_only_string(xmlXPathParserContextPtr ctxt, int nargs)
{
    if (nargs != 1) {
        xmlXPathSetArityError(ctxt);
        return NULL;
    }
    xmlChar *s = xmlXPathPopString(ctxt);
    if (xmlXPathCheckError(ctxt) || !s) {
        xmlFree(s);
        return NULL;
    }
    return s;
}

/* Whether a byte of a JSON string must be escaped: the quote, the
 * backslash and the control characters; UTF-8 passes through. */
static int needs_escape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

/* The JSON escape of one byte, or NULL when it stands for itself.  The
 * same choices as jansson's encoder (the file is checked by jansson's
 * parser afterwards): the two-character escapes where JSON has them,
 * \u00XX for the other control characters, UTF-8 passed through. */
static const char *json_escape(unsigned char c, char hex[7])
{
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default:
        if (!needs_escape(c))
            return NULL;
        snprintf(hex, 7, "\\u%04X", c);
        return hex;
    }
}

/* fn:json(nodes): "null" for an empty node-set, else the first node's
 * string value as a JSON string literal (any other argument: its string
 * value, quoted).  The escaping is written here rather than through
 * json_string() + json_dumps(): that pair allocated a value and a dump per
 * string and was a tenth of the JSON render (make bench).  One pass sizes
 * the result, one fills it. */
static void fn_json(xmlXPathParserContextPtr ctxt, int nargs)
{
    if (nargs != 1) {
        xmlXPathSetArityError(ctxt);
        return;
    }
    xmlXPathObjectPtr arg = valuePop(ctxt);
    if (!arg) {
        xmlXPathSetError(ctxt, XPATH_STACK_ERROR);
        return;
    }
    if (arg->type == XPATH_NODESET && xmlXPathNodeSetIsEmpty(arg->nodesetval)) {
        xmlXPathFreeObject(arg);
        xmlXPathReturnString(ctxt, xmlStrdup(BAD_CAST "null"));
        return;
    }
    xmlChar *s = xmlXPathCastToString(arg);
    xmlXPathFreeObject(arg);
    if (!s) {
        xmlXPathSetError(ctxt, XPATH_MEMORY_ERROR);
        return;
    }
    /* Most bytes stand for themselves: the sizing pass only looks for
     * the few that need an escape, and the fill copies the runs between
     * them whole. */
    char hex[7];
    size_t len = 2, n = 0;
    for (const xmlChar *p = s; *p; p++, n++)
        if (needs_escape(*p))
            len += strlen(json_escape(*p, hex)) - 1;
    len += n;
    xmlChar *lit = xmlMalloc(len + 1);
    if (!lit) {
        xmlFree(s);
        xmlXPathSetError(ctxt, XPATH_MEMORY_ERROR);
        return;
    }
    size_t at = 0;
    lit[at++] = '"';
    const xmlChar *run = s;
    for (const xmlChar *p = s;; p++) {
        if (*p && !needs_escape(*p))
            continue;
        memcpy(lit + at, run, (size_t)(p - run));
        at += (size_t)(p - run);
        if (!*p)
            break;
        const char *e = json_escape(*p, hex);
        memcpy(lit + at, e, strlen(e));
        at += strlen(e);
        run = p + 1;
    }
    lit[at++] = '"';
    lit[at] = '\0';
    xmlFree(s);
    xmlXPathReturnString(ctxt, lit);
}

/* fn:csv(value): the string value as one RFC 4180 field: as it is, or
 * in double quotes (a quote doubled) when it holds a comma, a quote, CR
 * or LF, or starts with a character a spreadsheet would read as a
 * formula (=, +, -, @, tab, CR: then a leading apostrophe is added
 * inside the quotes, the OWASP advice against CSV injection). */
static void fn_csv(xmlXPathParserContextPtr ctxt, int nargs)
{
    if (nargs != 1) {
        xmlXPathSetArityError(ctxt);
        return;
    }
    xmlChar *s = xmlXPathPopString(ctxt);
    if (!s) {
        xmlXPathSetError(ctxt, XPATH_MEMORY_ERROR);
        return;
    }
    int formula = s[0] && strchr("=+-@\t\r", s[0]) != NULL;
    size_t len = 0, quotes = 0;
    int special = formula;
    for (const xmlChar *p = s; *p; p++, len++) {
        quotes += *p == '"';
        special |= *p == ',' || *p == '"' || *p == '\r' || *p == '\n';
    }
    if (!special) {
        xmlXPathReturnString(ctxt, s);
        return;
    }
    xmlChar *field = xmlMalloc(len + quotes + 4);
    if (!field) {
        xmlFree(s);
        xmlXPathSetError(ctxt, XPATH_MEMORY_ERROR);
        return;
    }
    size_t at = 0;
    field[at++] = '"';
    if (formula)
        field[at++] = '\'';
    for (const xmlChar *p = s; *p; p++) {
        if (*p == '"')
            field[at++] = '"';
        field[at++] = *p;
    }
    field[at++] = '"';
    field[at] = '\0';
    xmlFree(s);
    xmlXPathReturnString(ctxt, field);
}

static void fn_stem(xmlXPathParserContextPtr ctxt, int nargs)
{
    xmlChar *s = pop_only_string(ctxt, nargs);
    if (!s)
        return;
    char *stem = output_stem((const char *)s);
    xmlFree(s);
    xmlXPathReturnString(ctxt, xmlStrdup((const xmlChar *)stem));
    free(stem);
}

/* fn:search-words(s): the words of s folded for search (case folded,
 * accents stripped: "Élections" → "elections"), each once, in order of
 * first use, separated by one space.  The index's script folds a query
 * the same way; each distinct word once keeps search.js a fraction of
 * the statements' size. */
static void fn_search_words(xmlXPathParserContextPtr ctxt, int nargs)
{
    xmlChar *s = pop_only_string(ctxt, nargs);
    if (!s)
        return;
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, 0, &folded,
                                      UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                          UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    xmlFree(s);
    if (n < 0) {
        xmlXPathReturnEmptyString(ctxt);
        return;
    }
    /* A set of the words seen, by open addressing on their offsets. */
    size_t cap = 64;
    while (cap < (size_t)n + 2) /* more slots than words can be */
        cap *= 2;
    size_t *slots = xmalloc(cap * sizeof *slots); /* offset + 1 into out, 0 empty */
    memset(slots, 0, cap * sizeof *slots);
    struct strbuf out = {0};
    const utf8proc_uint8_t *p = folded, *end = folded + n;
    while (p < end) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t len = utf8proc_iterate(p, end - p, &cp);
        if (len <= 0)
            break;
        utf8proc_category_t cat = utf8proc_category(cp);
        int letter = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                     (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) ||
                     (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME);
        if (!letter) {
            p += len;
            continue;
        }
        const utf8proc_uint8_t *w = p;
        while (p < end) {
            len = utf8proc_iterate(p, end - p, &cp);
            if (len <= 0)
                break;
            cat = utf8proc_category(cp);
            if (!((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                  (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) ||
                  (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME)))
                break;
            p += len;
        }
        size_t wl = (size_t)(p - w);
        size_t h = 5381;
        for (size_t i = 0; i < wl; i++)
            h = h * 33 + w[i];
        size_t i = h & (cap - 1);
        int seen = 0;
        while (slots[i]) {
            const char *o = out.data + slots[i] - 1;
            if (strncmp(o, (const char *)w, wl) == 0 && (o[wl] == ' ' || o[wl] == '\0')) {
                seen = 1;
                break;
            }
            i = (i + 1) & (cap - 1);
        }
        if (seen)
            continue;
        if (out.len)
            strbuf_putc(&out, ' ');
        slots[i] = out.len + 1;
        strbuf_append(&out, (const char *)w, wl);
    }
    free(slots);
    free(folded);
    xmlXPathReturnString(ctxt, xmlStrdup((const xmlChar *)(out.data ? out.data : "")));
    strbuf_free(&out);
}

/* fn:page-href(file): output_page_href's link to file's statement page. */
static void fn_page_href(xmlXPathParserContextPtr ctxt, int nargs)
{
    xmlChar *s = pop_only_string(ctxt, nargs);
    if (!s)
        return;
    char *stem = output_stem((const char *)s);
    char *href = output_page_href(stem, NULL);
    free(stem);
    xmlFree(s);
    xmlXPathReturnString(ctxt, xmlStrdup((const xmlChar *)href));
    free(href);
}

void xslfunc_register(void)
{
    xsltRegisterExtModuleFunction((const xmlChar *)"page-href", (const xmlChar *)XSLFUNC_NS,
                                  fn_page_href);
    xsltRegisterExtModuleFunction((const xmlChar *)"stem", (const xmlChar *)XSLFUNC_NS, fn_stem);
    xsltRegisterExtModuleFunction((const xmlChar *)"wrap", (const xmlChar *)XSLFUNC_NS, fn_wrap);
    xsltRegisterExtModuleFunction((const xmlChar *)"json", (const xmlChar *)XSLFUNC_NS, fn_json);
    xsltRegisterExtModuleFunction((const xmlChar *)"csv", (const xmlChar *)XSLFUNC_NS, fn_csv);
    xsltRegisterExtModuleFunction((const xmlChar *)"search-words", (const xmlChar *)XSLFUNC_NS,
                                  fn_search_words);
}

/* Whether name (a QName in scope of node) is one of the functions above. */
static int is_native(xmlNodePtr node, const xmlChar *name)
{
    static const char *const NATIVE[] = {"json", "wrap", "stem", "page-href", "csv",
                                         "search-words"};
    const xmlChar *colon = xmlStrchr(name, ':');
    if (!colon)
        return 0;
    xmlChar *prefix = xmlStrndup(name, (int)(colon - name));
    xmlNsPtr ns = xmlSearchNs(node->doc, node, prefix);
    xmlFree(prefix);
    if (!ns || !xmlStrEqual(ns->href, BAD_CAST XSLFUNC_NS))
        return 0;
    for (size_t i = 0; i < sizeof NATIVE / sizeof *NATIVE; i++)
        if (xmlStrEqual(colon + 1, BAD_CAST NATIVE[i]))
            return 1;
    return 0;
}

void xslfunc_drop_portable(xmlDocPtr sheet)
{
    xmlNodePtr root = xmlDocGetRootElement(sheet);
    xmlNodePtr next;
    for (xmlNodePtr n = root ? root->children : NULL; n; n = next) {
        next = n->next;
        if (n->type != XML_ELEMENT_NODE || !n->ns ||
            !xmlStrEqual(n->ns->href, BAD_CAST "http://exslt.org/functions") ||
            !xmlStrEqual(n->name, BAD_CAST "function"))
            continue;
        xmlChar *name = xmlGetNoNsProp(n, BAD_CAST "name");
        if (name && is_native(n, name)) {
            xmlUnlinkNode(n);
            xmlFreeNode(n);
        }
        xmlFree(name);
    }
}
