/* extract_issuer — who issued the statement (see extract_parts.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "countries.h"
#include "extract_parts.h"
#include "phrase_index.h"
#include "phrases.h"
#include "recognise.h"
#include "strbuf.h"
#include "utf8.h"

/* Where the issuer is named, most telling first: the head (headings and
 * title together), then framing, the signature, the opening paragraph. */
static const int ISSUER_TIERS[][3] = {{ROLE_HEADING, ROLE_TITLE, -1},
                                      {ROLE_FRAMING, -1, -1},
                                      {ROLE_SIGNATURE, -1, -1},
                                      {ROLE_BODY, -1, -1}};

/* A country's row of FOREIGN_SERVICES for a statement dated `date` (NULL:
 * undated), or NULL when it has none.  foreign_service_name: the name
 * such a statement records: the row's, else "Ministry of Foreign Affairs
 * of <Country>"; at the OSCE, its delegation.  Malloc'ed. */
static const struct foreign_service *foreign_service_row(const char *alpha2, const char *date)
{
    for (const struct foreign_service *f = FOREIGN_SERVICES; f->alpha2; f++)
        if (strcmp(f->alpha2, alpha2) == 0 && (!f->until || (date && strcmp(date, f->until) < 0)))
            return f;
    return NULL;
}

static char *foreign_service_name(const char *alpha2, const char *date, int at_osce)
{
    const struct foreign_service *row = foreign_service_row(alpha2, date);
    struct strbuf sb = {0};
    if (at_osce && row && row->osce)
        strbuf_puts(&sb, row->osce);
    else if (at_osce)
        strbuf_printf(&sb, "Delegation of %s to the OSCE", country_display_name(alpha2));
    else if (row)
        strbuf_puts(&sb, row->name);
    else
        strbuf_printf(&sb, "Ministry of Foreign Affairs of %s", country_display_name(alpha2));
    return strbuf_detach(&sb);
}

/* country_find within text[from, from + len) only (len cut back to a
 * character boundary): a search from every sentence start of a long
 * paragraph must not read on to its end each time.  Offsets are the
 * text's. */
static int country_in_window(const char *text, size_t from, size_t len, const char *lang,
                             struct country_match *m)
{
    char window[192];
    size_t n = strnlen(text + from, len < sizeof window - 1 ? len : sizeof window - 1);
    while (n > 0 && text[from + n] && ((unsigned char)text[from + n] & 0xc0) == 0x80)
        n--;
    memcpy(window, text + from, n);
    window[n] = '\0';
    if (!country_find(window, 0, lang, m))
        return 0;
    m->offset += from;
    return 1;
}

/* The country named right before text[at] ("Turkish Foreign Ministry",
 * "Germany's foreign ministry"): 1 and *m, or 0. */
static int country_before(const char *text, size_t at, struct country_match *m)
{
    size_t from = at > 40 ? at - 40 : 0;
    while (from > 0 && ((unsigned char)text[from] & 0xc0) == 0x80)
        from--;
    for (; from < at && country_in_window(text, from, at - from, NULL, m);
         from = m->offset + m->length) {
        const char *after = text + m->offset + m->length;
        size_t gap = at - (m->offset + m->length);
        if (m->adjective ? gap == 1 && *after == ' '
                         : (gap == 3 && strncmp(after, "'s ", 3) == 0) ||
                               (gap == 5 && strncmp(after, "\xe2\x80\x99s ", 5) == 0))
            return 1;
    }
    return 0;
}

/* "Ministry of Foreign Affairs of the Republic of Lithuania", "the Turkish
 * Foreign Ministry": a ministry is only an issuer together with its
 * country, named after it or before it (as the adjective is written, or
 * the service's own name); without one, the bare name (which a government
 * speaking in the opening paragraph may complete, extract_issuer_speaker). */
