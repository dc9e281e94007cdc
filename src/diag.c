#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "strbuf.h"
#include "utf8.h"

static _Thread_local struct strbuf capture;
static _Thread_local int capturing;

/* A message quotes file names and text from the input: control bytes and
 * bytes that are not UTF-8 are written as \xHH, so that a name such as
 * "b\x1b[2J.txt" cannot drive the terminal or split the line. */
static void append_escaped(struct strbuf *out, const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        size_t n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3
                 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
        if (n > len - i || (n > 1 && utf8_first_invalid(s + i, n) != n))
            n = 0;
        if (n == 0 || c < 0x20 || c == 0x7f) {
            strbuf_printf(out, "\\x%02x", c);
            i++;
        } else {
            strbuf_append(out, s + i, n);
            i += n;
        }
    }
}

void diag(const char *fmt, ...)
{
    struct strbuf text = {0}, line = {0};
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(&text, fmt, ap);
    va_end(ap);
    strbuf_puts(&line, "communique: ");
    append_escaped(&line, text.data ? text.data : "", text.len);
    strbuf_free(&text);
    strbuf_putc(&line, '\n');
    if (capturing)
        strbuf_append(&capture, line.data, line.len);
    else
        fputs(line.data, stderr);
    strbuf_free(&line);
}

void diag_capture_begin(void)
{
    strbuf_free(&capture);
    capturing = 1;
}

char *diag_capture_end(void)
{
    capturing = 0;
    return strbuf_detach(&capture);
}
