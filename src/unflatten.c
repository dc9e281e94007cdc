/* A statement flattened into one line (a PDF copied out of a document
 * viewer or an aggregator): "P/05/17 Bruxelas, 3 de Março de 2005
 * 6975/05 (Presse 47) Declaração da Presidência, … na Moldávia A União
 * Europeia recorda …".  The header items run in at its start — document
 * numbers, a dateline, a Council press reference — and a title that runs
 * into the statement's opening words become blocks of their own, so the
 * later stages read them as they read a header on its own lines.  Every
 * byte stays in one of the blocks. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dates.h"
#include "normalise.h"
#include "phrases.h"
#include "statement.h"
#include "strbuf.h"
#include "utf8.h"

/* Shorter single-line texts are headlines or notes, not a flattened page. */
#define FLATTENED_MIN_BYTES 600
/* How far into the text the header items and the title may reach. */
#define HEADER_MAX_BYTES 400

static size_t digits(const char *p)
{
    return strspn(p, "0123456789");
}

/* "P/05/17", "IP/10/145": a document number. */
static size_t document_number(const char *p)
{
    size_t n = 0;
    while (isupper((unsigned char)p[n]) && n < 6)
        n++;
    if (n == 0 || p[n] != '/')
        return 0;
    size_t a = digits(p + n + 1);
    if (a == 0 || p[n + 1 + a] != '/')
        return 0;
    size_t b = digits(p + n + 2 + a);
    return b ? n + 2 + a + b : 0;
}

/* "6975/05 (Presse 47)", "PRESSE 393": a Council press reference. */
static size_t council_reference(const char *p)
{
    if (strncasecmp(p, "Presse ", 7) == 0) {
        size_t n = digits(p + 7);
        return n ? 7 + n : 0;
    }
    size_t a = digits(p);
    if (a < 3 || a > 6 || p[a] != '/')
        return 0;
    size_t b = digits(p + a + 1);
    if (b < 1 || b > 2)
        return 0;
    size_t n = a + 1 + b;
    if (strncasecmp(p + n, " (Presse ", 9) == 0) {
        size_t c = digits(p + n + 9);
        if (c && p[n + 9 + c] == ')')
            n += 10 + c;
    }
    return n;
}

/* "Bruxelas, 3 de Março de 2005": a place of one to three capitalised
 * words, a comma, a full date. */
static size_t dateline(const char *p)
{
    if (!utf8_starts_upper(p))
        return 0;
    const char *comma = strchr(p, ',');
    if (!comma || comma - p > 40 || comma[1] != ' ')
        return 0;
    for (const char *q = p; q < comma; q++)
        if (isdigit((unsigned char)*q))
            return 0;
    struct date_match m;
    size_t at = (size_t)(comma + 2 - p);
    if (!date_find(p, at, &m) || m.offset > at + 3 || !m.year || !m.day)
        return 0;
    return m.offset + m.length;
}

/* Where the statement's own words begin after a title: the first opening
 * phrase ("A União Europeia", "The European Union") after the title's
 * first words, or 0. */
static size_t title_end(const char *p, size_t limit)
{
    /* A title is longer than its cue word: "Speech" alone ends the text. */
    if (strnlen(p, 10) < 10 || !phrase_list_prefix(TITLE_CUES, p))
        return 0;
    for (size_t k = 10; k < limit && p[k]; k++) {
        if (p[k - 1] != ' ' || !utf8_starts_upper(p + k))
            continue;
        for (const char *const *o = STATEMENT_OPENINGS; *o; o++) {
            size_t ol = strlen(*o);
            if (strncmp(p + k, *o, ol) == 0 && p[k + ol] == ' ')
                return k;
        }
    }
    return 0;
}

static void push(struct block **blocks, size_t *n, const struct block *like, const char *text,
                 size_t len)
{
    while (len && text[len - 1] == ' ')
        len--;
    if (!len)
        return;
    struct block *b = array_push(blocks, n, sizeof *b);
    *b = *like;
    b->text = xstrndup(text, len);
}

void normalise_unflatten(struct doc_text *doc)
{
    if (doc->n_blocks != 1 || doc->blocks[0].lines.first != doc->blocks[0].lines.last)
        return;
    const struct block *whole = &doc->blocks[0];
    const char *t = whole->text;
    if (strlen(t) < FLATTENED_MIN_BYTES)
        return;
    struct block *blocks = NULL;
    size_t n = 0, pos = 0;
    for (;;) {
        while (t[pos] == ' ')
            pos++;
        if (pos >= HEADER_MAX_BYTES)
            break;
        size_t item = document_number(t + pos);
        if (!item)
            item = council_reference(t + pos);
        if (!item)
            item = dateline(t + pos);
        if (!item || (t[pos + item] != ' ' && t[pos + item] != '\0'))
            break;
        push(&blocks, &n, whole, t + pos, item);
        pos += item;
    }
    size_t title = title_end(t + pos, HEADER_MAX_BYTES);
    if (title) {
        push(&blocks, &n, whole, t + pos, title);
        pos += title;
    }
    if (n == 0) {
        free(blocks);
        return; /* not a flattened page after all */
    }
    push(&blocks, &n, whole, t + pos, strlen(t + pos));
    free(doc->blocks[0].text);
    free(doc->blocks);
    doc->blocks = blocks;
    doc->n_blocks = n;
}
