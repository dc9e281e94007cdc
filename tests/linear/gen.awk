# Writes one shaped raw text of about SIZE bytes to stdout, for the
# linear-time test (tests/linear.sh): an ordinary statement's prose, or a
# worst case for one extractor — the shape that makes it do the most work
# per byte (an anchor word every few bytes, no sentence end to stop a scan,
# one long line, ...).  Lines stay under the 100,000-line limit.
#
# usage: awk -v shape=NAME -v size=BYTES -f tests/linear/gen.awk
function emit(s) { printf "%s", s; out += length(s) }
function para(unit, per_para,    k) {
    # per_para units, then a blank line; per_para 0: one paragraph
    k = 0
    while (out < size) {
        emit(unit)
        if (per_para && ++k % per_para == 0) emit("\n\n")
    }
    emit("\n")
}
function lines(unit) { while (out < size) emit(unit "\n") }
# name(i): a distinct capitalised made-up word for every i ("Aov", "Bov", ...)
function name(i,    s, r) {
    s = ""; i++
    while (i > 0) { r = (i - 1) % 26; s = substr("abcdefghijklmnopqrstuvwxyz", r + 1, 1) s; i = int((i - 1) / 26) }
    return toupper(substr(s, 1, 1)) substr(s, 2) "ov"
}
# sentences(fmt): one sentence per i with name(i) for %s, five a paragraph
function sentences(before, after,    i) {
    for (i = 0; out < size; i++) {
        emit(before name(i) " " name(i + 7) after " ")
        if (i % 5 == 4) emit("\n\n")
    }
    emit("\n")
}
BEGIN {
    out = 0
    if (shape != "one-line" && shape != "flattened")
        emit("Statement by the Spokesperson on the situation in Kenya\n\nBrussels, 3 March 2020\n\n")
    if (shape == "ordinary") {
        # ordinary prose: sentences of plain words, paragraphs of five
        split("the council welcomed progress made by authorities and called on all parties to continue dialogue in good faith while respecting fundamental freedoms", w, " ")
        srand(1)
        k = 0
        while (out < size) {
            s = ""
            for (i = 0; i < 18; i++) s = s (i ? " " : "") w[int(rand() * 22) + 1]
            emit(toupper(substr(s, 1, 1)) substr(s, 2) ". ")
            if (++k % 5 == 0) emit("\n\n")
        }
        emit("\n")
    }
    else if (shape == "election-sentences") para("The presidential election in Kenya was held in a calm and orderly manner overall. ", 5)
    else if (shape == "election-no-stop") para("the presidential election was held ", 0)
    else if (shape == "election-far-dates") para("3 March 2020 was a day and nothing else happened then at all, and later the election came ", 0)
    else if (shape == "election-glued") para("election-election/election_", 0)
    else if (shape == "dates") para("3 March 2020, 4/5/2021 and 2019-06-10 ", 0)
    else if (shape == "months") para("March May June Sunday ", 0)
    else if (shape == "countries") para("Kenya Uganda Russland Biélorussie Kazakhstan Guinea Niger ", 0)
    else if (shape == "alignment") para("The candidate countries Albania, Montenegro and Serbia align themselves with this statement ", 0)
    else if (shape == "people") para("said Mr John Smith, the Minister of Foreign Affairs, ", 0)
    else if (shape == "honorifics") para("Mr Mrs Dr H.E. ", 0)
    else if (shape == "capitals") para("Aaaa Bbbb Cccc Dddd Eeee Ffff ", 0)
    else if (shape == "organisations") para("the European Union and the OSCE and the United Nations and ODIHR ", 0)
    else if (shape == "quotes") para("\" \u00ab \u201e \u201c said ", 0)
    else if (shape == "social") lines("@someone @other #tag https://t.co/abc pic.twitter.com/x")
    else if (shape == "tweets") lines("\u2014 Some Name (@handle) March 3, 2020")
    else if (shape == "references") para("No: PC.DEL/1234/20 1234/20 (Presse 12) PRESSE 123 200303/01 ", 0)
    else if (shape == "datelines") lines("Brussels, 3 March 2020")
    else if (shape == "titles") lines("Statement by the Spokesperson on the elections in Kenya")
    else if (shape == "furniture") lines("Share this page on Facebook")
    else if (shape == "labels") lines("Date of the speech: 3 March 2020")
    else if (shape == "framing") para("Mr Chairman, the European Union issued the following statement: ", 0)
    else if (shape == "markdown") lines("* [link](https://example.org) **bold**")
    else if (shape == "short-lines") lines("a b c d e f g h i j k")
    else if (shape == "one-line") para("word ", 0)
    else if (shape == "flattened") para("Statement on the elections Brussels, 3 March 2020 The EU notes the elections. ", 0)
    else if (shape == "html") para("<div><p><a href=\"/x\">Share</a> &amp; <b>the election</b> &#233;<br></p></div>", 0)
    else if (shape == "open-quotes") para("\u201c the minister said ", 0)
    else if (shape == "contacts") lines("Spokesperson: Jane Doe +32 2 123 45 67 jane.doe@example.eu")
    else if (shape == "page-breaks") lines("\fPage 1 of 20 - elec-")
    else if (shape == "align-phrases") para("align themselves with this statement and the candidate countries ", 0)
    else if (shape == "agreement-run") { emit("We support the "); para("Agreement ", 0) }
    else if (shape == "capitalised-heads") {
        emit("We support the ")
        for (i = 0; out < size; i++) emit(name(i) " " (i % 5 == 4 ? "Treaty Election Commission " : ""))
        emit("today.\n")
    }
    else if (shape == "many-bodies") sentences("The ", " Election Commission met today.")
    else if (shape == "many-agreements") sentences("We support the ", " Agreement on trade.")
    else if (shape == "many-people") sentences("We met President ", " today.")
    else if (shape == "footnotes") {
        emit("The candidate countries Albania and Serbia align themselves with this statement.\n")
        for (i = 0; out < size; i++) emit("* footnote number " i " text here\n")
    }
    else if (shape == "split-word-lines") {
        # hard-wrapped text (lines of 60 letters), then 60,000 short lines
        # that each join the word before: one word growing line by line
        while (out < size - 180000) emit("abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij\n")
        for (i = 0; i < 60000; i++) emit("ce\n")
    }
    else if (shape == "post-urls") {
        emit("Great day ")
        for (i = 0; out < size - 60; i++) emit("https://t.co/" name(i) " ")
        emit("\u2014 John Smith (@jsmith) June 10, 2019\n")
    }
    else if (shape == "no-spaces") para("aaaaaaaaaaaaaaaa", 0)
    else { print "gen.awk: unknown shape " shape > "/dev/stderr"; exit 2 }
}
