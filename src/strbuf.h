/* strbuf — a growable, always NUL-terminated byte buffer.
 *
 * Contract: a zeroed struct strbuf is an empty buffer.  Appends never fail
 * silently: on allocation failure the process aborts with a message, since
 * every caller would otherwise have to unwind half-built statements. */
#ifndef COMMUNIQUE_STRBUF_H
#define COMMUNIQUE_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
    char *data;   /* NUL-terminated, or NULL while empty */
    size_t len;
    size_t cap;
};

void strbuf_append(struct strbuf *sb, const char *s, size_t n);
void strbuf_puts(struct strbuf *sb, const char *s);
void strbuf_putc(struct strbuf *sb, char c);
void strbuf_printf(struct strbuf *sb, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void strbuf_vprintf(struct strbuf *sb, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
/* Hands the buffer's string to the caller (never NULL) and empties sb. */
char *strbuf_detach(struct strbuf *sb);
void strbuf_free(struct strbuf *sb);

/* Allocation helpers that abort on failure (see above). */
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* FNV-1a of a NUL-terminated string: the hash of the tool's
 * open-addressing tables (countries' keys, function words, n-grams,
 * provenance fields). */
size_t string_hash(const char *s);

#endif
