/* phrase_index — one pass over a text for a whole phrase list.
 *
 * The vocabularies in phrases.h are lists of phrases to find anywhere in
 * a text, ASCII case-insensitively (as strncasecmp compares).  Asking
 * "which is the first phrase of the list that the text contains?" phrase
 * by phrase reads the text once per phrase; an Aho-Corasick automaton
 * built once per list reads it once for all of them.
 *
 * Contract: phrase_index_first(table, stride, text) returns the index of
 * the first entry of table (in table order) whose phrase occurs in text,
 * or -1: exactly what a loop of find_ci over the entries would return.
 * table is an array of entries of stride bytes, each starting with its
 * phrase (a const char *), the last one's phrase NULL; a plain list of
 * strings is a table of stride sizeof(char *).  The automaton of a table
 * is built on first use and kept for the process; thread-safe (each
 * thread keeps its own small cache of the automata it has used). */
#ifndef COMMUNIQUE_PHRASE_INDEX_H
#define COMMUNIQUE_PHRASE_INDEX_H

#include <stddef.h>

long phrase_index_first(const void *table, size_t stride, const char *text);

/* Which entries of table occur in text (as phrase_index_first compares):
 * present[i] is set to 1 for each that does, 0 for the others; present
 * holds one byte per entry.  A loop that looks for each phrase in turn
 * (every occurrence, whole words, case-sensitively) can skip those that
 * are not there at all: a text is read once, not once per phrase.
 * Returns how many entries occur. */
size_t phrase_index_mark(const void *table, size_t stride, const char *text,
                         unsigned char *present);
/* Whether text begins with an entry of table (as strncasecmp(text,
 * phrase, strlen(phrase)) == 0 for some entry): a walk of the trie from
 * its root, not a comparison per entry. */
int phrase_index_prefix(const void *table, size_t stride, const char *text);

/* The entries of table whose phrase begins with the byte c, A-Z and a-z
 * alike (as tolower compares in the C locale): *n indexes, in table
 * order.  For a matcher that must compare entries itself (word by word,
 * say) but need not try those that cannot begin where it stands. */
const size_t *phrase_index_starting(const void *table, size_t stride, unsigned char c,
                                    size_t *n);

/* The number of entries of table (up to its NULL phrase). */
size_t phrase_index_count(const void *table, size_t stride);

/* For a list of strings ending with NULL. */
#define PHRASE_LIST_FIRST(list, text) phrase_index_first((list), sizeof(char *), (text))
#define PHRASE_LIST_MARK(list, text, present) \
    phrase_index_mark((list), sizeof(char *), (text), (present))

#endif
