/* output — stage 7: write files atomically.
 *
 * Contract: output_write() writes to a temporary file in the target's own
 * directory and renames it over the target, so a reader (or a crash) sees
 * either the old file or the complete new one, never a partial file.
 * On Linux the data is first written to an unnamed O_TMPFILE inode, so
 * kill -9 mid-write leaves nothing; only when complete does it get a
 * hidden name (".NAME.PID.N.tmp") for the rename.  Elsewhere (or where the
 * file system lacks O_TMPFILE) it is written to a hidden ".NAME.XXXXXX"
 * file from the start, which a kill can leave partial.
 *
 * Incremental runs: a target that already holds exactly these bytes is
 * left alone — not rewritten, so its mtime stays — and 1 is returned.
 * Otherwise returns 0 once written, or -1 after printing
 * "communique: PATH: reason". */
#ifndef COMMUNIQUE_OUTPUT_H
#define COMMUNIQUE_OUTPUT_H

#include <stddef.h>

int output_write(const char *path, const char *data, size_t len);
/* The name every output of an input is made from: "dir/seed.txt" →
 * "seed" (the last extension dropped, a leading dot kept); standard input
 * ("-") is "stdin".  Returns a malloc'ed string. */
char *output_stem(const char *path);
/* Creates dir (one level) if missing; -1 after reporting why. */
int output_ensure_dir(const char *dir);

#endif
