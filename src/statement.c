#include <stdarg.h>
#include "statement.h"

#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

void *array_push(void *array_ptr, size_t *count, size_t elem_size)
{
    void **array = array_ptr;
    /* Capacity doubles, so n pushes copy O(n) bytes, not O(n^2) (glibc
     * often grows in place; ASan's and valgrind's allocators never do).
     * Arrays are only ever grown here, from NULL and 0, so the capacity
     * is implied by the count: full exactly when the count is 0 or a
     * power of two. */
    if ((*count & (*count - 1)) == 0)
        *array = xrealloc(*array, (*count ? *count * 2 : 1) * elem_size);
    char *elem = (char *)*array + *count * elem_size;
    memset(elem, 0, elem_size);
    (*count)++;
    return elem;
}

size_t string_set_add(char ***array, size_t *count, const char *s)
{
    for (size_t i = 0; i < *count; i++)
        if (strcmp((*array)[i], s) == 0)
            return i;
    char **slot = array_push(array, count, sizeof(char *));
    *slot = xstrdup(s);
    return *count - 1;
}

/* The origin of field, or NULL. */
static struct origin *find_origin(const struct statement *st, const char *field)
{
    if (!st->origin_slots_cap)
        return NULL;
    size_t mask = st->origin_slots_cap - 1;
    for (size_t i = string_hash(field) & mask; st->origin_slots[i]; i = (i + 1) & mask)
        if (strcmp(st->origins[st->origin_slots[i] - 1].field, field) == 0)
            return &st->origins[st->origin_slots[i] - 1];
    return NULL;
}

static void index_origin(struct statement *st, size_t k)
{
    size_t mask = st->origin_slots_cap - 1;
    size_t i = string_hash(st->origins[k].field) & mask;
    while (st->origin_slots[i])
        i = (i + 1) & mask;
    st->origin_slots[i] = k + 1;
}

/* Adds an origin for field (not there yet) and indexes it, growing the
 * index at half full. */
static struct origin *add_origin(struct statement *st, char *field)
{
    struct origin *o = array_push(&st->origins, &st->n_origins, sizeof *o);
    o->field = field;
    if (2 * st->n_origins > st->origin_slots_cap) {
        free(st->origin_slots);
        st->origin_slots_cap = st->origin_slots_cap ? 2 * st->origin_slots_cap : 64;
        st->origin_slots = xmalloc(st->origin_slots_cap * sizeof *st->origin_slots);
        memset(st->origin_slots, 0, st->origin_slots_cap * sizeof *st->origin_slots);
        for (size_t k = 0; k < st->n_origins; k++)
            index_origin(st, k);
    } else {
        index_origin(st, st->n_origins - 1);
    }
    return &st->origins[st->n_origins - 1];
}

void statement_note_origin(struct statement *st, struct span lines, const char *fmt, ...)
{
    if (!lines.first)
        return;
    struct strbuf field = {0};
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(&field, fmt, ap);
    va_end(ap);
    if (find_origin(st, field.data)) {
        strbuf_free(&field);
        return;
    }
    add_origin(st, strbuf_detach(&field))->lines = lines;
}

void statement_note_given(struct statement *st, const char *pointer)
{
    struct origin *o = find_origin(st, pointer);
    if (!o)
        o = add_origin(st, xstrdup(pointer));
    o->lines = (struct span){0, 0};
    o->given = 1;
}

static void free_strings(char **a, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(a[i]);
    free(a);
}

static void free_date(struct stated_date *d)
{
    free(d->value);
    free(d->text);
}

void statement_free(struct statement *st)
{
    free(st->id);
    free(st->title);
    free(st->issuer);
    free_date(&st->date);
    free(st->forum);
    free(st->meeting);
    free(st->place);
    free(st->reference);
    free_strings(st->distribution, st->n_distribution);
    free(st->country_name);
    for (size_t i = 0; i < st->n_elections; i++) {
        free(st->elections[i].type);
        free(st->elections[i].chamber);
        free_date(&st->elections[i].date);
    }
    free(st->elections);
    free(st->author.name);
    free(st->author.role);
    free(st->spokesperson.name);
    free(st->spokesperson.role);
    free(st->spokesperson.phone);
    free(st->spokesperson.email);
    for (size_t i = 0; i < st->n_paragraphs; i++)
        free(st->paragraphs[i].text);
    free(st->paragraphs);
    free(st->alignment_clause);
    for (size_t i = 0; i < st->n_aligned; i++) {
        free(st->aligned[i].name);
        free(st->aligned[i].group);
        free(st->aligned[i].mark);
    }
    free(st->aligned);
    for (size_t i = 0; i < st->n_footnotes; i++) {
        free(st->footnotes[i].mark);
        free(st->footnotes[i].text);
    }
    free(st->footnotes);
    free_strings(st->organisations, st->n_organisations);
    free_strings(st->agreements, st->n_agreements);
    for (size_t i = 0; i < st->n_people; i++) {
        free(st->people[i].name);
        free(st->people[i].role);
    }
    free(st->people);
    for (size_t i = 0; i < st->n_posts; i++) {
        struct social_post *p = &st->posts[i];
        free(p->author);
        free(p->handle);
        free(p->text);
        free_date(&p->date);
        free_strings(p->urls, p->n_urls);
    }
    free(st->posts);
    for (size_t i = 0; i < st->n_related; i++) {
        free(st->related[i].id);
        free(st->related[i].title);
        free(st->related[i].file);
    }
    free(st->related);
    free(st->source.file);
    free(st->source.url);
    free(st->source.retrieved);
    free(st->source.page_starts);
    for (size_t i = 0; i < st->n_set_asides; i++)
        free(st->set_asides[i].text);
    free(st->set_asides);
    for (size_t i = 0; i < st->n_origins; i++)
        free(st->origins[i].field);
    free(st->origins);
    free(st->origin_slots);
    memset(st, 0, sizeof *st);
}
