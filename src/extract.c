#include "extract.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "classify.h"
#include "countries.h"
#include "dates.h"
#include "extract_parts.h"
#include "language.h"
#include "normalise.h"
#include "phrase_index.h"
#include "phrases.h"
#include "recognise.h"
#include "strbuf.h"
#include "utf8.h"

static void set_once(char **field, const char *value, size_t len)
{
    if (!*field)
        *field = xstrndup(value, len);
}

/* The statement's date, from the date m found in piece p. */
static void set_statement_date(struct statement *st, const struct piece *p,
                               const struct date_match *m)
{
    st->date.value = date_value(m, NULL);
    st->date.text = xstrndup(p->text + m->offset, m->length);
    statement_note_origin(st, p->lines, "/date");
}

/* "Statement of 8 November 2021": a heading that dates the statement. */
static int statement_date_in(const char *text, struct date_match *m)
{
    for (const char *const *c = TITLE_CUES; *c; c++) {
        const char *at = find_ci(text, *c);
        if (!at)
            continue;
        const char *of = at + strcspn(at, " ");
        if (strncmp(of, " of ", 4) == 0 && date_find(text, (size_t)(of + 4 - text), m) &&
            m->offset == (size_t)(of + 4 - text) && m->year)
            return 1;
    }
    return 0;
}

