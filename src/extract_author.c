/* Author: the person in whose name the statement is issued or who
 * delivers it ("Speaker: …", "… delivered by Ambassador X", "Statement by
 * the High Representative Josep Borrell …", "Catherine Ashton, High
 * Representative …, made the following statement:", a news report's
 * "…, a ministry spokeswoman, Andrea Sasse, said", a signature without
 * contact details).  Only a name next to an office (AUTHOR_ROLES) counts,
 * so a person a statement merely mentions is never its author; a role
 * without a name ("Declaration by the High Representative on behalf of
 * the EU") is recorded as role only.  Tweets are other pieces and are
 * never read here; nor is a contact block (that is the spokesperson). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract_parts.h"
#include "normalise.h"
#include "phrase_index.h"
#include "phrases.h"
#include "recognise.h"
#include "strbuf.h"
#include "utf8.h"

/* Pieces are read a bounded number of tokens at a time: the author is
 * named near the start of the piece that names it. */
#define MAX_TOKENS 160

struct tok {
    size_t at, len;
    char punct; /* 0 for a word, else the punctuation character */
};

struct tokens {
    const char *text;
    struct tok t[MAX_TOKENS];
    size_t n;
};

static int is_word_byte(unsigned char c)
{
    return isalnum(c) || c >= 0x80 || c == '-' || c == '\'' || c == '/';
}

/* Words and punctuation.  A '.' belongs to a word when the word is an
 * abbreviation or an initial ("H.E.", "B.", "Mr."). */
static void tokenise(const char *text, struct tokens *tk)
{
    tk->text = text;
    tk->n = 0;
    size_t i = 0;
    while (text[i] && tk->n < MAX_TOKENS) {
        unsigned char c = (unsigned char)text[i];
        if (c == ' ' || c == '\t' || c == '\n') {
            i++;
            continue;
        }
        struct tok *t = &tk->t[tk->n++];
        t->at = i;
        /* A curly quote, a dash, a guillemet is punctuation. */
        size_t sep = utf8_word_separator(text + i);
        if (sep) {
            t->len = sep;
            t->punct = '"';
            i += sep;
            continue;
        }
        if (!is_word_byte(c) || c == '\'' || c == '-' || c == '/') {
            t->len = 1;
            t->punct = (char)c;
            i++;
            continue;
        }

        t->punct = 0;
        while (text[i] && is_word_byte((unsigned char)text[i]) && !utf8_word_separator(text + i))
            i++;
        size_t len = i - t->at;
        /* "H.E.", "B.", "Mr.": an abbreviation keeps its full stops. */
        while (text[i] == '.' && (len <= 3 || memchr(text + t->at, '.', len)) &&
               (isalpha((unsigned char)text[i + 1]) || len <= 3)) {
            i++;
            len++;
            while (isalpha((unsigned char)text[i]) && len < 12)
                i++, len++;
        }
        t->len = i - t->at;
    }
}

static int same_first(char a, char b)
{
    return tolower((unsigned char)a) == tolower((unsigned char)b);
}

static int tok_is(const struct tokens *tk, size_t i, const char *word)
{
    const struct tok *t = &tk->t[i];
    return !t->punct && same_first(tk->text[t->at], word[0]) && strlen(word) == t->len &&
           strncasecmp(tk->text + t->at, word, t->len) == 0;
}

static int tok_in(const struct tokens *tk, size_t i, const char *const *list)
{
    if (i >= tk->n)
        return 0;
    for (; *list; list++)
        if (tok_is(tk, i, *list))
            return 1;
    return 0;
}

static int tok_punct(const struct tokens *tk, size_t i, char p)
{
    return i < tk->n && tk->t[i].punct == p;
}

