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
    convert("Skip to main content\nMenu\nHome > Press material > Statements\nPage language: English\n"
            "We use cookies to give you the best experience on this site.\n\n"
            "Serbia: Statement by the Spokesperson on the local elections\n\n"
            "Belgrade, 05/06/2024 - 11:20, UNIQUE ID: 240605_3\n\n"
            "Citizens of Serbia voted yesterday in local elections in many municipalities.\n\n"
            "The EU calls on the authorities to address the observers' recommendations.\n\n"
            "Share this page\n\nMon Tue Wed Thu Fri Sat Sun\n1 2 3 4 5 6 7\n\nAuthor\nPress Team\n\n"
            "Press contacts\n\nAna Example\nSpokesperson for Foreign Affairs and Security Policy\n"
            "ana.example (at) ec.europa.eu\n");
    is_str(st.title, "Serbia: Statement by the Spokesperson on the local elections", "web scrape: the title follows the chrome");
    is_str(st.place, "Belgrade", "EEAS dateline: place");
    is_str(st.date.value, "2024-06-05", "EEAS dateline: date, time dropped");
    is_str(st.reference, "240605_3", "EEAS dateline: the UNIQUE ID is the reference");
    ok(st.n_elections && st.elections[0].date.value && strcmp(st.elections[0].date.value, "2024-06-04") == 0,
       "\"yesterday\" resolves against the dateline");
    ok(st.n_paragraphs == 2, "only the two paragraphs are body (%zu)", st.n_paragraphs);
    ok(has_aside("breadcrumb", "Home >") && has_aside("language-selector", "English") &&
       has_aside("cookie-notice", "cookies") && has_aside("share-links", "Share") &&
       has_aside("calendar", "Mon") && has_aside("author-box", "Press Team"),
       "page noise is set aside by kind");
    is_str(st.spokesperson.name, "Ana Example", "the contact heading is not the name");
    is_str(st.spokesperson.email, "ana.example (at) ec.europa.eu", "an obfuscated e-mail is the e-mail, as written");
    int has_title_origin = 0;
    for (size_t i = 0; i < st.n_origins; i++)
        has_title_origin |= strcmp(st.origins[i].field, "/title") == 0 && st.origins[i].lines.first == 7;
    ok(has_title_origin, "the title's provenance is its raw line");

    convert("<!DOCTYPE html><html><head><title>x</title><script>var a = 1;</script></head><body>\n"
            "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n"
            "<h1>Chad: Statement by the Spokesperson on the presidential election</h1>\n"
            "<ol><li>The European Union takes note of the election held in Chad on 6 May 2024.</li>\n"
            "<li>It calls for calm.</li></ol>\n</body></html>\n");
    is_str(st.source.form, "html", "an HTML page is recognised by its content");
    ok(st.n_paragraphs == 2 && st.paragraphs[1].number == 2, "ordered list items become numbered paragraphs");
    ok(has_aside("navigation", "Home"), "<nav> content is set aside as navigation");
    ok(st.n_paragraphs && st.paragraphs[0].lines.first == 4, "paragraph lines are the HTML source's");

    convert("Déclaration du porte-parole sur les élections en Arménie\n\nBruxelles, 21/06/2021\n\n"
            "Les élections du 20 juin 2021 se sont déroulées dans le calme et les résultats sont "
            "reconnus par les observateurs de la mission.\n");
    is_str(st.language, "fr", "French is detected");
    is_str(st.date.value, "2021-06-21", "a numeric date is read in any language");
    is_str(st.issuer, "EEAS Spokesperson", "the issuer is the canonical name of the one the French names");
    is_str(st.kind, "spokesperson-statement", "and so is the kind");
    ok(st.title_derived == 0, "no English title is composed");
    return done_testing();
}