/* Statement date, place, forum and meeting from header pieces. */
static void extract_header(const struct classified *c, struct statement *st)
{
    for (size_t i = 0; i < c->n_pieces; i++) {
        const struct piece *p = &c->pieces[i];
        struct date_match m;
        size_t place_len = 0;
        if (p->role == ROLE_DATELINE) {
            size_t id_at, id_len;
            int whole = dateline_parse(p->text, &m, &place_len, &id_at, &id_len);
            if (id_len && !st->reference) {
                set_once(&st->reference, p->text + id_at, id_len);
                statement_note_origin(st, p->lines, "/reference");
            }
            size_t agency = agency_dateline(p->text);
            if (agency && !st->place) {
                /* The place is the agency's first capitalised words. */
                const char *place = p->text + agency;
                size_t pl = strcspn(place, "(,");
                while (pl && place[pl - 1] == ' ')
                    pl--;
                if (pl && pl <= 40) {
                    set_once(&st->place, place, pl);
                    statement_note_origin(st, p->lines, "/place");
                }
            }
            if (!whole && !date_find(p->text, 0, &m))
                continue;
            const char *value;
            const struct header_label *label = header_label_of(p->text, &value);
            /* "VELGRAD, Ruritania, March 20, 2023 /Agency/ —": a wire
             * dateline names the city before its country. */
            if (label)
                place_len = 0; /* "No: 290, 9 September 2014" names no place */
            /* … but its number is the reference. */
            if (label && label->field == LABEL_REFERENCE && !st->reference) {
                size_t vl = strcspn(value, ",;");
                while (vl && value[vl - 1] == ' ')
                    vl--;
                if (vl && vl <= 30 && strpbrk(value, "0123456789") && strpbrk(value, "0123456789") < value + vl) {
                    set_once(&st->reference, value, vl);
                    statement_note_origin(st, p->lines, "/reference");
                }
            }
            const char *comma = strchr(p->text, ',');
            if (!place_len && !label && comma && (size_t)(comma - p->text) <= 40 &&
                (size_t)(comma - p->text) < m.offset && utf8_starts_upper(p->text))
                place_len = (size_t)(comma - p->text);
            /* "Addis Ababa 31 March 2015 -": the place before the date. */
            if (!place_len && !label && !agency && m.offset > 1 && m.offset <= 42 &&
                (!comma || (size_t)(comma - p->text) > m.offset) && dateline_closed(p->text) &&
                utf8_starts_upper(p->text))
                place_len = m.offset - 1;
            if (place_len && !st->place) {
                set_once(&st->place, p->text, place_len);
                statement_note_origin(st, p->lines, "/place");
            }
            /* A scraper's "date 2018-10" dates the page's copy, not the
             * statement: only a full date of it is taken. */
            int scraper = strncasecmp(p->text, "date ", 5) == 0;
            if (!st->date.value && m.year && (!scraper || m.day)) {
                set_statement_date(st, p, &m);
            }
        } else if (p->role == ROLE_HEADING && statement_date_in(p->text, &m)) {
            /* "Council of the EU Statement of 8 November 2021 on …" */
            if (!st->date.value) {
                set_statement_date(st, p, &m);
            }
        } else if (p->role == ROLE_HEADING) {
            const char *value;
            const struct header_label *label = header_label_of(p->text, &value);
            if (label && label->field == LABEL_PLACE && !st->place) {
                set_once(&st->place, value, strlen(value));
                statement_note_origin(st, p->lines, "/place");
            }
        } else if (p->role == ROLE_FORUM || p->role == ROLE_TITLE) {
            /* A title may begin with its forum ("Permanent Council No 546
             * of the OSCE: EU Statement …"). */
            if (p->role == ROLE_TITLE) {
                const struct forum_phrase *f = FORUMS;
                while (f->phrase && !find_ci(p->text, f->phrase))
                    f++;
                if (!f->phrase)
                    continue;
            }
            for (const struct forum_phrase *f = FORUMS; f->phrase; f++)
                if (find_ci(p->text, f->phrase)) {
                    set_once(&st->forum, f->forum, strlen(f->forum));
                    statement_note_origin(st, p->lines, "/forum");
                    break;
                }
            /* "No. 1400", "Meeting No 1400" */
            const char *no = find_ci(p->text, "No.");
            if (!no)
                no = find_ci(p->text, "No ");
            if (no) {
                no += 3;
                while (*no == ' ')
                    no++;
                size_t n = strspn(no, "0123456789");
                if (n)
                    set_once(&st->meeting, no, n);
            }
            /* "OSCE Permanent Council No 1400, Vienna, 12 January 2023": a
             * dateline closes the line. */
            size_t end = strlen(p->text);
            if (date_find(p->text, 0, &m) && m.year && m.offset + m.length + 1 >= end &&
                m.offset >= 2 && p->text[m.offset - 2] == ',') {
                if (!st->date.value) {
                    set_statement_date(st, p, &m);
                }
                end = m.offset - 2;
            }
            /* "… to the Permanent Council, Vienna": the place closes the line. */
            char *head = xstrndup(p->text, end);
            const char *comma = strrchr(head, ',');
            if (comma && comma[1] == ' ' && utf8_starts_upper(comma + 2) &&
                !strchr(comma + 2, ' ') && !isdigit((unsigned char)comma[2]) && !st->place) {
                set_once(&st->place, comma + 2, strlen(comma + 2));
                statement_note_origin(st, p->lines, "/place");
            }
            free(head);
        } else if (p->role == ROLE_REFERENCE) {
            set_once(&st->reference, p->text, strlen(p->text));
            statement_note_origin(st, p->lines, "/reference");
            for (const struct forum_phrase *f = REFERENCE_FORUMS; f->phrase; f++)
                if (strncmp(p->text, f->phrase, strlen(f->phrase)) == 0) {
                    set_once(&st->forum, f->forum, strlen(f->forum));
                    statement_note_origin(st, p->lines, "/forum");
                }
        } else if (p->role == ROLE_DISTRIBUTION) {
            string_set_add(&st->distribution, &st->n_distribution, p->text);
        }
    }
    /* "… gepubliceerd op dinsdag 22 mei 2018", "The press release issued by
     * the Foreign Office on 8 January 2024": a page's publication line
     * dates the statement when nothing else does, or only in part. */
    if (!st->date.value || strlen(st->date.value) < 10)
        for (size_t i = 0; i < c->n_pieces; i++) {
            const struct piece *p = &c->pieces[i];
            if (p->role == ROLE_BODY || utf8_longer_than(p->text, 200))
                continue;
            const char *phrase = phrase_list_find(PUBLICATION_PHRASES, p->text);
            const char *on = phrase ? find_ci(p->text, phrase) : NULL;
            struct date_match m;
            if (on && date_find(p->text, (size_t)(on - p->text), &m) && m.year && m.day &&
                m.offset <= (size_t)(on - p->text) + 80) {
                free(st->date.value);
                free(st->date.text);
                st->date.value = NULL;
                st->date.text = NULL;
                set_statement_date(st, p, &m);
                break;
            }
        }
}