/* The tokens a phrase of the list spans at i (the longest), 0 if none. */
static size_t phrase_at(const struct tokens *tk, size_t i, const char *const *list)
{
    size_t best = 0;
    if (i >= tk->n || tk->t[i].punct)
        return 0;
    /* Only the entries that begin with the token's first letter (an
     * index of the list, phrase_index.h): this is asked at every token. */
    size_t n_candidates;
    const size_t *candidates = phrase_index_starting(
        list, sizeof *list, (unsigned char)tk->text[tk->t[i].at], &n_candidates);
    for (size_t c = 0; c < n_candidates; c++) {
        const char *w = list[candidates[c]];
        size_t k = i;
        while (*w && k < tk->n) {
            size_t n = strcspn(w, " ");
            const struct tok *t = &tk->t[k];
            if (t->punct || t->len != n || strncasecmp(tk->text + t->at, w, n) != 0)
                break;
            k++;
            w += n;
            while (*w == ' ')
                w++;
        }
        if (!*w && k - i > best)
            best = k - i;
    }
    return best;
}

static int has_lower_after_first(const char *s, size_t len)
{
    size_t adv;
    utf8_decode(s, &adv);
    for (size_t k = adv; k < len; k++) {
        unsigned char c = (unsigned char)s[k];
        if (islower(c))
            return 1;
        if (c >= 0x80 && !utf8_starts_upper(s + k) && (c & 0xc0) == 0xc0)
            return 1;
    }
    return 0;
}

/* A word that may be part of a person's name: capitalised, not an
 * acronym ("EU", "HR/VP"), an office, a courtesy or a function word. */
static int name_word(const struct tokens *tk, size_t i)
{
    if (i >= tk->n || tk->t[i].punct)
        return 0;
    const char *s = tk->text + tk->t[i].at;
    size_t len = tk->t[i].len;
    if (!utf8_starts_upper(s))
        return 0;
    /* "B." — an initial */
    if (len == 2 && s[1] == '.')
        return 1;
    if (!has_lower_after_first(s, len) || memchr(s, '/', len) || memchr(s, '.', len))
        return 0;
    for (size_t k = 0; k < len; k++)
        if (isdigit((unsigned char)s[k]))
            return 0;
    if (is_function_word(s, len) || tok_in(tk, i, NON_NAME_WORDS) ||
        tok_in(tk, i, HONORIFICS) || tok_in(tk, i, TITLE_CUES) || phrase_at(tk, i, AUTHOR_ROLES))
        return 0;
    return 1;
}

/* The name words from i (particles only between them), at most 5. */
static size_t name_run(const struct tokens *tk, size_t i)
{
    size_t k = i, words = 0;
    while (k < tk->n && words < 5) {
        if (name_word(tk, k)) {
            k++;
            words++;
        } else if (words && tok_in(tk, k, NAME_PARTICLES) && name_word(tk, k + 1)) {
            k++;
        } else {
            break;
        }
    }
    return words ? k - i : 0;
}

static size_t skip_honorifics(const struct tokens *tk, size_t i)
{
    size_t n;
    while (i < tk->n && (n = phrase_at(tk, i, HONORIFICS)) != 0)
        i += n;
    return i;
}

/* The role starts at r0; "Foreign Affairs Minister": capitalised words
 * before the office are part of it. */
static size_t role_start(const struct tokens *tk, size_t r0)
{
    size_t k = r0;
    for (int words = 0; words < 3 && k > 0; words++) {
        size_t j = k - 1;
        const struct tok *t = &tk->t[j];
        const char *s = tk->text + t->at;
        if (t->punct || !utf8_starts_upper(s) || !has_lower_after_first(s, t->len) ||
            is_function_word(s, t->len) || tok_in(tk, j, TITLE_CUES) ||
            tok_in(tk, j, HONORIFICS))
            break;
        k = j;
    }
    return k;
}

struct found {
    size_t name_at, name_end; /* token range, name_end == name_at: none */
    size_t role_at, role_end;
    size_t end;               /* first token after the match */
};

/* A role's complement: connectors and capitalised words ("of the
 * African Union Commission"), up to a terminator; returns its end. */
static size_t complement_end(const struct tokens *tk, size_t k, int inner_roles)
{
    size_t limit = k + 24;
    while (k < tk->n && k < limit) {
        const struct tok *t = &tk->t[k];
        size_t inner = t->punct ? 0 : phrase_at(tk, k, AUTHOR_ROLES);
        if (inner && !inner_roles)
            break;
        if (inner) { /* "Porte-parole du Secrétaire général" */
            k += inner;
            continue;
        }
        if (t->punct)
            break;
        const char *s = tk->text + t->at;
        if (!tok_in(tk, k, ROLE_CONNECTORS) && !utf8_starts_upper(s))
            break;
        k++;
    }
    while (k > 0 && tok_in(tk, k - 1, ROLE_CONNECTORS))
        k--;
    return k;
}

