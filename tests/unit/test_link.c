/* test_link — the link stage: which statements of a batch are related,
 * how, and that nothing else is. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "link.h"
#include "tap.h"

/* Paragraphs long enough to be judged, on different subjects. */
static const char *const P_REFORM =
    "We welcome the efficient preparation of the elections as well as the political and "
    "socio-economic reforms initiated by the President after the events of January.";
static const char *const P_OBSERVERS =
    "The preliminary conclusions of the election observation mission indicate that the vote "
    "took place in a political environment lacking competitiveness and genuine choice.";
static const char *const P_PARTNER =
    "The country remains an important and valuable partner with which we share an interest "
    "in developing our cooperation further on trade, connectivity and energy.";
static const char *const P_MEDIA =
    "Restrictions on fundamental freedoms, the media environment and the space for independent "
    "observers were also noted and we encourage the authorities to address them promptly.";
static const char *const P_BOILER =
    "The development of resilient democratic institutions and a strong civil society is key "
    "for the stability and development of the country and its people.";
static const char *const P_OTHER1 =
    "Fishing quotas for the northern coastal waters will be reviewed next spring by the joint "
    "committee after the scientific survey of stocks has been published in full.";
static const char *const P_OTHER2 =
    "Museum opening hours change during the holiday season, when the western galleries close "
    "early and guided tours of the sculpture garden are suspended until further notice.";

struct fixture {
    const char *id, *kind, *issuer, *country, *date, *election_type, *election_date;
};

static size_t add(struct link_set *set, struct fixture f, const char *const *paras, size_t n)
{
    struct link_election e = {f.election_type, f.election_date};
    struct link_meta m = {.id = f.id, .title = f.id, .file = f.id, .kind = f.kind,
                          .issuer = f.issuer, .country = f.country, .date = f.date,
                          .elections = &e, .n_elections = f.election_type ? 1 : 0};
    return link_add(set, &m, paras, n);
}

static const char *relation_to(const struct link_set *set, size_t i, const char *other_id,
                               int *overlap)
{
    size_t n;
    const struct related *r = link_related(set, i, &n);
    for (size_t k = 0; k < n; k++)
        if (strcmp(r[k].id, other_id) == 0) {
            if (overlap)
                *overlap = r[k].overlap;
            return r[k].relation;
        }
    return NULL;
}

static size_t count_related(const struct link_set *set, size_t i)
{
    size_t n;
    link_related(set, i, &n);
    return n;
}

static struct fixture official(const char *id)
{
    return (struct fixture){id, "osce-pc-statement", "European Union", "KZ", "2022-11-24",
                            "presidential", "2022-11-20"};
}

static struct fixture news(const char *id)
{
    return (struct fixture){id, "news-report", "European Union", "KZ", NULL, "presidential",
                            "--11-20"};
}

static void test_news_report_quotes_statement(void)
{
    struct link_set *set = link_new();
    const char *a[] = {P_REFORM, P_OBSERVERS, P_PARTNER, P_MEDIA};
    /* Reworded here and there, fewer paragraphs, curly apostrophes. */
    const char *b[] = {
        "We welcome their efficient preparation as well as wider political and socio-economic "
        "reforms initiated by the President after the tragic events of January.",
        "The conclusions of the election observation mission state that the vote took place in "
        "a political environment lacking competitiveness and genuine choice.",
        "The country’s an important and valuable partner with which we share an interest to "
        "develop our cooperation further on trade, connectivity and energy."};
    size_t ia = add(set, official("2022-11-24-kz-osce-pc-statement-aaaaaaaa"), a, 4);
    size_t ib = add(set, news("undated-kz-news-report-bbbbbbbb"), b, 3);
    link_compute(set);
    int overlap = -2;
    is_str(relation_to(set, ib, "2022-11-24-kz-osce-pc-statement-aaaaaaaa", &overlap), "quotes",
           "a news report carrying reworded paragraphs of a statement quotes it");
    ok(overlap == 100, "every judged paragraph of the report matched (overlap %d)", overlap);
    is_str(relation_to(set, ia, "undated-kz-news-report-bbbbbbbb", NULL), "quoted-by",
           "the statement records the inverse relation");
    link_free(set);
}

static void test_identical_statements_are_same_statement(void)
{
    struct link_set *set = link_new();
    const char *a[] = {P_REFORM, P_OBSERVERS, P_PARTNER};
    struct fixture fa = official("2022-11-24-kz-osce-pc-statement-aaaaaaaa");
    struct fixture fb = official("2022-11-24-kz-osce-pc-statement-cccccccc");
    fb.kind = "spokesperson-statement";
    size_t ia = add(set, fa, a, 3), ib = add(set, fb, a, 3);
    link_compute(set);
    int overlap = -2;
    is_str(relation_to(set, ia, fb.id, &overlap), "same-statement",
           "two statements with the same paragraphs are the same statement");
    ok(overlap == 100, "overlap 100 (got %d)", overlap);
    is_str(relation_to(set, ib, fa.id, NULL), "same-statement", "in both directions");
    link_free(set);
}

