/* The alignment clause: which countries align themselves with the
 * statement, in which group (candidate, potential candidate, EFTA/EEA,
 * other), and the footnotes their marks point to.  A group phrase applies
 * to the countries after it, until the next group phrase. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "countries.h"
#include "extract_parts.h"
#include "phrases.h"
#include "strbuf.h"

/* Where each group phrase occurs next, at or after the clause position
 * last asked about.  The position only moves forward, so a phrase is
 * searched for again only once the position has passed its occurrence:
 * each phrase's searches together cross the clause once, however many
 * countries it lists. */
struct group_cursor {
    size_t *next; /* per row of ALIGNMENT_GROUPS; (size_t)-1: not again */
    unsigned char *known;
};

/* Next group phrase at or after from (earliest; longest on a tie). */
static const struct group_phrase *next_group(struct group_cursor *gc, const char *text,
                                             size_t from, size_t *at)
{
    const struct group_phrase *best = NULL;
    size_t best_at = (size_t)-1;
    for (size_t k = 0; ALIGNMENT_GROUPS[k].phrase; k++) {
        const struct group_phrase *g = &ALIGNMENT_GROUPS[k];
        if (!gc->known[k] || (gc->next[k] != (size_t)-1 && gc->next[k] < from)) {
            gc->next[k] = find_word_ci(text, from, g->phrase);
            gc->known[k] = 1;
        }
        size_t a = gc->next[k];
        if (a == (size_t)-1)
            continue;
        if (a < best_at || (a == best_at && strlen(g->phrase) > strlen(best->phrase))) {
            best = g;
            best_at = a;
        }
    }
    *at = best_at;
    return best;
}

static void parse_clause(const char *text, struct statement *st)
{
    const char *group = "other";
    size_t pos = 0;
    size_t rows = 0;
    while (ALIGNMENT_GROUPS[rows].phrase)
        rows++;
    struct group_cursor gc = {xmalloc(rows * sizeof *gc.next), xmalloc(rows)};
    memset(gc.known, 0, rows);
    /* The next country, kept while group phrases move pos up to it: a
     * clause of group phrases and no country is crossed once, not once per
     * phrase. */
    struct country_match m;
    int have_country = 0, country_known = 0;
    for (;;) {
        if (!country_known || (have_country && m.offset < pos)) {
            have_country = country_find(text, pos, st->language, &m);
            while (have_country && m.adjective)
                have_country = country_find(text, m.offset + m.length, st->language, &m);
            country_known = 1;
        }
        size_t gat;
        const struct group_phrase *g = next_group(&gc, text, pos, &gat);
        if (g && (!have_country || gat < m.offset)) {
            group = g->group;
            pos = gat + strlen(g->phrase);
            continue;
        }
        if (!have_country)
            break;
        pos = m.offset + m.length;
        int seen = 0;
        for (size_t i = 0; i < st->n_aligned; i++)
            if (strcmp(st->aligned[i].iso, m.alpha2) == 0)
                seen = 1;
        if (seen || !country_display_name(m.alpha2))
            continue;
        struct aligned_country *a = array_push(&st->aligned, &st->n_aligned, sizeof *a);
        a->name = xstrndup(text + m.offset, m.length);
        memcpy(a->iso, m.alpha2, 3);
        a->group = xstrdup(group);
        size_t marks = 0;
        while (text[pos + marks] == '*')
            marks++;
        if (marks)
            a->mark = xstrndup(text + pos, marks);
    }
    free(gc.next);
    free(gc.known);
}

/* "* text", "** text", "¹ text", "(1) text" */
static void add_footnote(const char *text, struct statement *st)
{
    size_t n = 0;
    if (text[0] == '*')
        while (text[n] == '*')
            n++;
    else if (strncmp(text, "\xc2\xb9", 2) == 0 || strncmp(text, "\xc2\xb2", 2) == 0)
        n = 2;
    else if (text[0] == '(') {
        const char *close = strchr(text, ')');
        n = close ? (size_t)(close - text) + 1 : 0;
    }
    const char *rest = text + n;
    while (*rest == ' ')
        rest++;
    /* A bare mark is kept as the footnote's text, not as an empty note. */
    if (!*rest) {
        n = 0;
        rest = text;
    }
    struct footnote *f = array_push(&st->footnotes, &st->n_footnotes, sizeof *f);
    f->mark = n ? xstrndup(text, n) : NULL;
    f->text = xstrdup(rest);
}

void extract_alignment(const struct classified *c, struct statement *st)
{
    for (size_t i = 0; i < c->n_pieces; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role == ROLE_ALIGNMENT && !st->alignment_clause) {
            st->alignment_clause = xstrdup(p->text);
            statement_note_origin(st, p->lines, "/alignment_clause");
            parse_clause(p->text, st);
            for (size_t k = 0; k < st->n_aligned; k++)
                statement_note_origin(st, p->lines, "/aligned_countries/%zu", k);
        } else if (p->role == ROLE_FOOTNOTE) {
            add_footnote(p->text, st);
            statement_note_origin(st, p->lines, "/footnotes/%zu", st->n_footnotes - 1);
        }
    }
}