/* The office at r (r_len tokens) and the name after it: "High
 * Representative Josep Borrell", "Minister for Africa Harriett Baldwin",
 * "porta-voz do Departamento de Estado dos Estados Unidos, Heather
 * Nauert".  Fills f with the role alone when no name follows. */
static int role_then_name(const struct tokens *tk, size_t r, size_t r_len, struct found *f)
{
    f->role_at = role_start(tk, r);
    f->role_end = r + r_len;
    f->name_at = f->name_end = 0;
    size_t k = skip_honorifics(tk, r + r_len);
    size_t run = name_run(tk, k);
    if (run) { /* directly after the office */
        f->name_at = k, f->name_end = k + run, f->end = k + run;
        return 1;
    }
    int comma = 0, complement = 0;
    size_t limit = r + r_len + 16;
    while (k < tk->n && k < limit) {
        if (tok_punct(tk, k, ',') && !comma) {
            size_t h = skip_honorifics(tk, k + 1);
            run = name_run(tk, h);
            if (run) { /* "…, a ministry spokeswoman, Andrea Sasse, said" */
                f->name_at = h, f->name_end = h + run, f->end = h + run;
                return 1;
            }
            comma = 1;
            k++;
            continue;
        }
        if (tk->t[k].punct)
            break;
        /* "the spokesperson of High Representative Catherine Ashton": the
         * name is the inner office's, not this one's. */
        if (phrase_at(tk, k, AUTHOR_ROLES))
            break;
        if (tok_in(tk, k, ROLE_CONNECTORS)) {
            complement = 1;
            k++;
            continue;
        }
        const char *s = tk->text + tk->t[k].at;
        if (!utf8_starts_upper(s))
            break;
        run = name_run(tk, k);
        if (!run) { /* "OSCE", "EU's": part of the complement */
            complement = 1;
            k++;
            continue;
        }
        size_t after = k + run;
        if (after < tk->n && (tok_in(tk, after, ROLE_CONNECTORS) ||
                              (!tk->t[after].punct && utf8_starts_upper(tk->text + tk->t[after].at)))) {
            k = after; /* "… of the African Union Commission" */
            complement = 1;
            continue;
        }
        if (after < tk->n && tok_punct(tk, after, ',')) {
            k = after;
            complement = 1;
            continue;
        }
        /* After a complement the name is the run's last words:
         * "Minister for Africa Harriett Baldwin". */
        if (run >= 3) {
            size_t words = (tk->t[after - 2].len == 2 && tk->text[tk->t[after - 2].at + 1] == '.')
                               ? 3 : 2;
            f->role_end = after - words;
            f->name_at = after - words, f->name_end = after, f->end = after;
            return 1;
        }
        break;
    }
    f->role_end = complement ? complement_end(tk, r + r_len, 0) : r + r_len;
    if (f->role_end > k)
        f->role_end = k;
    while (f->role_end > r + r_len && tok_in(tk, f->role_end - 1, ROLE_CONNECTORS))
        f->role_end--;
    f->end = f->role_end;
    return 0;
}

/* "Catherine Ashton, High Representative …": the name before ", [the]
 * office".  Returns 1 and fills f (the role with its complement). */
