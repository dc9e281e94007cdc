/* render — stage 6: statement XML → JSON, HTML and plain text (libxslt).
 *
 * The stylesheets (schema/statement-{json,html,text}.xsl and the feed's
 * schema/collection-{atom,index}.xsl) are parsed once per process.  Transforms run under security preferences that forbid
 * stylesheets to read or write files or reach the network.  JSON output is
 * parsed back with jansson and re-serialised, so it is valid JSON or an
 * error — never a malformed file.
 *
 * Contract: render_format() returns 0 and a heap buffer, or -1 after
 * printing "communique: NAME: reason" on stderr. */
#ifndef COMMUNIQUE_RENDER_H
#define COMMUNIQUE_RENDER_H

#include <jansson.h>
#include <libxml/tree.h>
#include <stddef.h>

enum format { FORMAT_XML, FORMAT_JSON, FORMAT_HTML, FORMAT_TEXT, FORMAT_COUNT };

/* "json" → FORMAT_JSON; -1 for an unknown name. */
int format_from_name(const char *name);
const char *format_extension(enum format f);

/* Renderings of a whole collection of statements (the feed stage builds
 * the collection document, feed.h). */
enum collection_format { COLLECTION_ATOM, COLLECTION_INDEX, COLLECTION_COUNT };

struct renderer;

/* Loads the statement stylesheets from dir, and the collection ones when
 * with_collections is set (only the feed stage needs them); NULL after
 * reporting why. */
struct renderer *renderer_new(const char *dir, int with_collections);
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
