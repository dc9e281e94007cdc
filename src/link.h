/* link — the stage between validate and transform that relates the
 * statements of one batch (a convert run, a feed's collection) to each
 * other, so the same statement arriving twice — an EU statement and a news
 * report quoting it — is published as two linked items, not two strangers.
 *
 * Text relations are found paragraph by paragraph.  A paragraph's words
 * (ASCII letters lower-cased, curly and straight apostrophes as spaces)
 * are cut into overlapping three-word shingles; a paragraph of A matches B
 * when at least 40 % of its shingles occur in one single paragraph of B.
 * A's coverage by B is the share of A's body words that stand in matched
 * paragraphs.  Paragraphs of fewer than LINK_MIN_SHINGLES shingles are too
 * short to judge and count on neither side.  With a and b the coverages
 * (in percent) and at least two matched paragraphs (one if that is all a
 * statement has):
 *   a ≥ 80 and b ≥ 80, both or neither news reports  → same-statement
 *   a ≥ 60, A a news report and B not                 → A quotes B
 *   otherwise the side with the higher coverage ≥ 60  → it quotes the other
 * The other side records the inverse (quoted-by).  Matching one paragraph
 * of boilerplate ("The development of resilient democratic institutions…")
 * is not enough, which is why whole paragraphs, not shared phrases, count.
 *
 * Follow-ups: two dated statements (not news reports) by the same issuing
 * side (equal issuers, or both EU voices: phrases.h EU_ISSUER_WORDS) on
 * the same country and election (type and year) — the later one is a
 * follow-up of the nearest earlier one.
 *
 * Cost: candidates come from an inverted index of one shingle in four
 * (chosen by hash, so all statements sample the same ones); two statements
 * sharing two of those are compared in full.  A sampled shingle in more
 * than LINK_MAX_DF statements is boilerplate and ignored, which keeps the
 * work near-linear in the batch.  (A pair of very short statements, under
 * ~20 shingles in common, can be missed by the sampling.)  Each statement
 * keeps at most LINK_MAX_RELATED relations, strongest first
 * (same-statement, quotes, quoted-by, follow-up, followed-up-by; then
 * overlap, then id).
 *
 * Memory: the shingles (4 bytes per body word, hashes cut to 32 bits) and
 * the index (8 bytes per sampled shingle) go to an unnamed scratch file
 * (spool.h: link_new's own, or the caller's) and are read back a
 * bucket (1/256 of the index) or a pair of statements at a time.  What
 * stays in memory per statement is its id, title and file name, about 100
 * bytes of bookkeeping, and its follow-up keys: a few hundred bytes,
 * however long it is; the scratch file takes about 6 bytes per body
 * word.  Without a scratch file (or when writing to it fails) the same
 * bytes are kept in memory instead: more memory, the same relations.
 *
 * Contract: the result depends only on the statements added, not on the
 * order they were added in (ties are broken by id, then file). */
#ifndef COMMUNIQUE_LINK_H
#define COMMUNIQUE_LINK_H

#include <stddef.h>

#include "spool.h"
#include "statement.h"

#define LINK_MIN_SHINGLES 8
#define LINK_MAX_DF 32
/* schema/statement.xsd allows this many related statements (maxOccurs). */
#define LINK_MAX_RELATED 8

struct link_election {
    const char *type;
    const char *date;       /* its date value (any precision) or NULL */
};

/* What the stage needs to know of one statement; link_add copies it. */
struct link_meta {
    const char *id, *title, *file, *kind;
    const char *issuer;     /* NULL when not stated */
    const char *country;    /* ISO code or NULL */
    const char *date;       /* the statement's date value or NULL */
    const struct link_election *elections;
    size_t n_elections;
};

struct link_set;

/* A set with a scratch file of its own, in $TMPDIR (else /tmp). */
struct link_set *link_new(void);
/* A set that writes into the caller's spool (NULL: keeps everything in
 * memory), which must outlive it: one scratch file for a run that has
 * one already. */
struct link_set *link_new_sharing(struct spool *spool);
void link_free(struct link_set *set);
/* Adds one statement with its body paragraphs; returns its index.  Not
 * thread-safe: callers adding from several threads hold a lock. */
size_t link_add(struct link_set *set, const struct link_meta *meta, const char *const *paragraphs,
                size_t n_paragraphs);
/* link_add for a statement model: its meta and body paragraphs. */
size_t link_add_statement(struct link_set *set, const struct statement *st);
/* Finds the relations of every statement added so far. */
void link_compute(struct link_set *set);
/* The relations of statement i after link_compute, strongest first; the
 * array belongs to the set. */
const struct related *link_related(const struct link_set *set, size_t i, size_t *count);
/* Copies the relations of statement i into a statement model. */
void link_copy_related(const struct link_set *set, size_t i, struct statement *st);

#endif
