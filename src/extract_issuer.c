/* extract_issuer — who issued the statement (see extract_parts.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "countries.h"
#include "extract_parts.h"
#include "phrase_index.h"
#include "phrases.h"
#include "strbuf.h"
#include "utf8.h"

/* Where the issuer is named, most telling first: the head (headings and
 * title together), then framing, the signature, the opening paragraph. */
static const int ISSUER_TIERS[][3] = {{ROLE_HEADING, ROLE_TITLE, -1},
                                      {ROLE_FRAMING, -1, -1},
                                      {ROLE_SIGNATURE, -1, -1},
                                      {ROLE_BODY, -1, -1}};

/* "Ministry of Foreign Affairs of the Republic of Lithuania": a ministry
 * is only an issuer together with its country. */
static char *ministry_issuer(const char *text, const char *phrase)
{
    const char *at = find_ci(text, phrase);
    struct country_match m;
    if (!at || !country_find(at, 0, NULL, &m) || m.offset > strlen(phrase) + 20)
        return xstrdup(phrase);
    struct strbuf sb = {0};
    strbuf_printf(&sb, "%s of %s", phrase, country_display_name(m.alpha2));
    return strbuf_detach(&sb);
}

/* The most specific issuer phrase found in the most telling role wins:
 * phrases are tried in table order over every piece of a role, so "on
 * behalf of the 27 member states" in a later framing paragraph beats
 * "European Union" in the first. */
/* "Issued by: The Presidency": the issuer as the text labels it. */
static int issued_by_label(const struct classified *c, struct statement *st)
{
    for (size_t i = 0; i < c->n_pieces; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role == ROLE_BODY || strncasecmp(p->text, "Issued by:", 10) != 0)
            continue;
        const char *v = p->text + 10;
        while (*v == ' ')
            v++;
        if (*v && strlen(v) <= 80) {
            st->issuer = xstrdup(v);
            statement_note_origin(st, p->lines, "/issuer");
            return 1;
        }
    }
    return 0;
}

static int in_tier(const int *tier, int role)
{
    for (int k = 0; k < 3 && tier[k] >= 0; k++)
        if (tier[k] == role)
            return 1;
    return 0;
}

/* "Statement by the Chairperson of the African Union Commission on …":
 * the office named after the title's cue, as written, when it belongs
 * to a body (" of ", " for "). */
static char *office_in_title(const char *t)
{
    static const char *const cues[] = {"Statement by the ", "Declaration by the ",
                                       "Statement attributable to the ", "Remarks by the ",
                                       "Press release by the ", NULL};
    for (const char *const *cue = cues; *cue; cue++) {
        const char *at = find_ci(t, *cue);
        if (!at)
            continue;
        const char *start = at + strlen(*cue), *end = start;
        static const char *const stops[] = {" on ", " regarding ", " concerning ", ",", ":",
                                            " following ", " ahead of ", " after ", NULL};
        const char *stop = start + strlen(start);
        for (const char *const *s = stops; *s; s++) {
            const char *f = strstr(start, *s);
            if (f && f < stop)
                stop = f;
        }
        end = stop;
        if (!utf8_starts_upper(start) || end - start > 80)
            continue;
        char *office = xstrndup(start, (size_t)(end - start));
        if (strstr(office, " of ") || strstr(office, " for "))
            return office;
        free(office);
    }
    return NULL;
}

/* The first phrase of table found in a piece of the tier, in table
 * order: the issuer it names.  Returns 1 when found. */
static int issuer_from_table(const struct classified *c, struct statement *st, const int *tier,
                             const struct issuer_phrase *table)
{
    /* Each piece read once for the whole table (phrase_index.h): the
     * lowest table index found wins, in the first piece that has it. */
    long best = -1;
    const struct piece *where = NULL;
    size_t body_seen = 0;
    for (size_t i = 0; i < c->n_pieces && best != 0; i++) {
        const struct piece *p = &c->pieces[i];
        if (!in_tier(tier, p->role))
            continue;
        /* Only the opening paragraph of a body says who speaks. */
        if (p->role == ROLE_BODY && body_seen++)
            break;
        long k = phrase_index_first(table, sizeof *table, p->text);
        if (k >= 0 && (best < 0 || k < best)) {
            best = k;
            where = p;
        }
    }
    if (best < 0)
        return 0;
    const struct issuer_phrase *is = &table[best];
    st->issuer = strncmp(is->issuer, "Ministry of", 11) == 0 ? ministry_issuer(where->text, is->phrase)
                                                             : xstrdup(is->issuer);
    statement_note_origin(st, where->lines, "/issuer");
    return 1;
}

void extract_issuer(const struct classified *c, struct statement *st)
{
    if (issued_by_label(c, st))
        return;
    for (size_t s = 0; s < sizeof ISSUER_TIERS / sizeof ISSUER_TIERS[0]; s++) {
        if (issuer_from_table(c, st, ISSUER_TIERS[s], ISSUERS))
            return;
        /* In the head, the bodies named in passing elsewhere count too. */
        if (s == 0 && issuer_from_table(c, st, ISSUER_TIERS[s], SUBJECT_ISSUERS))
            return;
    }
    for (size_t i = 0; i < c->n_pieces; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role != ROLE_BODY)
            continue;
        const char *t = p->text + (strncmp(p->text, "The ", 4) == 0 ? 4 : 0);
        for (const struct issuer_phrase *is = SUBJECT_ISSUERS; is->phrase; is++)
            if (strncasecmp(t, is->phrase, strlen(is->phrase)) == 0) {
                st->issuer = xstrdup(is->issuer);
                statement_note_origin(st, p->lines, "/issuer");
                return;
            }
        break; /* the opening paragraph only */
    }
    for (size_t i = 0; i < c->n_pieces; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role != ROLE_TITLE && p->role != ROLE_HEADING)
            continue;
        char *office = office_in_title(p->text);
        if (office) {
            st->issuer = office;
            statement_note_origin(st, p->lines, "/issuer");
            return;
        }
    }
}
