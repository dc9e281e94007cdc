#include "utf8.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

size_t utf8_first_invalid(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        size_t need;
        unsigned cp;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + need >= len) /* truncated sequence */
            return i;
        for (size_t k = 1; k <= need; k++) {
            if ((s[i + k] & 0xc0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
            (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffe || cp == 0xffff)
            return i;
        i += need + 1;
    }
    return len;
}

unsigned utf8_decode(const char *str, size_t *adv)
{
    const unsigned char *s = (const unsigned char *)str;
    if (s[0] < 0x80) {
        *adv = 1;
        return s[0];
    }
    size_t need = s[0] >= 0xf0 ? 3 : s[0] >= 0xe0 ? 2 : 1;
    unsigned cp = s[0] & (0x3f >> need);
    for (size_t k = 1; k <= need; k++) {
        if ((s[k] & 0xc0) != 0x80) {
            *adv = k;
            return 0xfffd;
        }
        cp = (cp << 6) | (s[k] & 0x3f);
    }
    *adv = need + 1;
    return cp;
}

size_t utf8_length(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xc0) != 0x80)
            n++;
    return n;
}

int utf8_longer_than(const char *s, size_t n)
{
    size_t count = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xc0) != 0x80 && ++count > n)
            return 1;
    return 0;
}

int utf8_starts_upper(const char *s)
{
    size_t adv;
    unsigned cp = utf8_decode(s, &adv);
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xc0 && cp <= 0xde && cp != 0xd7) ||
           (cp >= 0x391 && cp <= 0x3a9) || (cp >= 0x400 && cp <= 0x42f);
}

int utf8_fold(const char *s, size_t len, char *buf, size_t size)
{
    int ascii = 1;
    for (size_t k = 0; k < len; k++)
        ascii &= (unsigned char)s[k] < 0x80;
    if (ascii) {
        if (len >= size)
            return 0;
        for (size_t k = 0; k < len; k++)
            buf[k] = (char)tolower((unsigned char)s[k]);
        buf[len] = '\0';
        return 1;
    }
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &out,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    int fits = n >= 0 && (size_t)n < size;
    if (fits)
        memcpy(buf, out, (size_t)n + 1);
    free(out);
    return fits;
}

size_t utf8_chars_after(const char *s, size_t len)
{
    size_t n = 0;
    for (s += len; *s; s++)
        n += ((unsigned char)*s & 0xc0) != 0x80;
    return n;
}

size_t utf8_word_separator(const char *str)
{
    const unsigned char *s = (const unsigned char *)str;
    if (s[0] == 0xe2 && s[1] == 0x80 && s[2] >= 0x90 && s[2] <= 0x9f)
        return 3;
    if (s[0] == 0xc2 && (s[1] == 0xa0 || s[1] == 0xab || s[1] == 0xbb))
        return 2;
    return 0;
}
