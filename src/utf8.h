/* utf8 — the few UTF-8 facts the text stages need.
 *
 * Contract: inputs are valid UTF-8 (rawtext guarantees it) except for
 * utf8_first_invalid, which is what establishes that. */
#ifndef COMMUNIQUE_UTF8_H
#define COMMUNIQUE_UTF8_H

#include <stddef.h>

/* Offset of the first byte that is not part of a well-formed UTF-8
 * sequence (overlongs, surrogates and > U+10FFFF count as invalid),
 * or len if all is well. */
size_t utf8_first_invalid(const char *s, size_t len);
/* Decodes the code point at s, storing its byte length in *adv. */
unsigned utf8_decode(const char *s, size_t *adv);
/* isalnum in the C locale (the program never calls setlocale), written
 * out so that the per-byte word scans inline it. */
static inline int utf8_ascii_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
/* Number of code points (display width is not attempted). */
size_t utf8_length(const char *s);
/* Whether s has more than n characters: utf8_length(s) > n, reading no
 * further than the (n + 1)th character (the vocabulary tests ask it of
 * whole blocks, for a short bound). */
int utf8_longer_than(const char *s, size_t n);

/* Does s start with a capital letter (Latin, Latin-1, Greek or Cyrillic)? */
int utf8_starts_upper(const char *s);

/* The text s[0, len) case-folded and NFC-normalised (utf8proc) into buf,
 * NUL-terminated; ASCII the fast way.  Returns 0 when it does not fit in
 * size bytes. */
int utf8_fold(const char *s, size_t len, char *buf, size_t size);
/* Bytes of the punctuation mark that stands between words at s and that a
 * word never holds — a curly quote or apostrophe, a dash (U+2010..U+201F),
 * a no-break space, a guillemet — or 0. */
size_t utf8_word_separator(const char *s);
/* Code points of s after its first len bytes. */
size_t utf8_chars_after(const char *s, size_t len);

#endif
