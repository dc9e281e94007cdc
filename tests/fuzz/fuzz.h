/* Shared by the libFuzzer harnesses (tests/fuzz/fuzz_*.c).
 *
 * Each harness defines LLVMFuzzerTestOneInput and aborts when one of the
 * tool's own invariants is broken (a converted document that does not
 * validate, a valid document that does not render), so the fuzzer finds
 * wrong answers as well as crashes.  The same harness, linked with
 * replay.c instead of libFuzzer, replays a corpus in `make check`. */
#ifndef COMMUNIQUE_FUZZ_H
#define COMMUNIQUE_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include <libxml/xmlschemas.h>

#include "render.h"

struct fuzz_assets {
    xmlSchemaPtr schema;
    struct renderer *renderer;
};

/* Loads the schema and stylesheets once per process (aborts if it cannot:
 * a harness without them would test nothing). */
const struct fuzz_assets *fuzz_assets(void);

/* Every rendering of a valid document must succeed; aborts otherwise. */
void fuzz_render_all(xmlDocPtr doc);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
