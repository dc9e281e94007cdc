/* feed — stage 8: validated statements → the feeds downstream systems
 * read: feed.json (JSON Feed 1.1), atom.xml (Atom 1.0), statements.jsonl,
 * statements.jsonl (one statement JSON per line), statements.csv
 * (RFC 4180), index.html (a list to filter, search and sort) and
 * search.js (the words the index's search box looks in).
 *
 * The statements are linked to each other first (link.h) over the whole
 * collection: each document's <related> is replaced by the relations found
 * among the documents given, so the feeds never point at a statement they
 * do not carry.  Items are ordered newest first by statement date (a year
 * or year-month sorts as its first day); statements without a date come
 * last, all ties broken by id, then file name.
 *
 * Atom and the index are XSLT over a collection document built here:
 *   <k:collection title feed-id updated generator-version [base-url]>
 *     <k:item href="STEM.html" updated year [published]> <c:statement/> …
 * with k = urn:communique:collection:1.  The JSON outputs are built with
 * jansson from the statements' own JSON rendering.
 *
 * Dates: Atom requires an updated time for every entry; a statement dated
 * to the day gets T00:00:00Z, a year-month or year its first day, and an
 * undated one 1970-01-01T00:00:00Z, fixed so the feed stays byte-identical
 * from run to run (the feed's own updated is the newest entry's).  JSON
 * Feed's date_published, being optional, is given only for full dates.
 *
 * Contract: feed_write() writes the six files with output_write (each
 * atomically, unchanged ones left untouched) and returns 0, or -1 after
 * reporting why. */
#ifndef COMMUNIQUE_FEED_H
#define COMMUNIQUE_FEED_H

#include <libxml/tree.h>

#include "render.h"

#define COLLECTION_NS "urn:communique:collection:1"

struct feed_options {
    const char *title;      /* the feeds' title */
    const char *base_url;   /* where the output directory is published, or
                               NULL: links are then relative to it */
};

struct feed;

struct feed *feed_new(void);
void feed_free(struct feed *f);
/* Takes a valid statement document (the feed owns it from now on);
 * path is the XML file it was read from (its outputs share its stem). */
void feed_add(struct feed *f, xmlDocPtr doc, const char *path);
/* Two documents of one id (a raw file renamed and converted again leaves
 * the old name's outputs; one text saved twice): the first by path is
 * kept, each other one is reported by name and left out, so the feeds'
 * ids stay unique.  Returns how many were left out. */
size_t feed_drop_duplicate_ids(struct feed *f);
int feed_write(struct feed *f, struct renderer *r, const struct feed_options *o,
               const char *dir);

/* The six files in memory, for feed_write and the fuzz harness: 0 and
 * out[] filled (free with feed_files_free), or -1 after reporting why.
 * It consumes the documents added: call it once, then feed_free. */
#define FEED_FILES 6
struct feed_file {
    const char *name;
    char *data;
    size_t len;
};
int feed_render(struct feed *f, struct renderer *r, const struct feed_options *o,
                struct feed_file out[FEED_FILES]);
void feed_files_free(struct feed_file out[FEED_FILES]);

#endif
