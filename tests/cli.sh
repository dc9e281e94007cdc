#!/bin/sh
# CLI behaviour, end to end, as TAP.  usage: tests/cli.sh BIN JSONCHECK
set -u
BIN=$1
JSONCHECK=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. tests/tap.sh

# --- usage and exit codes
check "--help exits 0" "$BIN" --help
"$BIN" --help | grep -q "exit status" && pass "--help documents exit codes" || fail "--help documents exit codes"
"$BIN" --version | grep -q "libxml2 .*libxslt .*jansson" && pass "--version names the libraries" || fail "--version names the libraries"
expect_exit 2 "usage:" "no arguments is a usage error (2)" "$BIN"
expect_exit 2 "unknown command" "an unknown command is a usage error (2)" "$BIN" frobnicate
expect_exit 2 "unknown format" "an unknown format is a usage error (2)" "$BIN" convert -f pdf input/
expect_exit 2 "-o DIR is needed" "several formats to stdout is a usage error (2)" "$BIN" convert input/000_104ce62749044fec.txt
expect_exit 2 "give --format" "render without --format is a usage error (2)" "$BIN" render "$T/none.xml"
expect_exit 2 "-o DIR is needed" "render of two formats to stdout is a usage error (2)" "$BIN" render -f json,text input/000_104ce62749044fec.txt

# --- conventions of xmllint, jq, pandoc
expect_exit 2 "validate: option '--title' does not apply to validate" "an option of another command is a usage error (2)" "$BIN" validate --title x input/000_104ce62749044fec.txt
grep -q "^Try 'communique validate --help' for more information.$" "$T/err" && ! grep -q "^usage:" "$T/err" \
    && pass "… followed by Try 'communique validate --help', not the whole usage" || fail "… followed by the Try line ($(cat "$T/err"))"
expect_exit 2 "render: option '--no-link' does not apply to render" "render --no-link is a usage error (2)" "$BIN" render --no-link -f json x.xml
expect_exit 2 "convert: option '--base-url' does not apply to convert" "convert --base-url is a usage error (2)" "$BIN" convert --base-url https://example.org/ input/
expect_exit 2 "convert: unrecognized option '--frobnicate'" "an unknown option names the command, not getopt's" "$BIN" convert --frobnicate input/
expect_exit 2 "convert: unrecognized option '-z'" "an unknown option inside a bundle is named itself (-zq)" "$BIN" convert --jobs=2 -zq input/
expect_exit 2 "convert: option '--quiet' takes no value" "a value given to a flag is named as such (--quiet=1)" "$BIN" convert --quiet=1 input/
expect_exit 2 "convert: option '--f' is ambiguous" "an abbreviation several options begin with is called ambiguous (--f)" "$BIN" convert --f json input/
mkdir -p "$T/legacy"
printf 'communique commit 1\n' > "$T/legacy/.s.xml.4242.7.commit"
"$BIN" convert -q -f json -o "$T/legacy" input/000_104ce62749044fec.txt 2>"$T/err" >/dev/null
grep -q "legacy/.s.xml.4242.7.commit: left by an interrupted run of an earlier version of communique" "$T/err" \
    && [ -f "$T/legacy/.s.xml.4242.7.commit" ] && [ -f "$T/legacy/000_104ce62749044fec.json" ] \
    && pass "an earlier version's journal is reported by name and left alone" \
    || fail "an earlier version's journal is reported by name and left alone ($(head -c 200 "$T/err"))"
expect_exit 2 "feed: --base-url wants an absolute http(s) URL" "--base-url 'not a url' is a usage error (2)" "$BIN" feed --base-url 'not a url' -o "$T/bu" input/
"$BIN" feed --help | grep -q -- "-o -" && fail "feed --help offers no -o -" || pass "feed --help offers no -o -"
mkdir -p "$T/ofile"
check "convert -f json -o FILE.json with one input writes that file" "$BIN" convert -f json -o "$T/ofile/stmt.json" input/000_104ce62749044fec.txt
[ -f "$T/ofile/stmt.json" ] && "$JSONCHECK" "$T/ofile/stmt.json" >/dev/null 2>&1 \
    && pass "… a file holding the JSON, not a directory" || fail "… a file holding the JSON, not a directory"
