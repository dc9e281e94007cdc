/* diag — the tool's messages on standard error, one line each.
 *
 * diag() prints "communique: MESSAGE\n".  A batch runs documents on
 * several threads but must report in input order, so a worker captures the
 * messages of the document it is working on (diag_capture_begin/_end) and
 * the batch prints them when that document's turn comes (batch.h).
 * Outside a capture, messages go straight to stderr. */
#ifndef COMMUNIQUE_DIAG_H
#define COMMUNIQUE_DIAG_H

#include <stddef.h>

void diag(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Starts capturing this thread's messages. */
void diag_capture_begin(void);
/* Stops capturing; returns the captured text (malloc'ed, NULL if none). */
char *diag_capture_end(void);

#endif