/* "Nabila Massrali", not "EU Delegation to Albania": two to five
 * capitalised words, none of them an office's. */
static int looks_person_name(const char *s)
{
    size_t words = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        size_t n = strcspn(p, " ");
        if (!utf8_starts_upper(p) && !(n <= 3 && islower((unsigned char)*p)))
            return 0; /* "van", "de", "von" may join a name */
        for (const char *const *w = NON_NAME_WORDS; *w; w++)
            if (strlen(*w) == n && strncmp(*w, p, n) == 0)
                return 0;
        for (size_t k = 0; k < n; k++)
            if (isdigit((unsigned char)p[k]) || p[k] == '@' || p[k] == ':')
                return 0;
        words++;
        p += n;
    }
    return words >= 2 && words <= 5;
}

/* Name, role, phone and e-mail from the signature block. */
static void extract_spokesperson(const struct classified *c, struct statement *st)
{
    for (size_t i = 0; i < c->n_pieces; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role != ROLE_SIGNATURE || phrase_list_equals(CONTACT_HEADINGS, p->text))
            continue;
        char **field;
        const char *pointer;
        if (text_is_phone(p->text))
            field = &st->spokesperson.phone, pointer = "/spokesperson/phone";
        else if (text_is_email(p->text))
            field = &st->spokesperson.email, pointer = "/spokesperson/email";
        else if (phrase_list_find(PRESS_ROLES, p->text))
            field = &st->spokesperson.role, pointer = "/spokesperson/role";
        else if (looks_person_name(p->text))
            field = &st->spokesperson.name, pointer = "/spokesperson/name";
        else
            continue;
        set_once(field, p->text, strlen(p->text));
        statement_note_origin(st, p->lines, "%s", pointer);
    }
}

/* What the document says it is comes first ("Press release"), then where
 * it was delivered, then whether it is a report quoting a statement. */
static void extract_kind(const struct classified *c, struct statement *st)
{
    /* Phrases in table order, most specific first, over the whole head:
     * each piece read once (phrase_index.h), the lowest index wins, in
     * the first piece that has it. */
    long best = -1;
    const struct piece *where = NULL;
    for (size_t i = 0; i < c->n_pieces && best != 0; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role != ROLE_TITLE && p->role != ROLE_HEADING)
            continue;
        long k = phrase_index_first(KINDS, sizeof *KINDS, p->text);
        if (k >= 0 && (best < 0 || k < best)) {
            best = k;
            where = p;
        }
    }
    if (best >= 0) {
        st->kind = KINDS[best].kind;
        statement_note_origin(st, where->lines, "/kind");
        return;
    }
    if (st->forum && strcmp(st->forum, "OSCE Permanent Council") == 0) {
        st->kind = "osce-pc-statement";
        for (size_t i = 0; i < st->n_origins; i++)
            if (strcmp(st->origins[i].field, "/forum") == 0)
                statement_note_origin(st, st->origins[i].lines, "/kind");
        return;
    }
    if (c->news) {
        st->kind = "news-report";
        return;
    }
    st->kind = "other";
    if (st->issuer)
        for (const struct kind_phrase *k = ISSUER_KINDS; k->phrase; k++)
            if (find_ci(st->issuer, k->phrase)) {
                st->kind = k->kind;
                return;
            }
    /* "France congratulates the new ministers …": a government speaking
     * of itself by its country's name issues its own statement. */
    for (size_t i = 0; i < c->n_pieces && !st->issuer; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role != ROLE_BODY)
            continue;
        struct country_match m;
        const char *t = p->text;
        const char *stop = strchr(t, '.');
        size_t end = stop ? (size_t)(stop - t) : strlen(t);
        /* Any country of the opening sentence in a subject's place: at its
         * start, or after its opening clause ("On the occasion of …,
         * France congratulates"), with a verb after it. */
        for (size_t from = 0; country_find(t, from, st->language, &m) && m.offset < end;
             from = m.offset + m.length) {
            size_t after = m.offset + m.length;
            int subject = m.offset == 0 || (m.offset >= 2 && t[m.offset - 2] == ',');
            if (!m.adjective && subject && t[after] == ' ' &&
                islower((unsigned char)t[after + 1])) {
                st->kind = "press-release";
                statement_note_origin(st, p->lines, "/kind");
                return;
            }
        }
        break;
    }
    /* "The Honourable X, Minister of Foreign Affairs, today issued the
     * following statement:": who issues it, in the framing. */
    for (size_t i = 0; i < c->n_pieces && !st->issuer; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role != ROLE_FRAMING)
            continue;
        for (const struct kind_phrase *k = ISSUER_KINDS; k->phrase; k++)
            if (find_ci(p->text, k->phrase)) {
                st->kind = k->kind;
                statement_note_origin(st, p->lines, "/kind");
                return;
            }
    }
}

