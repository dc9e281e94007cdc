/* spool — bytes one pass of a run makes and a later pass of the same run
 * reads back, kept in an unnamed scratch file rather than in memory.
 *
 * convert's link pass extracts every input to learn its relations; the
 * conversion pass needs that same extraction again.  Keeping the built
 * documents in memory would grow with the number of inputs, extracting
 * twice doubles the main cost; a spool costs one write and one read.
 *
 * Contract: the file is unnamed (O_TMPFILE) or unlinked at once, in the
 * directory given, so nothing is left behind by any exit, kill included.
 * spool_put and spool_get may be called from several threads at once.
 * A failed put (full disk, file-size limit) only means the caller must make
 * the bytes again; nothing here prints or exits. */
#ifndef COMMUNIQUE_SPOOL_H
#define COMMUNIQUE_SPOOL_H

#include <stddef.h>
#include <sys/types.h>

struct spool;

/* Where one put's bytes lie; len 0 means nothing was kept. */
struct spool_ref {
    off_t offset;
    size_t len;
};

/* Opens a spool in dir; NULL (errno set) if no scratch file can be made. */
struct spool *spool_open(const char *dir);
/* Appends len bytes; 0 and *ref set, or -1 (and ref->len 0). */
int spool_put(struct spool *s, const void *data, size_t len, struct spool_ref *ref);
/* Reads back what ref names into a new buffer (caller frees); NULL if the
 * read fails or ref is empty. */
char *spool_get(struct spool *s, const struct spool_ref *ref);
void spool_close(struct spool *s);

#endif
