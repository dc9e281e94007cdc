/* batch — runs one job per input of a batch on N worker threads, and
 * reports as if it had run them one by one.
 *
 * The workers share what the caller loaded once (compiled schema and
 * stylesheets: libxml2 and libxslt allow that once xmlInitParser has run,
 * with a validation and transform context per document) and claim inputs
 * in order.  Each job's messages are captured (diag.h) and printed when all
 * earlier inputs have been reported, so standard error reads the same
 * whatever the number of threads; outputs are files of their own.  Memory
 * stays flat in the batch size: one document in flight per worker, plus a
 * few bytes of bookkeeping per input.
 *
 * With fail_fast the batch stops taking inputs after the first failure;
 * it then runs on one thread, so which inputs were processed does not
 * depend on timing.
 *
 * The progress line ("convert: 120/1000, 85.3/s, 2 failed") is drawn on
 * standard error, at most ten times a second, only when asked (the caller
 * checks that stderr is a terminal and --quiet was not given), and erased
 * before any message and at the end. */
#ifndef COMMUNIQUE_BATCH_H
#define COMMUNIQUE_BATCH_H

#include <stddef.h>

/* The job for input i: 0 when it succeeded. */
typedef int (*batch_job)(size_t i, void *ctx);

struct batch {
    size_t n;           /* inputs */
    int jobs;           /* worker threads, at least 1 */
    int fail_fast;
    int progress;       /* draw the progress line */
    const char *verb;   /* "convert", for the progress line */
};

/* Runs job for every input (or up to the first failure with fail_fast);
 * returns the number of inputs that failed. */
size_t batch_run(const struct batch *b, batch_job job, void *ctx);

/* The default for -j: the number of online processors (at least 1). */
int batch_default_jobs(void);

#endif
