#include "xslfunc.h"

#include <jansson.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <stdlib.h>
#include <string.h>

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

static void fn_json_string(xmlXPathParserContextPtr ctxt, int nargs)
{
    xmlChar *s = pop_only_string(ctxt, nargs);
    if (!s)
        return;
    /* libxml2 strings are valid UTF-8, so json_string cannot refuse one;
     * a NULL is still handled rather than trusted away. */
    json_t *str = json_string((const char *)s);
    char *lit = str ? json_dumps(str, JSON_ENCODE_ANY) : NULL;
    json_decref(str);
    xmlFree(s);
    if (!lit) {
        xmlXPathSetError(ctxt, XPATH_MEMORY_ERROR);
        return;
    }
    xmlXPathReturnString(ctxt, xmlStrdup((const xmlChar *)lit));
    free(lit);
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

void xslfunc_register(void)
{
    xsltRegisterExtModuleFunction((const xmlChar *)"stem", (const xmlChar *)XSLFUNC_NS, fn_stem);
    xsltRegisterExtModuleFunction((const xmlChar *)"wrap", (const xmlChar *)XSLFUNC_NS, fn_wrap);
    xsltRegisterExtModuleFunction((const xmlChar *)"json-string", (const xmlChar *)XSLFUNC_NS,
                                  fn_json_string);
}