/* "… welcomes the Head of Office to the Permanent Council": a statement
 * that addresses its forum in its opening paragraph was delivered there. */
static void extract_forum_addressed(const struct classified *c, struct statement *st)
{
    if (st->forum)
        return;
    for (size_t i = 0; i < c->n_pieces; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role != ROLE_BODY)
            continue;
        for (const struct forum_phrase *f = FORUMS; f->phrase; f++) {
            const char *at = find_ci(p->text, f->phrase);
            if (at && at - p->text >= 7 && strncasecmp(at - 7, "to the ", 7) == 0) {
                st->forum = xstrdup(f->forum);
                statement_note_origin(st, p->lines, "/forum");
                return;
            }
        }
        return; /* the opening paragraph only */
    }
}

static void extract_paragraphs(const struct classified *c, struct statement *st)
{
    for (size_t i = 0; i < c->n_pieces; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role != ROLE_BODY)
            continue;
        struct paragraph *para = array_push(&st->paragraphs, &st->n_paragraphs, sizeof *para);
        para->lines = p->lines;
        size_t marker = text_list_marker(p->text);
        if (marker && isdigit((unsigned char)p->text[0])) {
            para->number = atoi(p->text);
            para->text = xstrdup(p->text + marker);
        } else {
            para->text = xstrdup(p->text);
        }
    }
}

static void record_set_asides(const struct classified *c, struct statement *st)
{
    for (size_t i = 0; i < c->n_pieces; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role == ROLE_BODY)
            continue;
        struct set_aside *s = array_push(&st->set_asides, &st->n_set_asides, sizeof *s);
        s->kind = role_kind(p->role);
        s->text = xstrdup(p->text);
        s->lines = p->lines;
    }
}

/* The body's language (language.c); "und" without body enough to tell. */
static const char *detect_language(const struct statement *st)
{
    struct strbuf sample = {0};
    for (size_t i = 0; i < st->n_paragraphs && sample.len < 1024; i++) {
        if (i)
            strbuf_putc(&sample, '\n');
        strbuf_puts(&sample, st->paragraphs[i].text);
    }
    const char *tag = language_identify(sample.data ? sample.data : "", sample.len);
    strbuf_free(&sample);
    return tag;
}

static const char *detect_form(const struct raw_text *raw, const struct doc_text *doc,
                               const struct classified *c, const struct statement *st)
{
    if (raw->pdf)
        return "pdf";
    if (raw->html)
        return "html";
    if (c->web_page)
        return "web-page";
    if (c->news)
        return "news-article";
    int disclaimer = 0;
    for (size_t i = 0; i < st->n_set_asides; i++)
        if (strcmp(st->set_asides[i].kind, "disclaimer") == 0)
            disclaimer = 1;
    if (doc->hard_wrapped || doc->page_breaks || disclaimer)
        return "pdf-text";
    if (doc->markdown)
        return "markdown";
    return "plain";
}

