#include "rawtext.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "binformat.h"
#include "htmltext.h"
#include "pdftext.h"
#include "strbuf.h"
#include "utf8.h"

static int fail(char *err, size_t errlen, const char *msg)
{
    snprintf(err, errlen, "%s", msg);
    return -1;
}

/* UTF-16 (as Windows tools save "Unicode" text) to UTF-8 with the C
 * library's iconv, which refuses unpaired surrogates.  The BOM is
 * dropped.  Returns a malloc'ed buffer in *out, or NULL after filling err. */
static char *utf16_to_utf8(const unsigned char *p, size_t len, int big_endian, size_t *out_len,
                           char *err, size_t errlen)
{
    iconv_t cd = iconv_open("UTF-8", big_endian ? "UTF-16BE" : "UTF-16LE");
    if (cd == (iconv_t)-1) {
        snprintf(err, errlen, "cannot decode UTF-16: %s", strerror(errno));
        return NULL;
    }
    /* A UTF-16 unit becomes at most 3 UTF-8 bytes (a pair of 4 bytes, 2). */
    size_t cap = (len / 2) * 3 + 1;
    char *buf = xmalloc(cap);
    char *in = (char *)p + 2, *o = buf;
    size_t in_left = len - 2, out_left = cap - 1;
    size_t rc = iconv(cd, &in, &in_left, &o, &out_left);
    int e = errno;
    iconv_close(cd);
    if (rc == (size_t)-1) {
        size_t at = (size_t)(in - (const char *)p);
        if (e == EINVAL)
            snprintf(err, errlen, "invalid UTF-16: text ends inside a character");
        else
            snprintf(err, errlen, "invalid UTF-16 at byte offset %zu", at);
        free(buf);
        return NULL;
    }
    *o = '\0';
    *out_len = (size_t)(o - buf);
    return buf;
}

/* A NUL in every other byte of the first few is how UTF-16 without a
 * byte-order mark looks; say so instead of just "binary". */
static int looks_like_bomless_utf16(const unsigned char *p, size_t len)
{
    size_t n = len < 64 ? len & ~(size_t)1 : 64;
    if (n < 8)
        return 0;
    size_t pairs = n / 2, even = 0, odd = 0;
    for (size_t i = 0; i < n; i += 2) {
        even += p[i] == 0;
        odd += p[i + 1] == 0;
    }
    return (even * 4 >= pairs * 3 && odd == 0) || (odd * 4 >= pairs * 3 && even == 0);
}

/* Characters that take no room and carry no text, dropped as the text is
 * read: a zero-width space after every word hid every word from the
 * extractors, and a line of nothing but a bidi override or a second BOM
 * became the title.  (Joiners U+200C/D are kept: Persian and Indic
 * scripts and emoji need them.)  Returns the bytes to skip at p, or 0. */