static char *ministry_issuer(const char *text, const char *phrase, const char *name,
                             const char *date)
{
    const char *at = find_ci(text, phrase);
    struct country_match m;
    struct strbuf sb = {0};
    if (at && country_before(text, (size_t)(at - text), &m)) {
        if (foreign_service_row(m.alpha2, date))
            return foreign_service_name(m.alpha2, date, 0);
        if (m.adjective && utf8_starts_upper(text + m.offset))
            strbuf_printf(&sb, "%.*s %s", (int)m.length, text + m.offset, name);
        else
            strbuf_printf(&sb, "%s of %s", name, country_display_name(m.alpha2));
        return strbuf_detach(&sb);
    }
    if (at && country_find(at, 0, NULL, &m) && m.offset <= strlen(phrase) + 20) {
        strbuf_printf(&sb, "%s of %s", name, country_display_name(m.alpha2));
        return strbuf_detach(&sb);
    }
    return xstrdup(name);
}

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
 * order: the issuer it names.  Returns 1 when found.  The most specific
 * phrase in the most telling role wins: "on behalf of the 27 member
 * states" in a later framing paragraph beats "European Union" in the
 * first. */
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
    st->issuer = strncmp(is->issuer, "Ministry of", 11) == 0
                     ? ministry_issuer(where->text, is->phrase, is->issuer, st->date.value)
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

/* Whether text[at] begins a speaker verb (SPEAKER_VERBS) as a whole word. */
static int speaker_verb_at(const char *text, size_t at)
{
    for (const char *const *v = SPEAKER_VERBS; *v; v++) {
        size_t n = strlen(*v);
        if (strncmp(text + at, *v, n) == 0 && is_word_end(text, at + n))
            return 1;
    }
    return 0;
}

/* A country that is the subject of the sentence at text[at] (after any
 * opening quote mark): its name first ("“Canada welcomes"), after "The"
 * or "The Government of", or its adjective before "government", then a
 * speaker verb.  Its paragraph is the government's own statement. */
static int speaker_at(const char *text, size_t at, const char *lang, struct country_match *m)
{
    at += opening_quote(text + at);
    while (text[at] == ' ')
        at++;
    static const char *const lead[] = {"", "The ", "the ", "The Government of ",
                                       "The government of ", "Government of ", NULL};
    /* The longest lead and name ("The Government of the United Kingdom of
     * Great Britain and Northern Ireland") fit the window. */
    if (!country_in_window(text, at, 160, lang, m))
        return 0;
    int subject = 0;
    for (const char *const *l = lead; *l && !subject; l++)
        subject = m->offset == at + strlen(*l) && strncmp(text + at, *l, strlen(*l)) == 0;
    size_t after = m->offset + m->length;
    /* "The Armenian government welcomes": the adjective with its noun. */
    if (m->adjective) {
        if (strncmp(text + after, " government", 11) != 0 &&
            strncmp(text + after, " Government", 11) != 0)
            return 0;
        after += 11;
    }
    return subject && text[after] == ' ' && speaker_verb_at(text, after + 1);
}

/* The government speaking in the opening paragraph, in any of its
 * sentences ("… held on 18 September. The Government of Japan expresses
 * …"): its piece, and the country in *m; NULL when none speaks. */
static const struct piece *speaking_government(const struct classified *c, const char *lang,
                                               struct country_match *m)
{
    for (size_t i = 0; i < c->n_pieces; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role != ROLE_BODY)
            continue;
        const char *t = p->text;
        for (size_t at = 0; t[at];) {
            if (speaker_at(t, at, lang, m))
                return p;
            const char *end = strpbrk(t + at, ".!?");
            if (!end)
                break;
            at = (size_t)(end - t) + 1;
            while (t[at] == ' ')
                at++;
        }
        return NULL; /* the opening paragraph only */
    }
    return NULL;
}

void extract_issuer_speaker(const struct classified *c, struct statement *st)
{
    int bare_ministry = st->issuer && strcmp(st->issuer, "Ministry of Foreign Affairs") == 0;
    /* A news report's own words are mostly set aside as framing, but
     * what classify could not tell apart from the quoted statement stays
     * body ("WASHINGTON - …"): there a country is not taken for the
     * speaker. */
    if ((st->issuer && !bare_ministry) || (!st->issuer && c->news))
        return;
    struct country_match m;
    const struct piece *p = speaking_government(c, st->language, &m);
    if (!p)
        return;
    int at_osce = !bare_ministry && st->forum && strcmp(st->forum, "OSCE Permanent Council") == 0;
    free(st->issuer);
    st->issuer = foreign_service_name(m.alpha2, st->date.value, at_osce);
    statement_note_origin(st, p->lines, "/issuer");
}
