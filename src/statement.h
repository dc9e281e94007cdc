/* statement — the in-memory model of one converted statement.
 *
 * It mirrors schema/statement.xsd one to one: the extract stage fills it,
 * the xmlbuild stage turns it into a document.  Every string is owned by
 * the statement (heap, UTF-8) or NULL when the text does not state it;
 * nothing here is ever guessed to fill a gap. */
#ifndef COMMUNIQUE_STATEMENT_H
#define COMMUNIQUE_STATEMENT_H

#include <stddef.h>

/* A line range in the raw text, 1-based and inclusive (0 = unknown). */
struct span {
    int first, last;
};

/* A date as stated: value is xs:date "YYYY-MM-DD", xs:gYearMonth, xs:gYear
 * or xs:gMonthDay "--MM-DD"; NULL when only a relative phrase is known. */
struct stated_date {
    char *value;
    char *text;       /* the words in the raw text, e.g. "Sunday, 20 November" */
    int relative;     /* "yesterday", "last Sunday"… */
};

struct election {
    char *type;       /* presidential, parliamentary, local, referendum… */
    int early;
    char *chamber;
    struct stated_date date;
};

struct aligned_country {
    char *name;       /* as written, e.g. "REPUBLIC of NORTH MACEDONIA" */
    char iso[3];
    char *group;      /* candidate, potential-candidate, efta-eea, other */
    char *mark;       /* footnote mark after the name, e.g. "*" */
};

struct footnote {
    char *mark;
    char *text;
};

struct paragraph {
    int number;       /* printed number, or 0 when unnumbered */
    char *text;
    struct span lines;
};

struct person {
    char *name;
    char *role;
};

struct social_post {
    char *author, *handle, *text;
    struct stated_date date;
    char **urls;
    size_t n_urls;
    struct span lines;
};

struct set_aside {
    const char *kind; /* static: one of the schema's block kinds */
    char *text;
    struct span lines;
};

/* Another statement this one is linked to (stage link, src/link.h). */
struct related {
    char *id;
    const char *relation;   /* static: one of the schema's relation kinds */
    char *title;
    char *file;             /* the other's raw file name */
    int overlap;            /* percent; -1 when the relation is not textual */
};

/* Where a field came from: its JSON Pointer in the statement's JSON
 * ("/title", "/elections/0", "/spokesperson/name") and the raw lines. */
struct origin {
    char *field;
    struct span lines;  /* 0: given, not extracted (a sidecar) */
    int given;
};

struct statement {
    char *id;
    char *title;
    int title_derived;
    const char *language;   /* BCP 47 tag, static */
    char *issuer;
    const char *kind;       /* static: one of the schema's kinds */
    struct stated_date date;
    char *forum, *meeting;
    char *place;
    char *reference;
    char **distribution;
    size_t n_distribution;

    char *country_name;     /* ISO 3166 short name */
    char country_iso[3];

    struct election *elections;
    size_t n_elections;

    /* The person in whose name the statement is issued or who delivers
     * it (schema 1.1); a role without a name is recorded as role only. */
    struct {
        char *name, *role;
    } author;

    /* The contact named under the statement. */
    struct {
        char *name, *role, *phone, *email;
    } spokesperson;

    struct paragraph *paragraphs;
    size_t n_paragraphs;

    char *alignment_clause;
    struct aligned_country *aligned;
    size_t n_aligned;
    struct footnote *footnotes;
    size_t n_footnotes;

    char **organisations;
    size_t n_organisations;
    char **agreements;
    size_t n_agreements;
    struct person *people;
    size_t n_people;

    struct social_post *posts;
    size_t n_posts;

    struct related *related;
    size_t n_related;

    struct {
        char *file;
        const char *form;   /* static */
        char sha256[65];
        char *url;          /* where it was published (schema 1.2) */
        char *retrieved;    /* when it was fetched, YYYY-MM-DD (schema 1.2) */
        /* A PDF: page k + 1 starts on line page_starts[k] (schema 1.3:
         * lines are written page:line); NULL otherwise. */
        int *page_starts;
        size_t n_pages;
    } source;
    struct set_aside *set_asides;
    size_t n_set_asides;
    struct origin *origins;
    size_t n_origins;
    /* Open-addressing index of origins by field (statement.c): index + 1,
     * 0 empty; so recording an origin is constant time, not a scan. */
    size_t *origin_slots;
    size_t origin_slots_cap;
};

void statement_free(struct statement *st);

/* Grows a dynamic array by one zeroed element and returns it.  The array
 * must start as NULL with count 0 and grow only through this function
 * (its capacity, a power of two, is implied by the count). */
void *array_push(void *array_ptr, size_t *count, size_t elem_size);
/* Appends s (copied) to a char* array unless an equal string is there;
 * returns its index either way. */
size_t string_set_add(char ***array, size_t *count, const char *s);
/* Records that the field at the JSON Pointer built from fmt came from
 * lines (ignored when lines are unknown or the field already has one). */
/* Records that the field at pointer was given (a sidecar), not extracted:
 * any origin in the raw lines it had is replaced. */
void statement_note_given(struct statement *st, const char *pointer);
void statement_note_origin(struct statement *st, struct span lines, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