check "render -f text -o FILE.txt writes that file" "$BIN" render -f text -o "$T/ofile/stmt.txt" tests/golden/000_104ce62749044fec.xml
cmp -s "$T/ofile/stmt.txt" tests/golden/000_104ce62749044fec.txt && pass "… the text rendering" || fail "… the text rendering"
"$BIN" convert -q -o "$T/twice" input/000_104ce62749044fec.txt input/000_104ce62749044fec.txt 2>"$T/err"
[ $? -eq 0 ] && [ ! -s "$T/err" ] && [ "$(ls "$T/twice" | wc -l)" -eq 4 ] \
    && pass "the same file given twice is one input, no clash with itself" || fail "the same file given twice ($(head -c 200 "$T/err"))"
sed 's/<date value="2022-11-24">/<date value="--11-24">/' tests/golden/000_104ce62749044fec.xml > "$T/partial-date.xml"
"$BIN" render -f text "$T/partial-date.xml" 2>/dev/null | grep -q "^Date: 24 November (year not stated)$" \
    && pass "a partial date reads '24 November (year not stated)' in text" || fail "a partial date reads '24 November (year not stated)' in text"

# --- corrections that stick: NAME.meta.json beside the raw input
mkdir -p "$T/meta"
cp input/001_a486be32d46570d4.txt "$T/meta/s.txt"
printf '{\n  "date": "2022-11-21",\n  "source": {"url": "https://example.org/s", "retrieved": "2026-01-05"}\n}\n' > "$T/meta/s.meta.json"
"$BIN" convert -q -o "$T/meta/out" "$T/meta" 2>/dev/null
"$BIN" convert -q -o "$T/meta/out" "$T/meta" 2>/dev/null
[ "$(ls "$T/meta/out" | wc -l)" -eq 4 ] && grep -q '"id": "2022-11-21-kz-news-report-' "$T/meta/out/s.json" \
    && grep -q '"/date": "given"' "$T/meta/out/s.json" && grep -q '"url": "https://example.org/s"' "$T/meta/out/s.json" \
    && pass "a sidecar's date and source survive every convert; the id follows; provenance says given" \
    || fail "a sidecar's corrections survive every convert ($(grep -E '"id"|"/date"' "$T/meta/out/s.json" | tr '\n' ' '))"
check "the corrected document is valid" "$BIN" validate -q "$T/meta/out/s.xml"
"$BIN" feed -o "$T/meta/out" "$T/meta/out" >/dev/null 2>&1
grep -q "urn:communique:statement:2022-11-21-kz-news-report-" "$T/meta/out/atom.xml" \
    && pass "the feeds carry the corrected id" || fail "the feeds carry the corrected id"
printf '{\n  "date": "2022-11-21",\n  "contry": {"iso": "KZ"}\n}\n' > "$T/meta/s.meta.json"
expect_exit 1 "s.meta.json:3: unknown key 'contry'" "a sidecar's unknown key is an error at its line (1)" "$BIN" convert -q -o "$T/meta/out" "$T/meta/s.txt"
printf '{\n  "kind": "osce-pc-statement",\n  "date": "2022-02-30"\n}\n' > "$T/meta/s.meta.json"
expect_exit 1 "s.meta.json:3: the value of 'date' wants a date" "a value the schema refuses is an error at its line (1)" "$BIN" convert -q -o "$T/meta/out" "$T/meta/s.txt"
grep -q '"id": "2022-11-21-kz-news-report-' "$T/meta/out/s.json" \
    && pass "… and the earlier outputs are left as they were" || fail "… and the earlier outputs are left as they were"
printf '{\n  "title": "A title with a bell \\u0007 in it"\n}\n' > "$T/meta/s.meta.json"
expect_exit 1 "s.meta.json:2: the value of 'title' holds a control character" "a sidecar value XML cannot carry is an error at its line (1)" "$BIN" convert -q -o "$T/meta/out" "$T/meta/s.txt"
printf '{\n  "country": {"iso": "UZ"}\n}\n' > "$T/meta/s.meta.json"
"$BIN" convert -q -f json "$T/meta/s.txt" 2>/dev/null > "$T/meta/country.json"
grep -q '"/country": "given"' "$T/meta/country.json" && ! grep -q '"/country/iso"' "$T/meta/country.json" \
    && grep -q '"iso": "UZ"' "$T/meta/country.json" \
    && pass "a corrected country is given as one field, not the extracted lines" \
    || fail "a corrected country is given as one field ($(grep -A3 '"provenance"' "$T/meta/country.json" | tr '\n' ' ' | head -c 200))"
