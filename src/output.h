/* output — stage 7: write files atomically.
 *
 * Contract: output_write() writes to a temporary file in the target's own
 * directory and later renames it over the target, so a reader (or a
 * crash) sees either the old file or the complete new one, never a
 * partial file.  On Linux the data is written to an unnamed O_TMPFILE
 * inode, so kill -9 before the rename leaves nothing; only then does it
 * get a hidden name (".NAME.PID.N.tmp") for the rename.  Elsewhere (or
 * where the file system lacks O_TMPFILE) it is written to a hidden
 * ".NAME.XXXXXX" file from the start, which a kill can leave behind.
 *
 * Group commit: written outputs wait (up to 128, from every thread) until
 * the group is full or output_flush() is called; the group is made
 * durable by one syncfs per file system, then each output is renamed into
 * place.  So a power cut never leaves a target naming an empty file, at
 * the cost of one sync per group instead of one fsync per file.  A
 * process must call output_flush() before it exits, or its last outputs
 * are lost (old versions stay).
 *
 * Incremental runs: a target that already holds exactly these bytes is
 * left alone — not rewritten, so its mtime stays — and 1 is returned.
 * Otherwise returns 0 once written (in place at the next commit), or -1
 * after printing "communique: PATH: reason". */
#ifndef COMMUNIQUE_OUTPUT_H
#define COMMUNIQUE_OUTPUT_H

#include <stddef.h>

int output_write(const char *path, const char *data, size_t len);
/* Commits the outputs still waiting; thread-safe.  Returns -1 if any
 * commit since the last flush failed (each failure was reported as
 * "communique: PATH: cannot write: reason" by the thread that committed
 * it), else 0. */
int output_flush(void);
/* The name every output of an input is made from: "dir/seed.txt" →
 * "seed" (the last extension dropped, a leading dot kept); standard input
 * ("-") is "stdin".  Returns a malloc'ed string. */
char *output_stem(const char *path);
/* The link from one page to the statement page of a stem, safe in any
 * href: "./" + the stem percent-encoded (all but RFC 3986's unreserved
 * characters) + ".html", so no file name ("javascript:alert(1).txt")
 * can be read as a scheme.  base, when not NULL, replaces the "./"
 * ("https://example.org/statements/").  Returns a malloc'ed string. */
char *output_page_href(const char *stem, const char *base);
/* Creates dir (one level) if missing; -1 after reporting why. */
int output_ensure_dir(const char *dir);

#endif
