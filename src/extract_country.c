/* Subject country: counted over the title (weighted, as it names the
 * subject), the framing and the body; the alignment clause, signature and
 * noise are left out so aligned or related countries do not win. */
#include <stdlib.h>
#include <string.h>

#include "countries.h"
#include "extract_parts.h"
#include "phrases.h"
#include "strbuf.h"

#define TITLE_WEIGHT 3

struct tally {
    char iso[3];
    int score;
    size_t first_seen;
    struct span lines;   /* where it is first named */
};

/* "… election in Ukraine": the title's "in X" names the subject, where
 * an issuer's own country ("Ministry … of Lithuania") may also stand. */
static int after_in(const char *text, size_t at)
{
    for (const char *const *w = SUBJECT_PREPOSITIONS; *w; w++) {
        size_t n = strlen(*w);
        if (at >= n + 1 && text[at - 1] == ' ' && strncmp(text + at - n - 1, *w, n) == 0 &&
            (at == n + 1 || text[at - n - 2] == ' '))
            return 1;
    }
    return 0;
}

static void count_in(const char *text, const char *lang, struct span lines, int weight,
                     struct tally **t, size_t *n, size_t *order)
{
    struct country_match m;
    size_t pos = 0;
    while (country_find(text, pos, lang, &m)) {
        pos = m.offset + m.length;
        int w = weight > 1 && after_in(text, m.offset) ? weight * 2 : weight;
        size_t i;
        for (i = 0; i < *n; i++)
            if (strcmp((*t)[i].iso, m.alpha2) == 0)
                break;
        if (i == *n) {
            struct tally *e = array_push(t, n, sizeof **t);
            memcpy(e->iso, m.alpha2, 3);
            e->first_seen = (*order)++;
            e->lines = lines;
        }
        (*t)[i].score += w;
    }
}

void extract_country(const struct classified *c, struct statement *st)
{
    struct tally *t = NULL;
    size_t n = 0, order = 0;
    for (size_t i = 0; i < c->n_pieces; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role == ROLE_TITLE)
            count_in(p->text, st->language, p->lines, TITLE_WEIGHT, &t, &n, &order);
        else if (p->role == ROLE_BODY || p->role == ROLE_FRAMING)
            count_in(p->text, st->language, p->lines, 1, &t, &n, &order);
    }
    size_t best = n;
    for (size_t i = 0; i < n; i++)
        if (best == n || t[i].score > t[best].score ||
            (t[i].score == t[best].score && t[i].first_seen < t[best].first_seen))
            best = i;
    if (best < n) {
        const char *name = country_display_name(t[best].iso);
        if (name) {
            memcpy(st->country_iso, t[best].iso, 3);
            st->country_name = xstrdup(name);
            statement_note_origin(st, t[best].lines, "/country");
        }
    }
    free(t);
}
