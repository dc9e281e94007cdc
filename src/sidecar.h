/* sidecar — corrections and metadata that survive a new convert.
 *
 * NAME.meta.json beside a raw input NAME.EXT holds fields in the JSON
 * contract's keys, applied after extraction on every convert, so a field
 * corrected once stays corrected:
 *
 *   {"date": "2022-11-24", "country": {"iso": "KZ"},
 *    "source": {"url": "https://…", "retrieved": "2026-01-05"}}
 *
 * Keys: title, issuer, kind, date, place, reference, language,
 * country {iso}, author {name, role}, source {url, retrieved}.  Each field
 * given is marked in provenance as given (origin given="true"), and the
 * id and a derived title are made again from the corrected values.
 *
 * Contract: 0 when there is no sidecar or it was applied; -1 with
 * "NAME.meta.json:LINE: reason" in err (an unknown key, a value the schema
 * refuses, JSON that does not parse), and the statement left as it was
 * extracted. */
#ifndef COMMUNIQUE_SIDECAR_H
#define COMMUNIQUE_SIDECAR_H

#include <stddef.h>

#include "statement.h"

/* The sidecar's path for a raw input path ("d/s.txt" → "d/s.meta.json");
 * NULL for standard input.  Caller frees. */
char *sidecar_path(const char *raw_path);
/* Whether a file name is a sidecar's ("*.meta.json"): not a raw input. */
int sidecar_is_name(const char *name);
int sidecar_apply(const char *raw_path, struct statement *st, char *err, size_t errlen);

#endif
