/* Field extraction on statements written for these tests in the layouts
 * of the family (OSCE PC, spokesperson, PDF, news report, web page). */
#include <stdlib.h>

#include "extract.h"
#include "tap.h"

static struct statement st;

static void convert(const char *text)
{
    struct raw_text raw;
    char err[256];
    statement_free(&st);
    if (raw_text_from_bytes(text, strlen(text), &raw, err, sizeof err) != 0) {
        printf("# cannot load test text: %s\n", err);
        return;
    }
    extract_statement(&raw, "test.txt", &st);
    raw_text_free(&raw);
}

static const char *group_of(const char *iso)
{
    for (size_t i = 0; i < st.n_aligned; i++)
        if (strcmp(st.aligned[i].iso, iso) == 0)
            return st.aligned[i].group;
    return NULL;
}

static int has_aside(const char *kind, const char *needle)
{
    for (size_t i = 0; i < st.n_set_asides; i++)
        if (strcmp(st.set_asides[i].kind, kind) == 0 && strstr(st.set_asides[i].text, needle))
            return 1;
    return 0;
}

int main(void)
{
    convert("EUROPEAN UNION\n\n**OSCE Permanent Council No. 1388  \nVienna, 8 September 2022**\n\n"
            "**EU Statement on the early parliamentary elections in Armenia**\n\n"
            "1. The European Union notes the early parliamentary elections in Armenia, which took place on Sunday, 4 September.\n"
            "2. We call on the Armenian authorities to address the recommendations of OSCE/ODIHR and\n\n"
            "continue the reforms under the Comprehensive and Enhanced Partnership Agreement (CEPA).\n\n"
            "The Candidate Countries MONTENEGRO* and SERBIA*, the Potential Candidate Country BOSNIA and HERZEGOVINA*, "
            "and the EFTA country NORWAY, member of the European Economic Area, as well as UKRAINE and the REPUBLIC OF MOLDOVA "
            "align themselves with this statement.\n\n"
            "* Montenegro, Serbia and Bosnia and Herzegovina continue to be part of the Stabilisation and Association Process.\n");
    is_str(st.issuer, "European Union", "OSCE PC: issuer from the heading");
    is_str(st.kind, "osce-pc-statement", "OSCE PC: kind from the forum");
    is_str(st.forum, "OSCE Permanent Council", "OSCE PC: forum");
    is_str(st.meeting, "1388", "OSCE PC: meeting number");
    is_str(st.place, "Vienna", "OSCE PC: place from the dateline");
    is_str(st.date.value, "2022-09-08", "OSCE PC: statement date");
    is_str(st.title, "EU Statement on the early parliamentary elections in Armenia", "OSCE PC: bold title");
    ok(!st.title_derived, "OSCE PC: title not derived");
    is_str(st.country_iso, "AM", "OSCE PC: subject country");
    ok(st.n_elections == 1, "OSCE PC: one election");
    if (st.n_elections) {
        is_str(st.elections[0].type, "parliamentary", "OSCE PC: election type");
        ok(st.elections[0].early, "OSCE PC: early election");
        is_str(st.elections[0].date.value, "2022-09-04", "OSCE PC: weekday date gets its year from the statement");
    }
    ok(st.n_paragraphs == 2 && st.paragraphs[1].number == 2, "OSCE PC: numbered paragraphs (%zu)", st.n_paragraphs);
    ok(st.n_paragraphs == 2 && strstr(st.paragraphs[1].text, "OSCE/ODIHR and continue the reforms"), "OSCE PC: page break inside a paragraph joined");
    is_str(group_of("ME"), "candidate", "alignment: candidate");
    is_str(group_of("BA"), "potential-candidate", "alignment: potential candidate");
    is_str(group_of("NO"), "efta-eea", "alignment: EFTA/EEA");
    is_str(group_of("UA"), "other", "alignment: as well as");
    is_str(group_of("MD"), "other", "alignment: Republic of Moldova");
    ok(st.n_aligned == 6, "alignment: six countries (%zu)", st.n_aligned);
    ok(st.n_footnotes == 1 && strcmp(st.footnotes[0].mark, "*") == 0, "alignment: footnote with its mark");
    ok(st.n_agreements == 1 && strstr(st.agreements[0], "(CEPA)"), "mentions: agreement with abbreviation");

    convert("Georgia: Statement by the Spokesperson on the local elections\n\n"
            "The European Union takes note of yesterday\xe2\x80\x99s municipal elections in Georgia.\n\n"
            "We call on all parties to engage in dialogue.\n\n"
            "Jane Example\nPress Officer for Foreign Affairs and Security Policy\n+32 (0)2 000 00 00\njane.example@eeas.europa.eu\n");
    is_str(st.kind, "spokesperson-statement", "spokesperson: kind");
    is_str(st.issuer, "EEAS Spokesperson", "spokesperson: issuer");
    is_str(st.spokesperson.name, "Jane Example", "spokesperson: name");
    is_str(st.spokesperson.phone, "+32 (0)2 000 00 00", "spokesperson: phone");
    is_str(st.spokesperson.email, "jane.example@eeas.europa.eu", "spokesperson: e-mail");
    ok(st.n_elections >= 1 && st.elections[0].date.relative && !st.elections[0].date.value,
       "spokesperson: 'yesterday' without a statement date stays relative");
    ok(st.n_paragraphs == 2, "spokesperson: signature is not body (%zu paragraphs)", st.n_paragraphs);
    ok(strncmp(st.id, "undated-ge-spokesperson-statement-", 34) == 0, "id: undated, country, kind, hash (%s)", st.id);

    convert("EU reacts to Serbian vote\n\n"
            "The European Union has commented on the 17 December parliamentary elections in Serbia.\n\n"
            "In a statement it said:\n\n"
            "We take note of the preliminary findings of the observation mission.\n\n"
            "We expect Serbia to address the shortcomings.\n\n"
            "Related articles\n\nNews\n\nSomething unrelated about Kenya happened today in Nairobi.\n");
    is_str(st.kind, "news-report", "news: kind");
    is_str(st.source.form, "web-page", "news: a scrape with related articles is a web page");
    ok(st.n_paragraphs == 2, "news: body is what follows the lead-in (%zu)", st.n_paragraphs);
    ok(has_aside("framing", "has commented"), "news: the reporter's sentence is framing");
    ok(has_aside("related-content", "Kenya"), "news: related articles set aside");
    is_str(st.country_iso, "RS", "news: country not taken from related articles");
    ok(st.n_elections && st.elections[0].date.value && strcmp(st.elections[0].date.value, "--12-17") == 0,
       "news: a date without a year stays partial");

    convert("date 2021-04-12 \xe2\x80\x9cThe presidential election in Chad took place on 11 April 2021. We regret the violence.\xe2\x80\x9d reads the statement of the spokesperson.\n\n"
            "Chad votes today https://t.co/abc \xe2\x80\x94 Some Reporter (@reporter) April 11, 2021\n\n"
            "\xe2\x80\x9cThe EU calls for calm and restraint from all sides in the coming days and weeks.\xe2\x80\x9d\n");
    is_str(st.date.value, "2021-04-12", "quotes: date prefix");
    ok(st.n_paragraphs == 2, "quotes: the quoted statement is the body (%zu)", st.n_paragraphs);
    ok(st.n_paragraphs && strncmp(st.paragraphs[0].text, "The presidential", 16) == 0, "quotes: quote marks and framing removed");
    ok(st.n_posts == 1, "quotes: one social post");
    if (st.n_posts) {
        is_str(st.posts[0].handle, "reporter", "post: handle");
        is_str(st.posts[0].author, "Some Reporter", "post: author");
        is_str(st.posts[0].date.value, "2021-04-11", "post: date");
        ok(st.posts[0].n_urls == 1, "post: link pulled out of the text");
    }
    is_str(st.country_iso, "TD", "quotes: country");

    convert("Short note about nothing in particular.");
    ok(st.title_derived && st.title && st.title[0], "no title: one is derived (%s)", st.title);
    ok(st.n_elections == 0 && !st.country_iso[0], "no election or country is invented");
    is_str(st.kind, "other", "unknown kind is other");
    statement_free(&st);
    return done_testing();
}
