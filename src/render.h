/* render — stage 6: statement XML → JSON, HTML, plain text and Akoma
 * Ntoso (libxslt).
 *
 * The stylesheets (schema/statement-{json,html,text,akn}.xsl and the feed's
 * schema/collection-{atom,index}.xsl) are parsed once per process.  Transforms run under security preferences that forbid
 * stylesheets to read or write files or reach the network.  The JSON
 * stylesheet writes its final layout; render_json parses it (for the
 * feeds), refusing duplicate keys.
 *
 * Contract: render_format() returns 0 and a heap buffer, or -1 after
 * printing "communique: NAME: reason" on stderr. */
#ifndef COMMUNIQUE_RENDER_H
#define COMMUNIQUE_RENDER_H

#include <jansson.h>
#include <libxml/tree.h>
#include <stddef.h>

enum format { FORMAT_XML, FORMAT_JSON, FORMAT_HTML, FORMAT_TEXT, FORMAT_AKN, FORMAT_CSV, FORMAT_COUNT };

/* What convert writes when no --format is given (akn and csv only on
 * request). */
#define FORMAT_IS_DEFAULT(f) ((f) != FORMAT_AKN && (f) != FORMAT_CSV)

/* "json" → FORMAT_JSON; -1 for an unknown name. */
int format_from_name(const char *name);
const char *format_extension(enum format f);

/* Renderings of a whole collection of statements (the feed stage builds
 * the collection document, feed.h). */
enum collection_format {
    COLLECTION_ATOM,
    COLLECTION_INDEX,
    COLLECTION_CSV,
    COLLECTION_SEARCH,
    COLLECTION_COUNT
};

struct renderer;

/* Loads from dir the statement stylesheets of the formats set in wanted
 * (NULL: all of them), and the collection ones when with_collections is
 * set (only the feed stage needs them); NULL after reporting why.  Only
 * what a run uses is loaded, so an assets directory made before a format
 * existed still serves the others. */
struct renderer *renderer_new(const char *dir, const int wanted[FORMAT_COUNT],
                              int with_collections);
void renderer_free(struct renderer *r);

int render_format(struct renderer *r, xmlDocPtr doc, enum format f, const char *name,
                  char **out, size_t *out_len);
/* The statement JSON as a jansson value (NULL after reporting why), for
 * callers that embed it (the feeds) rather than write it. */
json_t *render_json(struct renderer *r, xmlDocPtr doc, const char *name);
/* schema/collection-atom.xsl or collection-index.xsl over a collection
 * document; same contract as render_format. */
int render_collection(struct renderer *r, xmlDocPtr collection, enum collection_format c,
                      const char *name, char **out, size_t *out_len);

#endif