rm "$T/meta/s.meta.json"
# An HTML page's canonical link is where it was published.
printf '<!DOCTYPE html>\n<html><head><title>x</title><link rel="canonical" href="https://example.org/press/123"></head>\n<body><h1>Statement by the Spokesperson on the elections in Kenya</h1>\n<p>The European Union notes the conduct of the presidential elections in Kenya on 9 August 2022.</p></body></html>\n' > "$T/meta/page.html"
"$BIN" convert -f json "$T/meta/page.html" 2>/dev/null | grep -q '"url": "https://example.org/press/123"' \
    && pass "an HTML page's canonical link becomes source/url" || fail "an HTML page's canonical link becomes source/url"

# --- the main job: every seed converts, validates, renders; JSON parses
mkdir -p "$T/out1"
check "convert input/ exits 0" "$BIN" convert -o "$T/out1" input/
count=$(ls "$T/out1" | wc -l)
[ "$count" -eq $(( $(ls input | wc -l) * 4 )) ] && pass "four outputs per input ($count files)" || fail "four outputs per input ($count files)"
check "every XML output validates" "$BIN" validate "$T"/out1/*.xml
check "every JSON output parses and has the contract keys" "$JSONCHECK" "$T"/out1/*.json
grep -L '<!DOCTYPE html>' "$T"/out1/*.html | grep -q . && fail "every HTML output is an HTML5 page" || pass "every HTML output is an HTML5 page"
over=0
for f in "$T"/out1/*.txt; do
    # wc -L measures characters (display columns) in a UTF-8 locale
    w=$(LC_ALL=C.UTF-8 wc -L < "$f")
    [ "$w" -gt 72 ] && over=$((over + 1))
done
[ "$over" -eq 0 ] && pass "text output is wrapped at 72 columns" || fail "text output is wrapped at 72 columns ($over files too wide)"

# --- schema version: another major is refused by name, a newer minor of 1 is read
sed '2s/version="1\.[0-9]*"/version="2.0"/' "$T/out1/000_104ce62749044fec.xml" > "$T/v2.xml"
expect_exit 1 "v2.xml:2: statement schema version 2.0 is not supported; this communique reads version 1.x" \
    "a document of schema version 2.0 is refused by name (1)" "$BIN" validate "$T/v2.xml"
expect_exit 1 "v2.xml:2: statement schema version 2.0 is not supported" \
    "render refuses a version 2.0 document too (1)" "$BIN" render -f json "$T/v2.xml"
# A schema 1.0 document (no author) is still valid, and renders with a null author.
sed '2s/version="1\.[0-9]*"/version="1.0"/; /<author>/,/<\/author>/d; /field="\/author\//d' \
    "$T/out1/002_a1da3c99ecfce160.xml" > "$T/v10.xml"
check "a schema 1.0 document without author is valid" "$BIN" validate -q "$T/v10.xml"
"$BIN" render -f json "$T/v10.xml" 2>/dev/null | grep -q '"author": {$' \
    && "$BIN" render -f json "$T/v10.xml" 2>/dev/null | tr -d ' \n' | grep -q '"author":{"name":null,"role":null}' \
    && pass "a schema 1.0 document renders an author of nulls" \
    || fail "a schema 1.0 document renders an author of nulls"
sed '2s/statement:1"/statement:2"/' "$T/out1/000_104ce62749044fec.xml" > "$T/ns2.xml"
expect_exit 1 "ns2.xml:2: statement schema major version 2 (namespace urn:communique:statement:2) is not supported" \
    "a document in the major-2 namespace is refused by name (1)" "$BIN" validate "$T/ns2.xml"
sed '2s/version="1\.0"/version="1.7"/' "$T/out1/000_104ce62749044fec.xml" > "$T/v17.xml"
check "a document of version 1.7 (same major) validates" "$BIN" validate "$T/v17.xml"

# --- determinism
mkdir -p "$T/out2"
"$BIN" convert -o "$T/out2" input/ >/dev/null 2>&1
check "the same input gives byte-identical outputs" diff -r "$T/out1" "$T/out2"

# --- render gives what convert gave
for fmt in json html text; do
    ext=$fmt; [ "$fmt" = text ] && ext=txt
    "$BIN" render --format "$fmt" "$T/out1/000_104ce62749044fec.xml" > "$T/r.$ext" 2>/dev/null
    check "render --format $fmt of the XML equals convert's $fmt" cmp "$T/r.$ext" "$T/out1/000_104ce62749044fec.$ext"
done
check "render -f json,html,text -o DIR of every XML exits 0" "$BIN" render -f json,html,text -o "$T/rall" "$T"/out1/*.xml
same=1
for f in "$T"/out1/*.json "$T"/out1/*.html "$T"/out1/*.txt; do cmp -s "$f" "$T/rall/$(basename "$f")" || same=0; done
[ "$same" -eq 1 ] && [ "$(ls "$T/rall" | wc -l)" -eq $(( $(ls input | wc -l) * 3 )) ] \
    && pass "render of three formats at once writes convert's three files" || fail "render of three formats at once writes convert's three files"

# Values the schema accepts with white space around them render the same.
sed 's/derived="false"/derived=" true "/; s/<p n="1"/<p n=" 1 "/' "$T/out1/000_104ce62749044fec.xml" > "$T/spaced.xml"
"$BIN" render --format json "$T/spaced.xml" > "$T/spaced.json" 2>/dev/null
grep -q '"title_derived": true' "$T/spaced.json" && grep -q '"n": 1,' "$T/spaced.json" \
    && pass "a boolean or paragraph number with white space renders as its value" \
    || fail "a boolean or paragraph number with white space renders as its value"

# --- standard input
"$BIN" convert -f json - < input/002_a1da3c99ecfce160.txt > "$T/stdin.json" 2>/dev/null
check "convert - reads standard input and writes one format to stdout" "$JSONCHECK" "$T/stdin.json"
grep -q '"file": "-"' "$T/stdin.json" && pass "standard input is recorded as file -" || fail "standard input is recorded as file -"
# "-" wherever a file is read, "-o -" wherever one output can go to stdout
"$BIN" validate - < "$T/out1/000_104ce62749044fec.xml" >/dev/null 2>&1 \
    && pass "validate - reads standard input" || fail "validate - reads standard input"
"$BIN" render -f text - < "$T/out1/000_104ce62749044fec.xml" > "$T/stdin.txt" 2>/dev/null
check "render - reads standard input" cmp "$T/stdin.txt" "$T/out1/000_104ce62749044fec.txt"
"$BIN" convert -f json input/000_104ce62749044fec.txt > "$T/one.json" 2>/dev/null
ABS_BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
mkdir -p "$T/dash" && (cd "$T/dash" && "$ABS_BIN" convert -f json -o - "$OLDPWD/input/000_104ce62749044fec.txt" > out.json 2>/dev/null)
cmp -s "$T/dash/out.json" "$T/one.json" && [ ! -e "$T/dash/-" ] \
    && pass "convert -o - writes to standard output (no directory named -)" \
    || fail "convert -o - writes to standard output (no directory named -)"
"$BIN" render -f json -o - "$T/out1/000_104ce62749044fec.xml" > "$T/dash.json" 2>/dev/null
check "render -o - writes to standard output" cmp "$T/dash.json" "$T/out1/000_104ce62749044fec.json"
# render beside the XML is fine, but not over a raw text of the same name
mkdir -p "$T/beside"
cp input/001_a486be32d46570d4.txt "$T/beside/s.txt"
cp tests/golden/001_a486be32d46570d4.xml "$T/beside/s.xml"
expect_exit 1 "s.txt: exists and was not written by communique" "render -o DIR refuses to overwrite a raw text it did not write (1)" "$BIN" render -f json,text -o "$T/beside" "$T/beside/s.xml"
cmp -s "$T/beside/s.txt" input/001_a486be32d46570d4.txt && [ ! -e "$T/beside/s.json" ] \
    && pass "… and writes nothing" || fail "… and writes nothing"
check "render -o DIR beside the XML writes its renderings there" "$BIN" render -q -f json,html -o "$T/beside" "$T/beside/s.xml"
expect_exit 2 "feed: -o - is not possible" "feed -o - is a usage error (2)" "$BIN" feed -o - "$T/out1"
"$BIN" feed -q -o "$T/stdin-feed" - < "$T/out1/000_104ce62749044fec.xml" >/dev/null 2>&1
grep -q '"url": "./000_104ce62749044fec.html"' "$T/stdin-feed/feed.json" \
    && pass "feed - reads standard input; the item links to the page convert named after the raw file" \
    || fail "feed - reads standard input; the item links to the page convert named after the raw file"

# --- bad raw input: one-line error naming the file, exit 1, no output
: > "$T/empty.txt"
printf ' \n\t\n' > "$T/blank.txt"
printf 'abc\000def' > "$T/binary.txt"
printf 'caf\351 au lait\n' > "$T/latin1.txt"
mkdir -p "$T/bad"
expect_exit 1 "empty.txt: empty file" "an empty file is refused (1)" "$BIN" convert -o "$T/bad" "$T/empty.txt"
expect_exit 1 "blank.txt: no text" "a white-space-only file is refused (1)" "$BIN" convert -o "$T/bad" "$T/blank.txt"
expect_exit 1 "binary.txt: binary data" "a binary file is refused (1)" "$BIN" convert -o "$T/bad" "$T/binary.txt"
expect_exit 1 "latin1.txt: invalid UTF-8 at byte offset 3" "invalid UTF-8 is refused with its offset (1)" "$BIN" convert -o "$T/bad" "$T/latin1.txt"
expect_exit 1 "missing.txt: No such file" "a missing file is reported (1)" "$BIN" convert -o "$T/bad" "$T/missing.txt"
[ "$(wc -l < "$T/err")" -eq 1 ] && pass "an error is one line" || fail "an error is one line"
[ -z "$(ls -A "$T/bad")" ] && pass "refused inputs leave no output files" || fail "refused inputs leave no output files"

# --- a batch goes on past a bad input, then fails
mkdir -p "$T/batch" "$T/batch-out"
cp input/000_104ce62749044fec.txt "$T/batch/a.txt"
cp "$T/binary.txt" "$T/batch/b.txt"
cp input/002_a1da3c99ecfce160.txt "$T/batch/c.txt"
expect_exit 1 "b.txt: binary" "a batch reports the bad input and exits 1" "$BIN" convert -o "$T/batch-out" "$T/batch"
[ -f "$T/batch-out/a.json" ] && [ -f "$T/batch-out/c.json" ] && [ ! -e "$T/batch-out/b.json" ] \
    && pass "the good inputs of the batch are converted" || fail "the good inputs of the batch are converted"
ls -a "$T/batch-out" | grep -q '^\.' && [ -z "$(ls -a "$T/batch-out" | grep '^\.[^.]')" ] \
    && pass "no temporary files are left behind" || fail "no temporary files are left behind"
cp "$T/batch-out/a.json" "$T/a.before"
cp "$T/binary.txt" "$T/batch/a.txt"
"$BIN" convert -o "$T/batch-out" "$T/batch/a.txt" >/dev/null 2>&1
check "a failed re-conversion keeps the earlier output" cmp "$T/a.before" "$T/batch-out/a.json"

# --- validate: precise errors
printf '<statement xmlns="urn:communique:statement:1">\n<title>unclosed\n</statement>\n' > "$T/malformed.xml"
expect_exit 1 "malformed.xml:[0-9]*:" "malformed XML is reported as FILE:LINE (1)" "$BIN" validate "$T/malformed.xml"
sed 's/<kind>osce-pc-statement</<kind>speech</' "$T/out1/000_104ce62749044fec.xml" > "$T/badkind.xml"
expect_exit 1 "badkind.xml:5:" "a schema violation is reported at its line (1)" "$BIN" validate "$T/badkind.xml"
sed 's/ iso="KZ"/ iso="kz"/' "$T/out1/000_104ce62749044fec.xml" > "$T/badiso.xml"
expect_exit 1 "badiso.xml:[0-9]*:.*iso" "a lower-case ISO code is invalid (1)" "$BIN" validate "$T/badiso.xml"
expect_exit 1 "empty.txt: empty file" "an empty file given to validate is refused (1)" "$BIN" validate "$T/empty.txt"
expect_exit 1 "binary.txt" "a binary file given to validate is refused (1)" "$BIN" validate "$T/binary.txt"
mkdir -p "$T/no-xml"
expect_exit 1 "validate: no statement XML (\*.xml) found" "a directory without statement XML given to validate is an error (1)" "$BIN" validate "$T/no-xml"
check "a directory given to validate means its *.xml (convert's outputs: valid)" "$BIN" validate -q "$T/out1"
check "valid and invalid together: exit 1" sh -c "! '$BIN' validate '$T/out1/000_104ce62749044fec.xml' '$T/badkind.xml'"
echo "secret-marker" > "$T/secret.txt"
cat > "$T/xxe.xml" <<XXE
<?xml version="1.0"?>
<!DOCTYPE statement [ <!ENTITY x SYSTEM "file://$T/secret.txt"> ]>
<statement xmlns="urn:communique:statement:1">&x;</statement>
XXE
expect_exit 1 "DOCTYPE declarations are not allowed" "an external entity is refused, not loaded (1)" "$BIN" validate "$T/xxe.xml"
grep -q secret-marker "$T/out" "$T/err" && fail "the external file was not read" || pass "the external file was not read"
expect_exit 1 "not valid\|xml:" "render refuses an invalid document (1)" "$BIN" render --format json "$T/badkind.xml"

# --- golden files: reviewed expected outputs for every seed
for f in tests/golden/*.xml tests/golden/*.json tests/golden/*.txt; do
    b=$(basename "$f")
    if cmp -s "$f" "$T/out1/$b"; then pass "golden $b"; else fail "golden $b"; diff "$f" "$T/out1/$b" | head -20 | sed 's/^/# /'; fi
done

# --- the stylesheets under a bare xsltproc (the stand-ins for the extension functions)
if command -v xsltproc >/dev/null; then
    ok_all=1
    for g in tests/golden/*.xml; do
        for x in json html text; do
            xsltproc --nonet "schema/statement-$x.xsl" "$g" > "$T/xp.$x" 2>/dev/null || ok_all=0
        done
        "$JSONCHECK" "$T/xp.json" >/dev/null || ok_all=0
    done
    [ "$ok_all" -eq 1 ] && pass "xsltproc runs the three stylesheets on every golden document; its JSON keeps the contract" \
        || fail "xsltproc runs the three stylesheets on every golden document"
else
    skip "xsltproc runs the stylesheets" "xsltproc is not installed"
fi

# --- a broken stylesheet is reported once, GNU style, at its line
mkdir -p "$T/broken-sheets"
cp schema/*.xsd schema/*.xsl "$T/broken-sheets/"
printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n<xsl:template match="/">\n<xsl:value-of select="concat(("/>\n</xsl:template>\n</xsl:stylesheet>\n' \
    > "$T/broken-sheets/statement-text.xsl"
expect_exit 1 "^communique: .*broken-sheets/statement-text.xsl:3: not a usable XSLT stylesheet: .*could not compile" \
    "a stylesheet that does not compile is reported at FILE:LINE (1)" \
    "$BIN" render --schema-dir "$T/broken-sheets" -f text "$T/out1/000_104ce62749044fec.xml"
[ "$(wc -l < "$T/err")" -eq 1 ] && pass "in one line (libxslt's own lines are not printed)" \
    || fail "in one line ($(wc -l < "$T/err") lines)"

# --- the stylesheets' portable fn: definitions give way to the C ones
# A copy of the assets whose portable fn:json and fn:wrap say so: under
# communique the C functions must serve (and the output stay the same);
# xsltproc shows the marked copies really are the ones in the files.
mkdir -p "$T/marked"
cp schema/*.xsd schema/*.xsl "$T/marked/"
sed -i 's|<func:result select="string($quoted)"/>|<func:result select="concat(string($quoted), \x27 PORTABLE\x27)"/>|' "$T/marked/statement-json.xsl"
sed -i 's|<func:result select="concat($first, normalize-space($text), $nl)"/>|<func:result select="concat($first, \x27PORTABLE \x27, normalize-space($text), $nl)"/>|' "$T/marked/statement-text.xsl"
G=tests/golden/000_104ce62749044fec
if command -v xsltproc >/dev/null; then
    xsltproc --nonet "$T/marked/statement-json.xsl" "$G.xml" 2>/dev/null | grep -q PORTABLE \
        && xsltproc --nonet "$T/marked/statement-text.xsl" "$G.xml" 2>/dev/null | grep -q PORTABLE \
        && pass "the marked portable definitions are what xsltproc runs" \
        || fail "the marked portable definitions are what xsltproc runs"
fi
"$BIN" render --schema-dir "$T/marked" -f json "$G.xml" > "$T/marked.json" 2>/dev/null
"$BIN" render --schema-dir "$T/marked" -f text "$G.xml" > "$T/marked.txt" 2>/dev/null
cmp -s "$T/marked.json" "$G.json" && cmp -s "$T/marked.txt" "$G.txt" \
    && pass "communique drops the portable fn:json and fn:wrap and uses its C functions" \
    || fail "communique drops the portable fn:json and fn:wrap and uses its C functions"

# --- fn:json escapes as JSON wants: the strings come back as they were
ODD='a "quoted" back\\slash, tab&#9;and CR&#13;LF&#10;x, U+2028 &#x2028;, emoji &#x1F1F0; &lt;&amp;&gt; on Sunday'
awk -v odd="$ODD" '{ i = index($0, "which took place on Sunday"); if (i) $0 = substr($0, 1, i - 1) odd substr($0, i + 26); print }' "$G.xml" > "$T/escapes.xml"
"$BIN" render -f json "$T/escapes.xml" > "$T/escapes.json" 2>"$T/err"
python3 - "$T/escapes.json" <<'PY' && pass "strings with quotes, backslashes, control characters and non-ASCII survive JSON" || fail "strings with quotes, backslashes, control characters and non-ASCII survive JSON"
import json, sys
text = json.load(open(sys.argv[1], encoding="utf-8"))["paragraphs"][0]["text"]
want = 'a "quoted" back\\slash, tab\tand CR\rLF\nx, U+2028 \u2028, emoji \U0001f1f0 <&> on Sunday'
sys.exit(0 if want in text else 1)
PY

# --- threads: -j N changes nothing but the time taken
mkdir -p "$T/jin" && cp input/* tests/fuzz/corpus/raw/* "$T/jin/"
for j in 1 2 4; do
    "$BIN" convert -j $j -o "$T/j$j" "$T/jin" 2>"$T/j$j.err"
    echo $? > "$T/j$j.rc"
done
same=1
for j in 2 4; do
    diff -r "$T/j1" "$T/j$j" >/dev/null && cmp -s "$T/j1.err" "$T/j$j.err" && cmp -s "$T/j1.rc" "$T/j$j.rc" || same=0
done
[ "$same" -eq 1 ] && [ -s "$T/j1.err" ] \
    && pass "-j 1, 2 and 4 write the same files and the same messages in the same order" \
    || fail "-j 1, 2 and 4 write the same files and the same messages in the same order"
for cmd in validate "render -f json -o $T/jr"; do
    "$BIN" $cmd -j 1 "$T"/j1/*.xml tests/fuzz/corpus/xml/* 2>"$T/v1.err" >/dev/null
    "$BIN" $cmd -j 2 "$T"/j1/*.xml tests/fuzz/corpus/xml/* 2>"$T/v2.err" >/dev/null
    cmp -s "$T/v1.err" "$T/v2.err" && [ -s "$T/v1.err" ] \
        && pass "${cmd%% *} -j 2 reports in input order" || fail "${cmd%% *} -j 2 reports in input order"
done
"$BIN" convert --fail-fast -j 4 -o "$T/jff" "$T/jin" 2>"$T/jff.err"
[ "$(grep -v ': warning: ' "$T/jff.err" | grep -c '^communique: ')" -eq 1 ] && pass "--fail-fast stops at the first failure whatever -j says" \
    || fail "--fail-fast stops at the first failure whatever -j says ($(wc -l < "$T/jff.err") lines)"
expect_exit 2 "from 1 to 256" "-j 0 is a usage error (2)" "$BIN" convert -j 0 -o "$T/jx" input/
expect_exit 2 "from 1 to 256" "-j x is a usage error (2)" "$BIN" validate -j x "$T"/j1/*.xml
# The progress line is drawn only on a terminal, and not with --quiet.
if command -v script >/dev/null; then
    script -qec "$BIN convert -o $T/p1 input/" /dev/null > "$T/tty.out" 2>&1
    grep -q "convert: $(ls input | wc -l)/$(ls input | wc -l)," "$T/tty.out" \
        && pass "on a terminal, a batch draws a progress line" || fail "on a terminal, a batch draws a progress line"
    script -qec "$BIN convert --quiet -o $T/p2 input/" /dev/null > "$T/tty.out" 2>&1
    grep -q "convert: [0-9]*/" "$T/tty.out" && fail "--quiet: no progress line" || pass "--quiet: no progress line"
    "$BIN" convert -o "$T/p3" input/ 2>"$T/p3.err"
    [ ! -s "$T/p3.err" ] && pass "not on a terminal: no progress line" || fail "not on a terminal: no progress line"
else
    skip "progress line on a terminal" "script(1) is not installed"
fi

finish
