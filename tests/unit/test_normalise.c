/* The normaliser: markdown, hard wraps, page breaks, paragraphs. */
#include <string.h>

#include "normalise.h"
#include "utf8.h"
#include "tap.h"

static struct doc_text doc;

static void run(const char *text)
{
    doc_text_free(&doc);
    normalise_text(text, &doc);
}

int main(void)
{
    run("**OSCE Permanent Council No. 1400  \nVienna, 24 November 2022**\n\n**EU Statement on X**\n");
    ok(doc.markdown, "markdown is detected by its emphasis");
    ok(doc.n_blocks == 3, "a markdown hard break keeps header lines apart (%zu blocks)", doc.n_blocks);
    is_str(doc.blocks[0].text, "OSCE Permanent Council No. 1400", "bold markers are removed");
    ok(doc.blocks[2].flags & BLOCK_BOLD, "a bold line is flagged bold");

    run("1. First paragraph ends well.\n2. Second starts\nanother line of it.\n3. Third.");
    ok(doc.n_blocks == 3, "numbered lines start paragraphs (%zu)", doc.n_blocks);
    is_str(doc.blocks[1].text, "2. Second starts another line of it.", "a soft wrap inside a paragraph is joined");

    run("4. The EU looks forward to working, in the framework of our agreement, on the\n\n"
        "implementation of reforms.\n\n5. Next one.");
    ok(doc.n_blocks == 2, "a page break inside a sentence is joined (%zu blocks)", doc.n_blocks);
    ok(doc.blocks[0].lines.first == 1 && doc.blocks[0].lines.last == 3, "the joined block spans lines 1-3");

    run("The European Union welcomes the efficient organisation of the Parliamentary \n\n"
        "elections in the country that took place on 10 January 2021, in particular in light of \n\n"
        "the pandemic. We commend the good cooperation of the national election \n\n"
        "authorities with the Election Observation Mission. \n\n"
        "While the country has undertaken some political reforms and modernisation \n\n"
        "processes since the last parliamentary elections, the long-standing \n\n"
        "recommendations remain unaddressed. \n\n"
        "Next paragraph is short. \n");
    ok(doc.hard_wrapped, "blank-line-separated wrapped lines are recognised as hard wraps (width %d)", doc.wrap_width);
    ok(doc.n_blocks == 3, "and re-flowed into paragraphs (%zu blocks)", doc.n_blocks);
    ok(doc.n_blocks >= 2 && strncmp(doc.blocks[1].text, "While", 5) == 0, "a short line ending a sentence ends the paragraph");

    run("Some text here\n\fPage 2 of 3\nmore text follows here.");
    ok(doc.page_breaks >= 1, "form feeds and page numbers count as page breaks");
    int furniture = 0;
    for (size_t i = 0; i < doc.n_blocks; i++)
        furniture += !!(doc.blocks[i].flags & BLOCK_PAGE_FURNITURE);
    ok(furniture == 1, "\"Page 2 of 3\" is page furniture");

    run("Peter Example\nLead Spokesperson for Foreign Affairs\n+32 (0)460 00 00 00\nname.surname@example.eu");
    ok(doc.n_blocks == 4, "signature lines stay apart (%zu)", doc.n_blocks);

    run("Hyphen-\nated and socio-\neconomic words");
    is_str(doc.blocks[0].text, "Hyphen-ated and socio-economic words", "a hyphen at a wrap joins without a space");

    run("S T A T E M E N T   O N   T H E\nE L E C T I O N S\n\nBody text.");
    is_str(doc.blocks[0].text, "STATEMENT ON THE ELECTIONS", "letter-spaced heading lines are closed up and joined");

    run("The Union notes the elections held on Sunday and the efforts to organise the polit\n"
        "ical process in a fair and transparent manner, and it calls on all the parties\n"
        "to refrain from acts of intimidation of any kind and from any further violen\n"
        "ce following the vote, and it regrets the lack of an effective and independent\n"
        "campaign finance regime and of rules on the use of administrative resources, effect-\n"
        "ive oversight of which remains one of the well-\n"
        "known recommendations of the observers.\n");
    ok(doc.hard_wrapped, "a PDF-style text is recognised as hard-wrapped");
    ok(strstr(doc.blocks[0].text, "political process") && strstr(doc.blocks[0].text, "violence following") &&
       strstr(doc.blocks[0].text, "effective oversight") && strstr(doc.blocks[0].text, "well-known"),
       "words split by a wrap are rejoined, a compound keeps its hyphen: %s", doc.blocks[0].text);

    run("Last line of page one continues\nEU Statement \xe2\x80\x93 Ukraine   Page 1 of 2\n");
    ok(doc.n_blocks == 2 && (doc.blocks[1].flags & BLOCK_PAGE_FURNITURE), "a running footer ending in \"Page N of M\" is furniture");

    run("A\xc2\xa0non-breaking   space\tand tab");
    is_str(doc.blocks[0].text, "A non-breaking space and tab", "white space is folded, no-break spaces included");

    ok(text_ends_sentence("done.\xe2\x80\x9d"), "a stop before a closing quote ends a sentence");
    ok(!text_ends_sentence("on the"), "a bare word does not");
    ok(text_list_marker("12. Text") == 4 && text_list_marker("* Footnote") == 2 && text_list_marker("2019 was") == 0,
       "list and footnote markers are measured");
    doc_text_free(&doc);
    /* utf8_longer_than(s, n) is utf8_length(s) > n, characters not bytes. */
    static const char *const widths[] = {"", "a", "abc", "\xc3\xa9t\xc3\xa9", "\xd0\xb8\xd0\xb7\xd0\xb1\xd0\xbe\xd1\x80", "x\xe2\x80\x99y", NULL};
    int longer_same = 1;
    for (size_t w = 0; widths[w]; w++)
        for (size_t n = 0; n < 8; n++)
            longer_same &= utf8_longer_than(widths[w], n) == (utf8_length(widths[w]) > n);
    ok(longer_same, "utf8_longer_than agrees with utf8_length on ASCII, Latin and Cyrillic text at every bound");
    return done_testing();
}