static void derive_title(struct statement *st)
{
    struct strbuf sb = {0};
    strbuf_puts(&sb, st->issuer ? st->issuer : "Statement");
    strbuf_puts(&sb, st->issuer ? " statement" : "");
    if (st->n_elections) {
        const struct election *e = &st->elections[0];
        strbuf_printf(&sb, " on the %s%s", e->early ? "early " : "", e->type);
        strbuf_puts(&sb, strcmp(e->type, "referendum") == 0 ? "" : " elections");
        if (st->country_name)
            strbuf_printf(&sb, " in %s", st->country_name);
    } else if (st->country_name) {
        strbuf_printf(&sb, " on %s", st->country_name);
    }
    st->title = strbuf_detach(&sb);
    st->title_derived = 1;
}

/* date-country-kind-hash: readable, sortable, and stable for the same
 * raw bytes. */
static void make_id(struct statement *st)
{
    free(st->id);
    struct strbuf sb = {0};
    if (st->date.value && strlen(st->date.value) == 10)
        strbuf_puts(&sb, st->date.value);
    else
        strbuf_puts(&sb, "undated");
    strbuf_putc(&sb, '-');
    if (st->country_iso[0]) {
        strbuf_putc(&sb, (char)tolower((unsigned char)st->country_iso[0]));
        strbuf_putc(&sb, (char)tolower((unsigned char)st->country_iso[1]));
    } else {
        strbuf_puts(&sb, "xx");
    }
    strbuf_printf(&sb, "-%s-%.8s", st->kind, st->source.sha256);
    st->id = strbuf_detach(&sb);
}

void extract_refresh(struct statement *st)
{
    if (st->title_derived) {
        free(st->title);
        derive_title(st);
    }
    make_id(st);
}

void extract_statement(const struct raw_text *raw, const char *file_label,
                       struct statement *st)
{
    extract_statement_in(raw, file_label, NULL, st);
}

void extract_statement_in(const struct raw_text *raw, const char *file_label,
                          const char *language, struct statement *st)
{
    memset(st, 0, sizeof *st);
    struct doc_text doc;
    normalise_mapped(raw->text, raw->source_lines, raw->line_flags, raw->n_lines, &doc);
    struct classified c;
    classify_blocks(&doc, &c);

    st->source.file = xstrdup(file_label);
    memcpy(st->source.sha256, raw->sha256, sizeof st->source.sha256);

    extract_header(&c, st);
    extract_forum_addressed(&c, st);
    extract_spokesperson(&c, st);
    extract_issuer(&c, st);
    extract_kind(&c, st);
    extract_issuer_speaker(&c, st);
    extract_author(&c, st);
    extract_paragraphs(&c, st);
    /* The body's language decides which inflected forms of country
     * names the extractors after this one match. */
    st->language = language ? language : detect_language(st);
    extract_country(&c, st);
    extract_elections(&c, st);
    extract_alignment(&c, st);
    extract_mentions(&c, st);
    extract_social_posts(&c, st);
    record_set_asides(&c, st);

    for (size_t i = 0; i < c.n_pieces; i++)
        if (c.pieces[i].role == ROLE_TITLE) {
            st->title = xstrdup(c.pieces[i].text);
            statement_note_origin(st, c.pieces[i].lines, "/title");
            break;
        }
    if (!st->title)
        derive_title(st);
    st->source.form = detect_form(raw, &doc, &c, st);
    /* An HTML page's <link rel="canonical">: where it was published. */
    if (raw->canonical_url)
        st->source.url = xstrdup(raw->canonical_url);
    if (raw->pdf && raw->n_pages) {
        st->source.n_pages = raw->n_pages;
        st->source.page_starts = xmalloc(raw->n_pages * sizeof *st->source.page_starts);
        memcpy(st->source.page_starts, raw->page_starts, raw->n_pages * sizeof *raw->page_starts);
    }
    make_id(st);

    classified_free(&c);
    doc_text_free(&doc);
}