static void test_one_shared_paragraph_is_not_a_relation(void)
{
    struct link_set *set = link_new();
    const char *a[] = {P_REFORM, P_BOILER, P_PARTNER};
    const char *b[] = {P_OTHER1, P_BOILER, P_OTHER2};
    size_t ia = add(set, official("2022-11-24-kz-osce-pc-statement-aaaaaaaa"), a, 3);
    add(set, news("undated-kz-news-report-bbbbbbbb"), b, 3);
    link_compute(set);
    ok(count_related(set, ia) == 0, "one boilerplate paragraph in common links nothing");
    link_free(set);
}

static void test_short_paragraphs_are_not_judged(void)
{
    struct link_set *set = link_new();
    const char *a[] = {"Thank you, Mr Chair.", "We welcome the elections.", "Thank you."};
    size_t ia = add(set, official("2022-11-24-kz-osce-pc-statement-aaaaaaaa"), a, 3);
    add(set, official("2022-11-24-kz-osce-pc-statement-cccccccc"), a, 3);
    link_compute(set);
    ok(count_related(set, ia) == 0, "statements of only short paragraphs are never linked");
    link_free(set);
}

static void test_follow_up_same_side_same_election(void)
{
    struct link_set *set = link_new();
    const char *a[] = {P_REFORM, P_OBSERVERS};
    const char *b[] = {P_OTHER1, P_OTHER2};
    const char *c[] = {P_PARTNER, P_MEDIA};
    struct fixture first = {"2022-11-21-kz-spokesperson-statement-11111111", "spokesperson-statement",
                            "EEAS Spokesperson", "KZ", "2022-11-21", "presidential", "2022-11-20"};
    struct fixture second = {"2022-11-24-kz-osce-pc-statement-22222222", "osce-pc-statement",
                             "European Union", "KZ", "2022-11-24", "presidential", NULL};
    struct fixture other_side = {"2022-11-25-kz-other-33333333", "other", "U.S. Mission to the OSCE",
                                 "KZ", "2022-11-25", "presidential", "2022-11-20"};
    size_t i1 = add(set, first, a, 2), i2 = add(set, second, b, 2);
    size_t i3 = add(set, other_side, c, 2);
    link_compute(set);
    is_str(relation_to(set, i2, first.id, NULL), "follow-up",
           "a later EU statement on the same election follows the earlier one");
    is_str(relation_to(set, i1, second.id, NULL), "followed-up-by", "and the inverse is recorded");
    ok(count_related(set, i3) == 0, "another issuer's statement on that election is no follow-up");
    link_free(set);
}

static void test_follow_up_needs_same_election(void)
{
    struct link_set *set = link_new();
    const char *a[] = {P_REFORM};
    struct fixture first = {"2021-01-11-kz-spokesperson-statement-11111111", "spokesperson-statement",
                            "EEAS Spokesperson", "KZ", "2021-01-11", "parliamentary", "2021-01-10"};
    struct fixture second = {"2022-11-24-kz-osce-pc-statement-22222222", "osce-pc-statement",
                             "European Union", "KZ", "2022-11-24", "presidential", "2022-11-20"};
    struct fixture news_later = {"2022-11-26-kz-news-report-44444444", "news-report",
                                 "European Union", "KZ", "2022-11-26", "presidential", "2022-11-20"};
    size_t i1 = add(set, first, a, 1);
    add(set, second, a, 0);
    size_t i3 = add(set, news_later, a, 0);
    link_compute(set);
    ok(count_related(set, i1) == 0, "another election of the same country is no follow-up");
    ok(count_related(set, i3) == 0, "a news report is never a follow-up");
    link_free(set);
}

static void test_order_does_not_matter(void)
{
    const char *a[] = {P_REFORM, P_OBSERVERS, P_PARTNER, P_MEDIA};
    const char *b[] = {P_REFORM, P_OBSERVERS, P_PARTNER};
    struct fixture fa = official("2022-11-24-kz-osce-pc-statement-aaaaaaaa");
    struct fixture fb = news("undated-kz-news-report-bbbbbbbb");
    const char *forward = NULL, *backward = NULL;
    struct link_set *set = link_new();
    size_t ia = add(set, fa, a, 4);
    add(set, fb, b, 3);
    link_compute(set);
    forward = relation_to(set, ia, fb.id, NULL);
    struct link_set *rev = link_new();
    add(rev, fb, b, 3);
    size_t ja = add(rev, fa, a, 4);
    link_compute(rev);
    backward = relation_to(rev, ja, fb.id, NULL);
    ok(forward && backward && strcmp(forward, backward) == 0,
       "the same relation whatever the order the statements were added in (%s, %s)",
       forward ? forward : "none", backward ? backward : "none");
    link_free(set);
    link_free(rev);
}

