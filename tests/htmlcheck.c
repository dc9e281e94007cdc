/* htmlcheck — parses each file with libxml2's HTML parser (no network)
 * and exits 1 if any error is reported.  libxml2's parser knows HTML 4,
 * so an "unknown tag" error for an HTML5 element from the list below is
 * not counted; any other unknown tag, and every other error, is.
 * With -l it then prints every <a href> and <link href>, one per line, for
 * the caller to check that links resolve; with -r it prints the number of
 * table body rows. */
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <stdio.h>
#include <string.h>

static const char *const HTML5_ELEMENTS[] = {
    "main", "nav", "section", "article", "header", "footer", "aside", "details", "summary",
    "output", "time", "mark", "figure", "figcaption", NULL};

static int errors;
static const char *current;

static int is_html5(const char *msg)
{
    for (const char *const *e = HTML5_ELEMENTS; *e; e++) {
        char want[64];
        snprintf(want, sizeof want, "Tag %s invalid", *e);
        if (strstr(msg, want))
            return 1;
    }
    return 0;
}

static void on_error(void *ctx, const xmlError *e)
{
    (void)ctx;
    if (e->code == XML_HTML_UNKNOWN_TAG && e->message && is_html5(e->message))
        return;
    printf("%s:%d: %s", current, e->line, e->message ? e->message : "error\n");
    errors++;
}

static void walk(xmlNodePtr n, int links, size_t *rows, int in_tbody)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const char *name = (const char *)n->name;
        if (links && (strcmp(name, "a") == 0 || strcmp(name, "link") == 0)) {
            xmlChar *href = xmlGetProp(n, BAD_CAST "href");
            if (href)
                printf("%s\n", (const char *)href);
            xmlFree(href);
        }
        if (in_tbody && strcmp(name, "tr") == 0)
            (*rows)++;
        walk(n->children, links, rows, strcmp(name, "tbody") == 0);
    }
}

int main(int argc, char **argv)
{
    int links = 0, rows = 0, i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        links |= strcmp(argv[i], "-l") == 0;
        rows |= strcmp(argv[i], "-r") == 0;
    }
    xmlSetStructuredErrorFunc(NULL, (xmlStructuredErrorFunc)on_error);
    for (; i < argc; i++) {
        current = argv[i];
        htmlDocPtr doc = htmlReadFile(argv[i], "UTF-8", HTML_PARSE_NONET);
        if (!doc) {
            printf("%s: not parsed\n", argv[i]);
            errors++;
            continue;
        }
        size_t n_rows = 0;
        walk(xmlDocGetRootElement(doc), links, &n_rows, 0);
        if (rows)
            printf("%zu\n", n_rows);
        xmlFreeDoc(doc);
    }
    xmlCleanupParser();
    return errors ? 1 : 0;
}
