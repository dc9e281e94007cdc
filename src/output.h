/* output — stage 7: write files atomically.
 *
 * Contract: output_write() writes to a temporary file in the target's own
 * directory and later renames it over the target, so a reader (or a
 * crash) sees either the old file or the complete new one, never a
 * partial file.  On Linux the data is written to an unnamed O_TMPFILE
 * inode, so kill -9 before the rename leaves nothing; only then does it
 * get a hidden name (".NAME.cqTOKEN.N.tmp", TOKEN random per process) for
 * the rename.  Elsewhere (or
 * where the file system lacks O_TMPFILE) it is written to a hidden
 * ".NAME.XXXXXX" file from the start, which a kill can leave behind.
 *
 * Sets: the outputs of one statement (s.xml, s.json, s.html, s.txt) are
 * added to one output_set and committed together: after a full disk, an
 * I/O error, a kill or a concurrent run, they are all the new ones or all
 * the old ones.  Every file of a set is written and named first; a set of
 * several files then gets a journal (".NAME.cqTOKEN.N.commit": the hidden
 * names, their targets, the inode each target had, each temporary's size
 * and digest) before the first rename, and loses it after the last.  A
 * run killed between the renames leaves the journal, and the next run
 * that writes to the directory completes them (output_recover) before
 * anything else — unless a later run has replaced a target since, or a
 * temporary no longer holds its bytes, when the set is dropped whole.
 * The renames of a set are made under an flock of the directory, so two
 * runs never interleave their sets; every hidden file is flocked by its
 * writer until it is renamed or removed, and recovery takes only the
 * unlocked ones, under the directory's exclusive lock.
 *
 * Group commit: sets wait (up to 128 files, from every thread) until the
 * group is full or output_flush() is called; the group is made durable by
 * one syncfs per file system, then each set is renamed into place.  So a
 * power cut never leaves a target naming an empty file, at the cost of one
 * sync per group instead of one fsync per file.  A process must call
 * output_flush() before it exits, or its last outputs are lost (old
 * versions stay).
 *
 * Incremental runs: a target that already holds exactly these bytes is
 * left alone — not rewritten, so its mtime stays — and 1 is returned.
 * Otherwise returns 0 once written (in place at the next commit), or -1
 * after printing "communique: PATH: reason". */
#ifndef COMMUNIQUE_OUTPUT_H
#define COMMUNIQUE_OUTPUT_H

#include <stddef.h>

struct output_set;
struct output_set *output_set_new(void);
/* Writes one output of the set to its temporary (every path in one
 * directory); 1: the target already holds these bytes (not part of the
 * set); 0: staged; -1: reported, and the whole set will be dropped. */
int output_set_add(struct output_set *s, const char *path, const char *data, size_t len);
/* Hands the set to the group commit (and frees it); -1 if an add failed,
 * in which case nothing of it is written and the old files stay. */
int output_set_commit(struct output_set *s);
/* A set of one. */
int output_write(const char *path, const char *data, size_t len);
/* Before writing into dir: completes the sets a dead run left between
 * their renames (if still intact and not superseded), and removes the
 * temporaries and journals of dead runs (a live run's, locked by it, are
 * left alone; so is any file not named like ours). */
void output_recover(const char *dir);
/* Whether the regular file at path is one communique wrote (a statement
 * rendering or a feed file, known by its marker: the statement namespace,
 * the pages' generator, the JSON contract's schema_version, the AKN
 * source, a text rendering's closing source line and digest). */
int output_is_ours(const char *path);
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
/* "https://host/…": an absolute http(s) URL with a host and nothing that
 * would need escaping in an href (--base-url, source URLs). */
int output_url_is_http(const char *u);
/* Creates dir (one level) if missing; -1 after reporting why. */
int output_ensure_dir(const char *dir);

#endif