static int name_then_role(const struct tokens *tk, size_t r, size_t r_len, struct found *f)
{
    size_t c = r;
    /* "…, the EU's foreign policy chief": a possessive before the office */
    if (c >= 3 && tok_is(tk, c - 1, "s") && tok_punct(tk, c - 2, '"') && !tk->t[c - 3].punct)
        c -= 3; /* "EU’s": the curly apostrophe is a token of its own */
    else if (c >= 1 && !tk->t[c - 1].punct && tk->t[c - 1].len > 2 &&
             strncmp(tk->text + tk->t[c - 1].at + tk->t[c - 1].len - 2, "'s", 2) == 0)
        c -= 1; /* "EU's" */
    if (c > 0 && tok_in(tk, c - 1, AUTHOR_ARTICLES))
        c--;
    if (c == 0 || !tok_punct(tk, c - 1, ','))
        return 0;
    size_t end = c - 1, start = end;
    int words = 0;
    while (start > 0 && words < 5) {
        if (name_word(tk, start - 1)) {
            start--;
            words++;
        } else if (words && start >= 2 && tok_in(tk, start - 1, NAME_PARTICLES) &&
                   name_word(tk, start - 2)) {
            start--;
        } else {
            break;
        }
    }
    int honoured = start > 0 && phrase_at(tk, start - 1, HONORIFICS);
    if (words < 2 && !(words == 1 && honoured))
        return 0;
    f->name_at = start, f->name_end = end;
    f->role_at = r;
    f->role_end = complement_end(tk, r + r_len, 1);
    f->end = f->role_end;
    return 1;
}

/* The first office in tokens [from, n) and the person it names.  When it
 * names no one, *office gets where that office stands (tk->n: none). */
static int pair_from(const struct tokens *tk, size_t from, struct found *f, size_t *office)
{
    for (size_t i = from; i < tk->n; i++) {
        size_t r_len = phrase_at(tk, i, AUTHOR_ROLES);
        if (!r_len)
            continue;
        if (name_then_role(tk, i, r_len, f) || role_then_name(tk, i, r_len, f))
            return 1;
        if (office)
            *office = i;
        return 0;
    }
    if (office)
        *office = tk->n;
    return 0;
}

static char *tok_span(const struct tokens *tk, size_t a, size_t b)
{
    if (b <= a)
        return NULL;
    const char *s = tk->text + tk->t[a].at;
    size_t len = tk->t[b - 1].at + tk->t[b - 1].len - tk->t[a].at;
    while (len && (s[len - 1] == ',' || s[len - 1] == ' '))
        len--;
    return len ? xstrndup(s, len) : NULL;
}

struct author_pick {
    char *name, *role;
    struct span name_lines, role_lines;
    int have_name, have_role;
};

static void offer(struct author_pick *a, const struct tokens *tk, const struct found *f,
                  int with_name, struct span lines)
{
    if (with_name && !a->have_name) {
        char *name = tok_span(tk, f->name_at, f->name_end);
        if (!name)
            return;
        free(a->name);
        free(a->role);
        a->name = name;
        a->role = tok_span(tk, f->role_at, f->role_end);
        a->name_lines = a->role_lines = lines;
        a->have_name = 1;
        a->have_role = a->role != NULL;
    } else if (!with_name && !a->have_name && !a->have_role) {
        a->role = tok_span(tk, f->role_at, f->role_end);
        a->role_lines = lines;
        a->have_role = a->role != NULL;
    }
}

/* A title or heading names its author at its start ("President Cyril
 * Ramaphosa congratulates …", "Minister for Africa Harriett Baldwin
 * said:") or after the word that says whose it is ("Statement by …",
 * "Déclaration de Mme …").  Elsewhere in a title a name is its subject. */
static void read_title(const char *text, struct span lines, struct author_pick *a)
{
    struct tokens tk;
    tokenise(text, &tk);
    for (size_t i = 0; i < tk.n; i++) {
        size_t at = i;
        int start = i == 0 || (i == 2 && tok_punct(&tk, 1, ':')) ||
                    (i == 1 && tok_in(&tk, 0, AUTHOR_ARTICLES));
        int by = 0;
        if (!start && tok_in(&tk, i - 1, AUTHOR_BY_WORDS))
            by = 1;
        else if (!start && i >= 2 && tok_in(&tk, i - 1, AUTHOR_ARTICLES) &&
                 tok_in(&tk, i - 2, AUTHOR_BY_WORDS))
            by = 1;
        if (!start && !by)
            continue;
        at = skip_honorifics(&tk, i);
        struct found f;
        size_t r_len = phrase_at(&tk, at, AUTHOR_ROLES);
        if (r_len) {
            int named = role_then_name(&tk, at, r_len, &f);
            if (named || by) {
                offer(a, &tk, &f, named, lines);
                return;
            }
            continue;
        }
        /* "Déclaration de Mme Catherine Ashton, Haute Représentante" */
        size_t run = name_run(&tk, at);
        if (run && tok_punct(&tk, at + run, ',')) {
            size_t r = at + run + 1;
            if (tok_in(&tk, r, AUTHOR_ARTICLES))
                r++;
            if ((r_len = phrase_at(&tk, r, AUTHOR_ROLES)) && name_then_role(&tk, r, r_len, &f)) {
                offer(a, &tk, &f, 1, lines);
                return;
            }
        }
    }
}

