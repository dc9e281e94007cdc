#!/bin/sh
# PDF input and the binary formats refused by name, as TAP.  The PDFs are
# made here (tests/pdf/mkpdf.awk) from short texts written for the test:
# two pages with a running header and footer, a scan without text, a
# damaged file.  usage: tests/pdf.sh BIN
set -u
BIN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. tests/tap.sh
mkpdf() { LC_ALL=C awk -f tests/pdf/mkpdf.awk "$@"; }

# A statement whose second paragraph is cut by the page break, under a
# running header (its reference) and a footer on each page.
cat > "$T/two.txt" <<'TXT'
EU Statement on the parliamentary elections in Moldova

The European Union welcomes the conduct of the parliamentary elections
held in Moldova on 28 September 2025, and thanks the observers of the
OSCE/ODIHR for their preliminary findings.

We note that the campaign took place in a tense environment and that
<<page>>
interference from abroad was reported by several observers.

The European Union stands ready to support Moldova on its path.
TXT
mkpdf -v header="PC.DEL/1234/25" -v footer="EU Delegation to the OSCE - page %d" "$T/two.txt" > "$T/two.pdf"
mkdir -p "$T/conv"
check "a two-page PDF converts" "$BIN" convert -q -o "$T/conv" "$T/two.pdf"
X="$T/conv/two.xml"
grep -q 'form="pdf"' "$X" && pass "its form is pdf" || fail "its form is pdf"
grep -q '<p lines="1:[0-9]*-2:[0-9]*">We note that the campaign took place in a tense environment and that interference from abroad was reported by several observers.</p>' "$X" \
    && pass "a paragraph cut by the page break is one paragraph again, across the running lines, its lines page:line" \
    || fail "a paragraph cut by the page break is one paragraph again ($(grep '<p ' "$X" | head -c 400))"
[ "$(grep -c '<set-aside kind="page-furniture" lines="2:[0-9]*">PC.DEL/1234/25</set-aside>' "$X")" -eq 1 ] \
    && [ "$(grep -c 'kind="page-furniture" lines="2:[0-9]*">EU Delegation to the OSCE - page 2<' "$X")" -eq 1 ] \
    && pass "the running header and footer that repeat are set aside as page furniture, by position" \
    || fail "the running header and footer are set aside ($(grep 'set-aside' "$X" | head -c 400))"
grep -q '<reference>PC.DEL/1234/25</reference>' "$X" \
    && pass "the header's first occurrence still gives the reference" || fail "the header's first occurrence still gives the reference"
grep -q '<country iso="MD"' "$X" && grep -q 'date value="2025-09-28"' "$X" \
    && pass "country and election date are read from the PDF's text" || fail "country and election date are read from the PDF's text"
! grep -q 'page 1<\|page 2<' "$T/conv/two.txt" && ! grep -q 'PC.DEL/1234/25.*PC.DEL' "$T/conv/two.txt" \
    && pass "no running line is left in the text rendering's body" || fail "no running line is left in the text rendering's body"