size_t raw_invisible_at(const unsigned char *p, size_t n)
{
    if (n >= 2 && p[0] == 0xc2 && p[1] == 0xad)
        return 2; /* soft hyphen */
    if (n < 3)
        return 0;
    if (p[0] == 0xe2 && p[1] == 0x80 &&
        (p[2] == 0x8b || p[2] == 0x8e || p[2] == 0x8f || (p[2] >= 0xaa && p[2] <= 0xae)))
        return 3; /* zero-width space, LRM/RLM, bidi embeddings and overrides */
    if (p[0] == 0xe2 && p[1] == 0x81 && ((p[2] >= 0xa0 && p[2] <= 0xa4) || (p[2] >= 0xa6 && p[2] <= 0xa9)))
        return 3; /* word joiner, invisible operators, bidi isolates */
    if (p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
        return 3; /* a byte-order mark after the first */
    return 0;
}

/* A line of nothing but spaces and no-break spaces is a blank line. */
static void blank_nbsp_lines(struct strbuf *sb)
{
    if (!sb->data)
        return; /* an empty text */
    size_t out = 0, start = 0;
    for (size_t i = 0; i <= sb->len; i++) {
        if (i < sb->len && sb->data[i] != '\n')
            continue;
        int blank = 1, nbsp = 0;
        for (size_t k = start; k < i && blank; k++) {
            unsigned char c = (unsigned char)sb->data[k];
            if (c == 0xc2 && k + 1 < i && (unsigned char)sb->data[k + 1] == 0xa0) {
                nbsp = 1;
                k++;
            } else if (c != ' ' && c != '\t' && c != '\f') {
                blank = 0;
            }
        }
        size_t keep = blank && nbsp ? 0 : i - start;
        memmove(sb->data + out, sb->data + start, keep);
        out += keep;
        if (i < sb->len)
            sb->data[out++] = '\n';
        start = i + 1;
    }
    sb->len = out;
    sb->data[out] = '\0';
}

/* Every check and conversion of raw_text_from_bytes but the digest, which
 * is of the bytes as read: decoded UTF-16 comes back through here. */
/* Where offset off of the text being checked is in the file: the same,
 * or, for text decoded from UTF-16 (with its 2-byte mark), two bytes a
 * character and four for one outside the Basic Multilingual Plane. */
static size_t file_offset(const char *text, size_t off, int utf16)
{
    if (!utf16)
        return off;
    size_t at = 2;
    for (size_t i = 0; i < off; i++) {
        unsigned char c = (unsigned char)text[i];
        if ((c & 0xc0) != 0x80)
            at += c >= 0xf0 ? 4 : 2;
    }
    return at;
}

static int text_from_bytes(const char *bytes, size_t len, int utf16, struct raw_text *out,
                           char *err, size_t errlen)
{
    if (len > RAW_TEXT_MAX_BYTES) {
        snprintf(err, errlen, "file too large (limit %u MiB)", RAW_TEXT_MAX_BYTES >> 20);
        return -1;
    }
    const unsigned char *p = (const unsigned char *)bytes;
    long pdf_at = utf16 ? -1 : pdf_sniff(bytes, len);
    if (pdf_at == 0)
        return pdf_to_text(bytes, len, out, err, errlen);
    /* "%PDF-" further in: a PDF behind some junk, or a text that mentions
     * it; what poppler cannot open is read as text. */
    if (pdf_at > 0 && pdf_to_text(bytes, len, out, err, errlen) == 0)
        return 0;
    if (pdf_at > 0)
        raw_text_free(out);
    const char *format = utf16 ? NULL : binary_format_advice(bytes, len);
    if (format)
        return fail(err, errlen, format);
    if (len >= 4 && ((p[0] == 0xff && p[1] == 0xfe && p[2] == 0 && p[3] == 0) ||
                     (p[0] == 0 && p[1] == 0 && p[2] == 0xfe && p[3] == 0xff)))
        return fail(err, errlen, "UTF-32 text is not supported; convert it to UTF-8");
    if (len >= 2 && ((p[0] == 0xff && p[1] == 0xfe) || (p[0] == 0xfe && p[1] == 0xff))) {
        size_t n;
        char *utf8 = utf16_to_utf8(p, len, p[0] == 0xfe, &n, err, errlen);
        if (!utf8)
            return -1;
        /* The decoded text goes through every check below; offsets in
         * its errors are given in the file's bytes. */
        int rc = text_from_bytes(utf8, n, 1, out, err, errlen);
        free(utf8);
        return rc;
    }
    if (len >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf) {
        p += 3;
        len -= 3;
    }
    const char *nul = memchr(p, '\0', len);
    if (nul) {
        snprintf(err, errlen, "binary data (NUL byte at offset %zu)%s",
                 file_offset(bytes, (size_t)((const char *)nul - bytes), utf16),
                 looks_like_bomless_utf16(p, len) ? "; UTF-16 without a byte-order mark?" : "");
        return -1;
    }
    size_t bad = utf8_first_invalid((const char *)p, len);
    if (bad != len) {
        snprintf(err, errlen, "invalid UTF-8 at byte offset %zu",
                 bad + (size_t)((const char *)p - bytes));
        return -1;
    }
    struct strbuf sb = {0};
    int has_text = 0;
    for (size_t i = 0; i < len; i++) {
        /* Most bytes are text as they are: copied a run at a time (a
         * byte-at-a-time copy was a tenth of extraction's cost). */
        size_t run = i;
        while (run < len && ((p[run] >= 0x20 && p[run] < 0x7f) ||
                             (p[run] >= 0x80 && p[run] != 0xc2 && p[run] != 0xe2 && p[run] != 0xef)))
            run++;
        if (run > i) {
            strbuf_append(&sb, (const char *)p + i, run - i);
            i = run - 1;
            continue;
        }
        unsigned char c = p[i];
        size_t skip = raw_invisible_at(p + i, len - i);
        if (skip) {
            i += skip - 1;
            continue;
        }
        if (c == '\r') {
            strbuf_putc(&sb, '\n');
            if (i + 1 < len && p[i + 1] == '\n')
                i++;
            continue;
        }
        /* Form feed is how PDF extractors mark a page break; tab is text. */
        if (c < 0x20 && c != '\n' && c != '\t' && c != '\f') {
            strbuf_free(&sb);
            snprintf(err, errlen, "control character 0x%02x at byte offset %zu (binary file?)",
                     c, file_offset(bytes, i + (size_t)((const char *)p - bytes), utf16));
            return -1;
        }
        if (c == 0x7f) {
            strbuf_free(&sb);
            return fail(err, errlen, "control character 0x7f (binary file?)");
        }
        strbuf_putc(&sb, (char)c);
    }
    blank_nbsp_lines(&sb);
    for (size_t i = 0; i < sb.len && !has_text; i++)
        has_text = (unsigned char)sb.data[i] > ' ';
    if (!has_text) {
        strbuf_free(&sb);
        return fail(err, errlen, len ? "no text (only white space)" : "empty file");
    }
    /* Lines as the README counts them: a final newline ends the last
     * line, it does not start another. */
    size_t lines = sb.len && sb.data[sb.len - 1] != '\n';
    for (size_t i = 0; i < sb.len; i++)
        lines += sb.data[i] == '\n';
    if (lines > RAW_TEXT_MAX_LINES) {
        strbuf_free(&sb);
        snprintf(err, errlen, "too many lines (%zu; limit %u)", lines, RAW_TEXT_MAX_LINES);
        return -1;
    }
    if (html_sniff(sb.data, sb.len)) {
        struct html_text h;
        int rc = html_to_text(sb.data, sb.len, &h, err, errlen);
        strbuf_free(&sb);
        if (rc != 0)
            return -1;
        if (h.n_lines > RAW_TEXT_MAX_LINES) {
            snprintf(err, errlen, "too many lines of text in the page (%zu; limit %u)",
                     h.n_lines, RAW_TEXT_MAX_LINES);
            html_text_free(&h);
            return -1;
        }
        out->html = 1;
        out->text = h.text;
        out->len = h.len;
        out->source_lines = h.source_lines;
        out->line_flags = h.line_flags;
        out->n_lines = h.n_lines;
        out->canonical_url = h.canonical_url;
        return 0;
    }
    out->len = sb.len;
    out->text = strbuf_detach(&sb);
    return 0;
}

int raw_text_from_bytes(const char *bytes, size_t len, struct raw_text *out,
                        char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (text_from_bytes(bytes, len, 0, out, err, errlen) != 0)
        return -1;
    sha256_hex(bytes, len, out->sha256);
    return 0;
}

int read_file_bytes(const char *path, size_t limit, struct strbuf *out, char *err,
                    size_t errlen)
{
    FILE *f;
    int is_stdin = strcmp(path, "-") == 0;
    if (is_stdin) {
        f = stdin;
    } else {
        struct stat st;
        if (stat(path, &st) != 0) {
            snprintf(err, errlen, "%s", strerror(errno));
            return -1;
        }
        if (S_ISDIR(st.st_mode))
            return fail(err, errlen, "is a directory");
        if (!S_ISREG(st.st_mode))
            return fail(err, errlen, "not a regular file");
        if ((unsigned long long)st.st_size > limit) {
            snprintf(err, errlen, "file too large (limit %zu MiB)", limit >> 20);
            return -1;
        }
        f = fopen(path, "rb");
        if (!f) {
            snprintf(err, errlen, "%s", strerror(errno));
            return -1;
        }
    }
    char chunk[65536];
    size_t n;
    int too_big = 0;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        strbuf_append(out, chunk, n);
        if (out->len > limit) {
            too_big = 1;
            break;
        }
    }
    int read_error = ferror(f);
    if (!is_stdin)
        fclose(f);
    if (read_error || too_big) {
        strbuf_free(out);
        if (too_big)
            snprintf(err, errlen, "file too large (limit %zu MiB)", limit >> 20);
        else
            snprintf(err, errlen, "read error");
        return -1;
    }
    return 0;
}

int raw_text_load(const char *path, struct raw_text *out, char *err, size_t errlen)
{
    struct strbuf sb = {0};
    memset(out, 0, sizeof *out);
    if (read_file_bytes(path, RAW_TEXT_MAX_BYTES, &sb, err, errlen) != 0)
        return -1;
    int rc = raw_text_from_bytes(sb.data ? sb.data : "", sb.len, out, err, errlen);
    strbuf_free(&sb);
    return rc;
}

void raw_text_free(struct raw_text *rt)
{
    free(rt->text);
    free(rt->source_lines);
    free(rt->line_flags);
    free(rt->canonical_url);
    free(rt->page_starts);
    memset(rt, 0, sizeof *rt);
}