static void test_relations_are_capped_and_boilerplate_ignored(void)
{
    const char *a[] = {P_REFORM, P_OBSERVERS, P_PARTNER};
    char ids[40][64];
    struct link_set *set = link_new();
    for (int i = 0; i < 12; i++) {
        snprintf(ids[i], sizeof ids[i], "2022-11-24-kz-osce-pc-statement-%08d", i);
        add(set, official(ids[i]), a, 3);
    }
    link_compute(set);
    ok(count_related(set, 0) == LINK_MAX_RELATED, "12 copies: each keeps %d relations (got %zu)",
       LINK_MAX_RELATED, count_related(set, 0));
    link_free(set);

    set = link_new();
    for (int i = 0; i < LINK_MAX_DF + 8; i++) {
        snprintf(ids[i], sizeof ids[i], "2022-11-24-kz-osce-pc-statement-%08d", i);
        add(set, official(ids[i]), a, 3);
    }
    link_compute(set);
    ok(count_related(set, 0) == 0,
       "text shared by more than %d statements is boilerplate: no candidates", LINK_MAX_DF);
    link_free(set);
}

/* Paragraph p of twin pair t: 60 words drawn from 5,000 made-up ones by
 * a fixed generator, so every pair has text of its own. */
static void generated_paragraph(char *out, size_t size, unsigned t, unsigned p)
{
    unsigned x = t * 2654435761u + p * 40503u + 1;
    size_t at = 0;
    for (int w = 0; w < 60 && at + 16 < size; w++) {
        x = x * 1103515245u + 12345u;
        at += (size_t)snprintf(out + at, size - at, "%sw%u", w ? " " : "", (x >> 8) % 5000);
    }
}

static int same_relations(const struct link_set *x, const struct link_set *y, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        size_t nx, ny;
        const struct related *rx = link_related(x, i, &nx), *ry = link_related(y, i, &ny);
        if (nx != ny)
            return 0;
        for (size_t k = 0; k < nx; k++)
            if (strcmp(rx[k].id, ry[k].id) || strcmp(rx[k].relation, ry[k].relation) ||
                rx[k].overlap != ry[k].overlap)
                return 0;
    }
    return 1;
}

/* Enough statements that the index and the candidate pairs outgrow their
 * in-memory buffers and go through the scratch file. */
static void test_scratch_file_and_memory_give_the_same_relations(void)
{
    enum { PAIRS = 3000, PARAS = 4 };
    static char text[PARAS][600];
    struct link_set *disk = link_new(), *memory = link_new_sharing(NULL);
    char id[64];
    for (unsigned t = 0; t < PAIRS; t++)
        for (int twin = 0; twin < 2; twin++) {
            const char *paras[PARAS];
            for (unsigned p = 0; p < PARAS; p++) {
                generated_paragraph(text[p], sizeof text[p], t, p);
                paras[p] = text[p];
            }
            snprintf(id, sizeof id, "2022-11-24-kz-osce-pc-statement-%05u%d", t, twin);
            struct fixture f = official(id);
            f.date = NULL; /* text relations only */
            add(disk, f, paras, PARAS);
            add(memory, f, paras, PARAS);
        }
    link_compute(disk);
    link_compute(memory);
    size_t twins = 0;
    for (unsigned t = 0; t < PAIRS; t++) {
        snprintf(id, sizeof id, "2022-11-24-kz-osce-pc-statement-%05u1", t);
        const char *r = relation_to(disk, 2 * t, id, NULL);
        twins += r && strcmp(r, "same-statement") == 0 && count_related(disk, 2 * t) == 1;
    }
    ok(twins == PAIRS, "%d twin pairs through the scratch file: each the other's same-statement "
       "and nothing else (%zu)", PAIRS, twins);
    ok(same_relations(disk, memory, 2 * PAIRS),
       "without a scratch file the relations are the same, from memory");
    link_free(disk);
    link_free(memory);
}

int main(void)
{
    test_news_report_quotes_statement();
    test_identical_statements_are_same_statement();
    test_one_shared_paragraph_is_not_a_relation();
    test_short_paragraphs_are_not_judged();
    test_follow_up_same_side_same_election();
    test_follow_up_needs_same_election();
    test_order_does_not_matter();
    test_relations_are_capped_and_boilerplate_ignored();
    test_scratch_file_and_memory_give_the_same_relations();
    return done_testing();
}