grep -q '<p lines="1:6-2:2">We note' "$X" && grep -q '<p lines="2:3">The European Union stands ready' "$X" \
    && grep -q 'kind="title" lines="1:2"' "$X" \
    && pass "page:line counts the lines a reader sees on the page (not the blank lines put in at gaps)" \
    || fail "page:line counts the lines a reader sees on the page ($(grep -o 'lines="[^"]*"' "$X" | tr '\n' ' '))"
# Small print on a tighter pitch (footnotes) does not make every body
# line a paragraph of its own.
cat > "$T/notes.txt" <<'TXT'
Statement on the presidential election in Moldova

The European Union takes note of the presidential election held in
Moldova on 20 October 2024 and of the preliminary findings of the
international observers.

The European Union will continue to support Moldova.
<<small>>1 The candidate countries Albania and Montenegro align themselves
<<small>>with this statement. The statement is also supported by Iceland,
<<small>>Liechtenstein and Norway, members of the European Economic Area.
<<small>>2 This designation is without prejudice to positions on status.
TXT
mkpdf "$T/notes.txt" > "$T/notes.pdf"
"$BIN" convert -q -f xml "$T/notes.pdf" > "$T/notes.xml" 2>/dev/null
grep -q '<p lines="1:2-1:4">The European Union takes note of the presidential election held in Moldova on 20 October 2024 and of the preliminary findings of the international observers.</p>' "$T/notes.xml" \
    && pass "a block of small print on a tighter pitch leaves the body's paragraphs whole" \
    || fail "a block of small print leaves the body's paragraphs whole ($(grep '<p ' "$T/notes.xml" | head -c 300))"
check "the PDF's statement is valid" "$BIN" validate -q "$X"
if command -v python3 >/dev/null && python3 -c 'import jsonschema' 2>/dev/null; then
    python3 -c 'import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))' \
        "$T/conv/two.json" schema/statement.schema.json \
        && pass "its JSON, page:line ranges and all, is valid against the JSON Schema" \
        || fail "its JSON is valid against the JSON Schema"
else
    skip "its JSON is valid against the JSON Schema" "python3-jsonschema not installed"
fi
"$BIN" convert -q -f xml "$T/two.pdf" > "$T/again.xml" 2>/dev/null
cmp -s "$T/again.xml" "$X" && pass "the same PDF gives byte-identical output" || fail "the same PDF gives byte-identical output"
# Several PDFs at once: poppler is used by one thread at a time.
mkdir -p "$T/many" "$T/j1" "$T/j2"
for i in 1 2 3 4 5 6; do sed "s/Moldova on 28/Moldova ($i) on 28/" "$T/two.txt" | mkpdf -v header="PC.DEL/$i/25" > "$T/many/s$i.pdf"; done
"$BIN" convert -q -j 1 -f xml -o "$T/j1" "$T/many" && "$BIN" convert -q -j 2 -f xml -o "$T/j2" "$T/many" \
    && diff -r -q "$T/j1" "$T/j2" >/dev/null && [ "$(ls "$T/j2" | wc -l)" -eq 6 ] \
    && pass "a batch of PDFs gives the same outputs at -j 1 and -j 2" || fail "a batch of PDFs gives the same outputs at -j 1 and -j 2"

# What cannot be read is refused in one line, naming the file and why.
mkpdf -v scanned=1 "$T/two.txt" > "$T/scan.pdf"
expect_exit 1 "scan.pdf: a PDF with no text in it (a scan?): run OCR" "a PDF without a text layer is refused, OCR suggested (1)" "$BIN" convert -f json "$T/scan.pdf"
head -c 300 "$T/two.pdf" > "$T/cut.pdf"
expect_exit 1 "cut.pdf: a PDF that cannot be read" "a damaged PDF is refused (1)" "$BIN" convert -f json "$T/cut.pdf"
[ "$(wc -l < "$T/err")" -eq 1 ] && pass "… in one line" || fail "… in one line ($(cat "$T/err"))"
printf 'PK\003\004\024\000\006\000[Content_Types].xml PK\003\004 word/document.xml' > "$T/s.docx"
expect_exit 1 "s.docx: a Word document (.docx): save it as text or PDF first" "a .docx is named, with what to do (1)" "$BIN" convert -f json "$T/s.docx"
printf 'PK\003\004\024\000\000\000mimetypeapplication/vnd.oasis.opendocument.text' > "$T/s.odt"
expect_exit 1 "s.odt: an OpenDocument text (.odt)" "an .odt is named (1)" "$BIN" convert -f json "$T/s.odt"
printf '\320\317\021\340\241\261\032\341\000\000' > "$T/s.doc"
expect_exit 1 "s.doc: a Microsoft Office 97-2003 file" "a legacy .doc is named (1)" "$BIN" convert -f json "$T/s.doc"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' > "$T/s.png"
expect_exit 1 "s.png: an image (PNG): it holds no text to read; run OCR" "an image is named, OCR suggested (1)" "$BIN" convert -f json "$T/s.png"
printf 'PK\003\004\024\000\000\000notes.txt' > "$T/s.zip"
expect_exit 1 "s.zip: a ZIP archive: unpack it" "a ZIP archive is named (1)" "$BIN" convert -f json "$T/s.zip"
printf 'BMW said on Monday that the elections were calm.\n' > "$T/bmw.txt"
check "a text that merely starts like a bitmap's mark is read as text" "$BIN" convert -q -f json "$T/bmw.txt"

printf 'Our archive keeps files that start with %%PDF-1.7 as they came.\n\nStatement on the elections in Moldova.\n' > "$T/mentions.txt"
"$BIN" convert -q -f json "$T/mentions.txt" > "$T/mentions.json" 2>"$T/err"
[ $? -eq 0 ] && grep -q '"form": "plain"' "$T/mentions.json" \
    && pass "a text that mentions %PDF- after its start is read as text" \
    || fail "a text that mentions %PDF- after its start is read as text ($(head -c 200 "$T/err"))"

# A text that reads as no statement converts, with a warning.
printf 'id,name,price\n1,apples,2.50\n2,pears,3.10\n' > "$T/list.csv"
"$BIN" convert -f json -o "$T/csv" "$T/list.csv" > /dev/null 2> "$T/err"
rc=$?
[ "$rc" -eq 0 ] && grep -q "list.csv: warning: reads as no statement" "$T/err" && [ -s "$T/csv/list.json" ] \
    && pass "a CSV converts, with a warning that it reads as no statement" \
    || fail "a CSV converts with a warning (exit $rc: $(head -c 200 "$T/err"))"
"$BIN" convert -f json "$T/two.pdf" > /dev/null 2> "$T/err"
[ ! -s "$T/err" ] && pass "a statement gets no such warning" || fail "a statement gets no such warning ($(head -c 200 "$T/err"))"
finish