/* A label's value or a framing line: any office with its person. */
static void read_anywhere(const char *text, struct span lines, struct author_pick *a)
{
    struct tokens tk;
    tokenise(text, &tk);
    struct found f;
    if (pair_from(&tk, 0, &f, NULL))
        offer(a, &tk, &f, 1, lines);
}

/* Is the token at k (after a comma and auxiliaries) a speech verb?  A
 * joint statement's second speaker may stand between ("Josep Borrell and
 * enlargement commissioner Oliver Varhelyi said"): the first is the
 * author. */
static int speech_verb_at(const struct tokens *tk, size_t k)
{
    if (tok_punct(tk, k, ','))
        k++;
    if (tok_in(tk, k, JOINT_WORDS)) {
        size_t j = k + 1;
        while (j < tk->n && j < k + 7 && !tk->t[j].punct && !tok_in(tk, j, SPEECH_VERBS))
            j++;
        if (tok_in(tk, j, SPEECH_VERBS))
            return 1;
    }
    for (int n = 0; n < 2 && tok_in(tk, k, SPEECH_AUXILIARIES); n++)
        k++;
    return tok_in(tk, k, SPEECH_VERBS);
}

/* A report's opening: the person it quotes, next to a speech verb
 * ("… Dr Nkosazana Dlamini Zuma has expressed …", "said Josep Borrell,
 * the EU's foreign policy chief"). */
/* ‘"…," a foreign ministry spokeswoman, …’: the office stands right
 * after a closing quote (lower-case words between). */
static int after_quote(const struct tokens *tk, size_t first)
{
    size_t k = first;
    for (int words = 0; words < 4 && k > 0 && !tk->t[k - 1].punct &&
                        !utf8_starts_upper(tk->text + tk->t[k - 1].at);
         words++)
        k--;
    return k > 0 && tk->t[k - 1].punct == '"';
}

/* attribution_only: further down a report, only a quote's attribution. */
static void read_report(const char *text, struct span lines, struct author_pick *a,
                        int attribution_only)
{
    struct tokens tk;
    tokenise(text, &tk);
    struct found f;
    for (size_t from = 0; from < tk.n;) {
        size_t office;
        if (!pair_from(&tk, from, &f, &office)) {
            if (office >= tk.n)
                return;
            from = office + 1; /* past the office that named no one */
            continue;
        }
        size_t first = f.name_at < f.role_at ? f.name_at : role_start(&tk, f.role_at);
        size_t after = f.end;
        if (f.name_end > after)
            after = f.name_end;
        /* "said Josep Borrell, …" — but "congratulated President X": the
         * person after most verbs is their object. */
        int said_before = (first > 0 && tok_in(&tk, first - 1, SAYING_VERBS)) ||
                          (first > 1 && tok_in(&tk, first - 1, AUTHOR_ARTICLES) &&
                           tok_in(&tk, first - 2, SAYING_VERBS));
        int spoke = speech_verb_at(&tk, after) || said_before;
        if (spoke && (!attribution_only || after_quote(&tk, first) || said_before)) {
            offer(a, &tk, &f, 1, lines);
            return;
        }
        from = after > from ? after : from + 1;
    }
}

/* A signature without contact details names the author: "Antony J.
 * Blinken / Secretary of State", "Stéphane Dujarric, Porte-parole du
 * Secrétaire général".  One with a phone or e-mail is a contact. */
