#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "strbuf.h"

static _Thread_local struct strbuf capture;
static _Thread_local int capturing;

void diag(const char *fmt, ...)
{
    struct strbuf line = {0};
    va_list ap;
    va_start(ap, fmt);
    strbuf_puts(&line, "communique: ");
    strbuf_vprintf(&line, fmt, ap);
    va_end(ap);
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