static void read_signature(const struct classified *c, struct author_pick *a)
{
    for (size_t i = 0; i < c->n_pieces; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role == ROLE_SIGNATURE && (text_is_phone(p->text) || text_is_email(p->text)))
            return;
    }
    for (size_t i = 0; i < c->n_pieces && !a->have_name; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role != ROLE_SIGNATURE)
            continue;
        struct tokens tk;
        tokenise(p->text, &tk);
        struct found f;
        size_t h = skip_honorifics(&tk, 0);
        size_t run = name_run(&tk, h);
        if (run && h + run == tk.n) {
            f.name_at = h, f.name_end = h + run;
            f.role_at = f.role_end = 0;
            const struct piece *next = i + 1 < c->n_pieces ? &c->pieces[i + 1] : NULL;
            offer(a, &tk, &f, 1, p->lines);
            if (next && next->role == ROLE_SIGNATURE &&
                phrase_list_prefix(AUTHOR_ROLES, next->text) && !a->role) {
                a->role = xstrdup(next->text);
                a->role_lines = next->lines;
                a->have_role = 1;
            }
        } else {
            read_anywhere(p->text, p->lines, a);
        }
    }
}

/* A text that reports who said what (a news report, a press release,
 * a text of no known kind), not one written in its author's voice. */
static int is_report(const struct classified *c, const struct statement *st)
{
    return c->news || !st->kind || strcmp(st->kind, "press-release") == 0 ||
           strcmp(st->kind, "news-report") == 0 || strcmp(st->kind, "other") == 0;
}

void extract_author(const struct classified *c, struct statement *st)
{
    struct author_pick a = {0};
    /* Most telling first: a speaker label, framing, the head. */
    for (size_t i = 0; i < c->n_pieces && !a.have_name; i++) {
        const struct piece *p = &c->pieces[i];
        const char *value;
        const struct header_label *label = header_label_of(p->text, &value);
        if (label && label->field == LABEL_SPEAKER && p->role != ROLE_BODY) {
            struct tokens tk;
            tokenise(value, &tk);
            struct found f;
            size_t h = skip_honorifics(&tk, 0);
            size_t run = name_run(&tk, h);
            if (pair_from(&tk, 0, &f, NULL) && f.name_at <= h + 1) {
                offer(&a, &tk, &f, 1, p->lines);
            } else if (run) {
                f.name_at = h, f.name_end = h + run, f.role_at = f.role_end = 0;
                offer(&a, &tk, &f, 1, p->lines);
            }
        }
    }
    for (size_t i = 0; i < c->n_pieces && !a.have_name; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role == ROLE_FRAMING) {
            /* A lead-in ("X, High Representative, made the following
             * statement:") names who speaks; a report's own sentences
             * only where a speech verb says so. */
            size_t len = strlen(p->text);
            if (len && p->text[len - 1] == ':')
                read_anywhere(p->text, p->lines, &a);
            else
                read_report(p->text, p->lines, &a, 0);
        } else if (p->role == ROLE_HEADING || p->role == ROLE_FORUM) {
            /* "EU statement delivered by H.E. Ambassador …" */
            const char *by = find_ci(p->text, "delivered by ");
            if (by)
                read_anywhere(by + 13, p->lines, &a);
            else
                read_title(p->text, p->lines, &a);
        }
    }
    for (size_t i = 0; i < c->n_pieces && !a.have_name; i++)
        if (c->pieces[i].role == ROLE_TITLE)
            read_title(c->pieces[i].text, c->pieces[i].lines, &a);
    /* Only the opening of a report, and a quote's attribution in the two
     * paragraphs after it: elsewhere the people named are those the
     * report is about. */
    if (!a.have_name && is_report(c, st)) {
        size_t read = 0;
        for (size_t i = 0; i < c->n_pieces && !a.have_name && read < 3; i++)
            if (c->pieces[i].role == ROLE_BODY) {
                read_report(c->pieces[i].text, c->pieces[i].lines, &a, read > 0);
                read++;
            }
    }
    if (!a.have_name)
        read_signature(c, &a);

    if (a.name) {
        st->author.name = a.name;
        statement_note_origin(st, a.name_lines, "/author/name");
    }
    if (a.role) {
        st->author.role = a.role;
        statement_note_origin(st, a.role_lines, "/author/role");
    }
}
