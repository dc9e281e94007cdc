#!/bin/sh
# The feed command and the link stage, end to end, as TAP.
# usage: tests/feed.sh BIN JSONCHECK HTMLCHECK
#   JSON Feed is checked against tests/schemas/jsonfeed-1.1.schema.json with
#   Debian's python3-jsonschema (Draft 2020-12), Atom against
#   tests/schemas/atom.rng with libxml2 (xmllint), index.html with libxml2's
#   HTML parser (tests/htmlcheck.c).
set -u
BIN=$1
JSONCHECK=$2
HTMLCHECK=$3
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. tests/tap.sh

SEED_QUOTED=input/000_104ce62749044fec.txt   # EU statement at the OSCE PC
SEED_QUOTING=input/001_a486be32d46570d4.txt  # news report quoting it
NEW_RAW=tests/eval/input/eeas-spox-armenia-2021.txt

# JSON Schema validation with Debian's validator (not a pip one on PATH).
PY=/usr/bin/python3
have_jsonschema() { "$PY" -c 'import jsonschema.validators' 2>/dev/null; }
json_schema_valid() { "$PY" tests/jsonschema_valid.py "$@"; }  # SCHEMA FILE...
# ids of statements.jsonl, in order
jsonl_ids() { sed -n 's/^{"id":"\([^"]*\)".*/\1/p' "$1"; }
xpath_count() { xmllint --xpath "count($1)" "$2" 2>/dev/null; }

# --- make run's two steps on the seeds
mkdir -p "$T/site"
check "convert input/ exits 0" "$BIN" convert -o "$T/site" input/
check "feed DIR -o DIR exits 0 (its earlier atom.xml is passed over)" \
    "$BIN" feed -o "$T/site" "$T/site"
for f in feed.json atom.xml statements.jsonl index.html statements.csv search.js; do
    [ -s "$T/site/$f" ] && pass "feed writes $f" || fail "feed writes $f"
done
nseeds=$(ls input | wc -l)

# --- JSON Feed 1.1
if have_jsonschema; then
    json_schema_valid tests/schemas/jsonfeed-1.1.schema.json "$T/site/feed.json" \
        && pass "feed.json is valid JSON Feed 1.1 (JSON Schema, Draft 2020-12)" \
        || fail "feed.json is valid JSON Feed 1.1 (JSON Schema, Draft 2020-12)"
    sed 's/"date_published": "\([0-9-]*\)T00:00:00Z"/"date_published": "\1"/' "$T/site/feed.json" > "$T/bad-feed.json"
    json_schema_valid tests/schemas/jsonfeed-1.1.schema.json "$T/bad-feed.json" >/dev/null \
        && fail "the JSON Feed schema rejects a date that is not RFC 3339" \
        || pass "the JSON Feed schema rejects a date that is not RFC 3339"
else
    skip "feed.json is valid JSON Feed 1.1" "python3-jsonschema is not installed"
    skip "the JSON Feed schema rejects a bad date" "python3-jsonschema is not installed"
fi
items=$(grep -c '"id": "urn:communique:statement:' "$T/site/feed.json")
[ "$items" -eq "$nseeds" ] && pass "one feed item per statement ($items)" || fail "one feed item per statement ($items)"
n_ext=$(grep -c '"_communique": {' "$T/site/feed.json")
[ "$n_ext" -eq "$nseeds" ] && pass "every item carries the statement JSON in _communique" || fail "every item carries _communique ($n_ext)"
grep -q '"tags": \[' "$T/site/feed.json" && grep -q '"KZ"' "$T/site/feed.json" \
    && pass "items are tagged (country ISO code among the tags)" || fail "items are tagged"

# --- statements.jsonl
lines=$(wc -l < "$T/site/statements.jsonl")
[ "$lines" -eq "$nseeds" ] && pass "statements.jsonl has one line per statement" || fail "statements.jsonl: $lines lines"
mkdir -p "$T/jsonl" && (cd "$T/jsonl" && split -l 1 ../site/statements.jsonl line.)
check "every JSON line parses (jansson) and holds the statement contract" "$JSONCHECK" "$T"/jsonl/line.*
# Newest first, undated last: the ids start with the date or "undated".
jsonl_ids "$T/site/statements.jsonl" > "$T/ids"
grep -v '^undated' "$T/ids" > "$T/dated"
sort -r "$T/dated" | cmp -s - "$T/dated" && pass "dated statements come newest first" || fail "dated statements come newest first"
awk '/^undated/ {u=1; next} u {bad=1} END {exit bad}' "$T/ids" \
    && pass "undated statements come last" || fail "undated statements come last"
sed -n 's/.*"id": "urn:communique:statement:\([^"]*\)".*/\1/p' "$T/site/feed.json" | cmp -s - "$T/ids" \
    && pass "feed.json items are in the same order" || fail "feed.json items are in the same order"

# --- Atom 1.0
if ! command -v xmllint >/dev/null; then
    skip "atom.xml is valid Atom" "xmllint (libxml2-utils) is not installed"
    echo "1..$n"; exit 0
fi
check "atom.xml is valid Atom (RFC 4287 RELAX NG, libxml2)" xmllint --noout --relaxng tests/schemas/atom.rng "$T/site/atom.xml"
sed '0,/<id>/s#<id>[^<]*</id>##' "$T/site/atom.xml" > "$T/bad-atom.xml"
xmllint --noout --relaxng tests/schemas/atom.rng "$T/bad-atom.xml" >/dev/null 2>&1 \
    && fail "the Atom schema rejects a feed without an id" || pass "the Atom schema rejects a feed without an id"
A="*[local-name()='entry']"
[ "$(xpath_count "//$A" "$T/site/atom.xml")" = "$nseeds" ] && pass "one Atom entry per statement" || fail "one Atom entry per statement"
[ "$(xpath_count "//$A[not(*[local-name()='author']/*[local-name()='name'])]" "$T/site/atom.xml")" = 0 ] \
    && pass "every entry has an author (the issuer), as RFC 4287 requires without a feed author" \
    || fail "every entry has an author"
[ "$(xpath_count "//$A[starts-with(*[local-name()='id'], 'urn:communique:statement:')]" "$T/site/atom.xml")" = "$nseeds" ] \
    && pass "entry ids are stable URNs made from statement ids" || fail "entry ids are stable URNs"

# --- index.html
check "index.html parses as HTML (libxml2)" "$HTMLCHECK" "$T/site/index.html"
rows=$("$HTMLCHECK" -r "$T/site/index.html")
[ "$rows" = "$nseeds" ] && pass "index.html lists every statement ($rows rows)" || fail "index.html lists every statement ($rows rows)"
missing=0
for href in $("$HTMLCHECK" -l "$T/site/index.html" | sort -u); do
    case $href in
    "#") ;;
    "#"*) grep -q "id=\"${href#\#}\"" "$T/site/index.html" || { echo "# no target $href"; missing=1; } ;;
    *) [ -f "$T/site/$href" ] || { echo "# missing $href"; missing=1; } ;;
    esac
done
[ "$missing" -eq 0 ] && pass "every link and filter in index.html resolves" || fail "every link and filter in index.html resolves"
for facet in country year kind election; do
    grep -q "<a href=\"#f-$facet-[^\"]*\" data-facet=\"$facet\"" "$T/site/index.html" \
        && grep -q "html:not(.js) #f-$facet-[^:]*:target ~ table tbody tr:not(.$facet-" "$T/site/index.html" \
        && grep -q "class=\"only only-$facet-" "$T/site/index.html" \
        && pass "index.html filters by $facet: one set of links, a CSS rule and its own count without script" \
        || fail "index.html filters by $facet"
done
! grep -q "<select" "$T/site/index.html" && pass "index.html has one filter interface (no drop-downs beside the links)" \
    || fail "index.html has one filter interface (no drop-downs beside the links)"
grep -q 'data-value="osce-pc-statement">OSCE Permanent Council statement <span class="n">' "$T/site/index.html" \
    && grep -q '<td data-label="Kind" data-key="OSCE Permanent Council statement">' "$T/site/index.html" \
    && pass "index.html shows kinds by name, in the filter and the table" || fail "index.html shows kinds by name"
grep -q '<th scope="col" data-key="election-date">Election date</th>' "$T/site/index.html" \
    && grep -q '<td class="date" data-label="Election date" data-key="2022-11-20">2022-11-20</td>' "$T/site/index.html" \
    && pass "index.html has an election-date column" || fail "index.html has an election-date column"
# search.js: every row's page has its words, folded (no capitals), once each.
missing=0
for href in $(grep -o '<tr data-href="[^"]*"' "$T/site/index.html" | sed 's/.*="//; s/"$//'); do
    grep -q "^\"$href\": \"" "$T/site/search.js" || missing=$((missing + 1))
done
words=$(grep '000_104ce62749044fec' "$T/site/search.js" | sed 's/^[^:]*: "//; s/",\{0,1\}$//')
[ "$missing" -eq 0 ] && [ -n "$words" ] && ! echo "$words" | grep -q '[A-Z]' \
    && [ "$(echo "$words" | tr ' ' '\n' | sort | uniq -d | wc -l)" -eq 0 ] && echo "$words" | grep -q ' kazakhstan ' \
    && pass "search.js holds each statement's words, folded and once each" \
    || fail "search.js holds each statement's words, folded and once each ($missing missing)"
# The page's script folds a query as search.js was folded (utf8proc:
# case folding, marks stripped), in every script: checked in Node.js.
if command -v node >/dev/null; then
    mkdir -p "$T/fold-in" "$T/fold"
    printf 'Statement by the Außenministerin on the ÉLECTIONS\n\nThe European Union notes the εκλογές and the चुनाव held in Moldova on 3 March 2024.\n' > "$T/fold-in/fold.txt"
    "$BIN" convert -q -o "$T/fold" "$T/fold-in" && "$BIN" feed -q -o "$T/fold" "$T/fold" 2>/dev/null
    node -e '
      const fs = require("fs");
      const page = fs.readFileSync(process.argv[1], "utf8");
      const src = /function fold\(s\) \{[\s\S]*?\n\s*\}/.exec(page)[0];
      const fold = new Function(src + "; return fold;")();
      global.window = {};
      eval(fs.readFileSync(process.argv[2], "utf8"));
      const words = " " + Object.values(window.communiqueSearch)[0] + " ";
      const bad = ["Außenministerin", "ÉLECTIONS", "εκλογές", "चुनाव"].filter(q =>
        !fold(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean).every(t => words.includes(" " + t)));
      if (bad.length) { console.log(bad.join(" ")); process.exit(1); }' "$T/fold/index.html" "$T/fold/search.js" > "$T/fold.out" 2>&1 \
        && pass "the index's script folds a query as search.js was folded (ß, accents, Greek, Devanagari)" \
        || fail "the index's script folds a query as search.js was folded ($(head -c 200 "$T/fold.out"))"
else
    skip "the index's script folds a query as search.js was folded" "node is not installed"
fi
grep -q '<a href="./index.html">All statements</a>' "$T/site/000_104ce62749044fec.html" \
    && grep -q '>OSCE Permanent Council statement</dd>' "$T/site/000_104ce62749044fec.html" \
    && grep -q '<td>EFTA country, member of the EEA</td>' "$T/site/000_104ce62749044fec.html" \
    && pass "a statement page links back to the index and shows names for codes" \
    || fail "a statement page links back to the index and shows names for codes"

# --- linking: the news report 001 quotes the OSCE PC statement 000
id0=$(sed -n 's/.*<statement [^>]* id="\([^"]*\)".*/\1/p' "$T/site/000_104ce62749044fec.xml" | head -1)
id1=$(sed -n 's/.*<statement [^>]* id="\([^"]*\)".*/\1/p' "$T/site/001_a486be32d46570d4.xml" | head -1)
grep -q "<statement id=\"$id1\" relation=\"quoted-by\"" "$T/site/000_104ce62749044fec.xml" \
    && pass "000.xml records that 001 quotes it" || fail "000.xml records that 001 quotes it"
grep -q "<statement id=\"$id0\" relation=\"quotes\"" "$T/site/001_a486be32d46570d4.xml" \
    && pass "001.xml records that it quotes 000" || fail "001.xml records that it quotes 000"
rel_others=$(grep -l '<related>' "$T"/site/00[234]_*.xml | wc -l)
[ "$rel_others" -eq 0 ] && pass "the other seeds are not linked" || fail "the other seeds are not linked ($rel_others)"
grep -q "\"relation\":\"quotes\"" "$T/jsonl/"line.* \
    && grep -q "\"relation\":\"quoted-by\"" "$T/jsonl/"line.* \
    && pass "the relation is in the feeds' statement JSON, both ways" || fail "the relation is in the feeds' statement JSON"
[ "$(xpath_count "//$A/*[local-name()='link'][@rel='related']" "$T/site/atom.xml")" = 2 ] \
    && pass "both Atom entries link to each other (rel=related)" || fail "both Atom entries link to each other"
grep -q "href=\"./001_a486be32d46570d4.html\"" "$T/site/000_104ce62749044fec.html" \
    && pass "000's HTML page links to 001's" || fail "000's HTML page links to 001's"
# The feed relinks over the collection it is given: alone, 000 has no relation.
mkdir -p "$T/alone"
check "feed of one document exits 0" "$BIN" feed -o "$T/alone" "$T/site/000_104ce62749044fec.xml"
grep -q '"relation"' "$T/alone/statements.jsonl" \
    && fail "a feed never points at a statement it does not carry" \
    || pass "a feed never points at a statement it does not carry"
mkdir -p "$T/nolink"
"$BIN" convert --no-link -f xml -o "$T/nolink" "$SEED_QUOTED" "$SEED_QUOTING" 2>/dev/null
grep -q '<related>' "$T"/nolink/*.xml && fail "--no-link records no relation" || pass "--no-link records no relation"

# The link pass spools the documents it builds for the conversion pass; what
# comes back must be exactly what extraction gives, plus the relations.
mkdir -p "$T/linked" "$T/unlinked"
"$BIN" convert -q -f xml -o "$T/linked" input/ 2>/dev/null
"$BIN" convert -q --no-link -f xml -o "$T/unlinked" input/ 2>/dev/null
for f in "$T"/linked/*.xml; do
    sed '/^  <related>$/,/^  <\/related>$/d' "$f" > "$T/unlinked/$(basename "$f").stripped"
    cmp -s "$T/unlinked/$(basename "$f").stripped" "$T/unlinked/$(basename "$f")" || echo "$f"
done > "$T/spool.diff"
[ -s "$T/spool.diff" ] || [ ! -s "$T/linked/000_104ce62749044fec.xml" ] \
    && fail "a linked conversion gives the unlinked documents plus their relations ($(wc -l < "$T/spool.diff"))" \
    || pass "a linked conversion gives the unlinked documents plus their relations"
ls -A "$T/linked" | grep -q '^\.' && fail "the link pass's spool leaves no file behind" \
    || pass "the link pass's spool leaves no file behind"
# A spool that cannot grow (here a file-size limit far under the spool's
# size, though above any one output) only means extracting again.
mkdir -p "$T/many" "$T/limited" "$T/unlimited"
for k in 1 2 3 4 5 6; do for f in input/*.txt; do cp "$f" "$T/many/$k-$(basename "$f")"; done; done
"$BIN" convert -q -j 2 -f xml -o "$T/unlimited" "$T/many" 2>/dev/null
( ulimit -f 100; "$BIN" convert -q -j 2 -f xml -o "$T/limited" "$T/many" 2>/dev/null ) \
    && diff -r "$T/limited" "$T/unlimited" >/dev/null \
    && [ "$(ls "$T/limited" | wc -l)" -eq 30 ] \
    && pass "a spool that hits a file-size limit falls back to extracting again, same outputs" \
    || fail "a spool that hits a file-size limit falls back to extracting again, same outputs"

# A raw file renamed and converted again: the old name's outputs stay
# beside the new ones with the same id; the feed keeps the first by name,
# names the other, and its ids stay unique.
mkdir -p "$T/renamed"
cp "$SEED_QUOTED" "$T/renamed/old-name.md"
"$BIN" convert -q -f xml -o "$T/renamed" "$T/renamed/old-name.md" 2>/dev/null
mv "$T/renamed/old-name.md" "$T/renamed/new-name.md"
"$BIN" convert -q -f xml -o "$T/renamed" "$T/renamed/new-name.md" 2>/dev/null
"$BIN" feed -o "$T/renamed" "$T/renamed" >/dev/null 2>"$T/err"
rc=$?
ids=$(grep -c '"id":' "$T/renamed/statements.jsonl")
[ "$rc" -eq 0 ] && [ "$ids" -eq 1 ] && grep -q "old-name.xml: has the id of .*new-name.xml" "$T/err" \
    && grep -q 'new-name.html' "$T/renamed/feed.json" \
    && pass "two documents of one id: the feed keeps one, names the other, ids stay unique" \
    || fail "two documents of one id (exit $rc, $ids items, $(head -c 200 "$T/err"))"

# statements.csv: RFC 4180, a header and one row per statement; the same
# row as render -f csv; a formula-like field made harmless.
head -1 "$T/site/statements.csv" | grep -q "^id,date,title,issuer,kind,country,country_name,elections,aligned_countries,source_url,source_file.$" \
    && [ "$(grep -c . "$T/site/statements.csv")" -eq $(( $(wc -l < "$T/site/statements.jsonl") + 1 )) ] \
    && [ "$(tr -cd '\r' < "$T/site/statements.csv" | wc -c)" -eq "$(wc -l < "$T/site/statements.csv")" ] \
    && pass "statements.csv: a header and a row per statement, CRLF line ends" || fail "statements.csv: a header and a row per statement, CRLF line ends"
"$BIN" render -f csv "$T/site/000_104ce62749044fec.xml" 2>/dev/null | tail -1 > "$T/row1"
grep -F -x -f "$T/row1" "$T/site/statements.csv" >/dev/null \
    && pass "render -f csv gives the statement's row as statements.csv has it" || fail "render -f csv gives the statement's row as statements.csv has it"
if command -v python3 >/dev/null; then
    sed 's|<title derived="false">[^<]*</title>|<title derived="false">=HYPERLINK("x"), "quoted", and more</title>|' "$T/site/000_104ce62749044fec.xml" > "$T/csv-hostile.xml"
    "$BIN" render -f csv "$T/csv-hostile.xml" > "$T/hostile.csv" 2>/dev/null
    python3 -c 'import csv,sys; rows=list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))); sys.exit(0 if len(rows)==2 and rows[1][2]==chr(39)+"=HYPERLINK(\"x\"), \"quoted\", and more" else 1)' "$T/hostile.csv" \
        && pass "a title with quotes, commas and a leading = reads back as one field, a formula no more" \
        || fail "a title with quotes, commas and a leading = reads back as one field ($(cat "$T/hostile.csv" | tail -1))"
    sed 's|<title derived="false">[^<]*</title>|<title derived="false">\&#9;@SUM(1)</title>|' "$T/site/000_104ce62749044fec.xml" > "$T/csv-tab.xml"
    "$BIN" render -f csv "$T/csv-tab.xml" > "$T/tab.csv" 2>/dev/null
    python3 -c 'import csv,sys; rows=list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))); sys.exit(0 if len(rows)==2 and rows[1][2]==chr(39)+chr(9)+"@SUM(1)" else 1)' "$T/tab.csv" \
        && pass "a field that starts with a tab is neutralised too" \
        || fail "a field that starts with a tab is neutralised too ($(cat "$T/tab.csv" | tail -1))"
fi

mkdir -p "$T/stdin"
"$BIN" convert -f xml -o "$T/stdin" - "$SEED_QUOTING" < "$SEED_QUOTED" 2>/dev/null
grep -q 'id="' "$T/stdin/stdin.xml" 2>/dev/null && pass "standard input in a linked batch is read once, for its own conversion" \
    || fail "standard input in a linked batch is read once, for its own conversion"

# --- determinism
mkdir -p "$T/again"
"$BIN" feed -o "$T/again" "$T/site" 2>/dev/null
same=1
for f in feed.json atom.xml statements.jsonl index.html statements.csv search.js; do cmp -s "$T/site/$f" "$T/again/$f" || same=0; done
[ "$same" -eq 1 ] && pass "the same documents give byte-identical feeds" || fail "the same documents give byte-identical feeds"

# --- incremental: unchanged outputs keep their bytes and mtime
touch -d '2001-01-01 00:00:00' "$T"/site/*
touch "$T/stamp"
"$BIN" convert -o "$T/site" input/ && "$BIN" feed -o "$T/site" "$T/site"
newer=$(find "$T/site" -newer "$T/stamp" -type f | wc -l)
[ "$newer" -eq 0 ] && pass "a run with nothing new rewrites nothing" || fail "a run with nothing new rewrites nothing ($newer files)"
mkdir -p "$T/in" && cp input/* "$NEW_RAW" "$T/in/"
"$BIN" convert -o "$T/site" "$T/in" && "$BIN" feed -o "$T/site" "$T/site"
new_stem=$(basename "$NEW_RAW" .txt)
newer=$(find "$T/site" -newer "$T/stamp" -type f | sed 's#.*/##' | sort | tr '\n' ' ')
want=$(printf '%s\n' atom.xml feed.json index.html search.js statements.csv statements.jsonl "$new_stem.html" "$new_stem.json" "$new_stem.txt" "$new_stem.xml" | sort | tr '\n' ' ')
[ "$newer" = "$want" ] && pass "one new statement: only its four files and the four feeds are written" \
    || fail "one new statement: only its files and the feeds are written (got: $newer)"
[ "$(wc -l < "$T/site/statements.jsonl")" -eq $((nseeds + 1)) ] && pass "the feeds carry the new statement" || fail "the feeds carry the new statement"
# A statement that joins a related pair rewrites exactly the documents it relates to.
touch -d '2001-01-01 00:00:00' "$T"/site/*
cp "$SEED_QUOTED" "$T/in/copy-of-000.txt"
"$BIN" convert -o "$T/site" "$T/in" && "$BIN" feed -o "$T/site" "$T/site"
changed_docs=$(find "$T/site" -newer "$T/stamp" -name '*.xml' ! -name atom.xml | sed 's#.*/##' | sort | tr '\n' ' ')
[ "$changed_docs" = "000_104ce62749044fec.xml 001_a486be32d46570d4.xml copy-of-000.xml " ] \
    && pass "a copy of 000 rewrites 000 and 001 (they gain a relation) and nothing else" \
    || fail "a copy of 000 rewrites only the related documents (got: $changed_docs)"
grep -q 'relation="same-statement"' "$T/site/copy-of-000.xml" \
    && pass "the copy is the same statement as 000" || fail "the copy is the same statement as 000"

# --- bad input and usage
expect_exit 2 "-o DIR is needed" "feed without -o is a usage error (2)" "$BIN" feed "$T/site"
expect_exit 2 "does not apply" "feed --format is a usage error (2)" "$BIN" feed -f json -o "$T/f0" "$T/site"
expect_exit 2 "must not be empty" "an empty --title is a usage error (2)" "$BIN" feed --title "" -o "$T/f0" "$T/site"
mkdir -p "$T/empty"
expect_exit 1 "no statement XML" "a directory without statement XML is an error" "$BIN" feed -o "$T/f1" "$T/empty"
mkdir -p "$T/mixed" && cp "$T/site/000_104ce62749044fec.xml" "$T/site/002_a1da3c99ecfce160.xml" "$T/mixed/"
printf '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<x>&e;</x>\n' > "$T/mixed/evil.xml"
expect_exit 1 "evil.xml:2: DOCTYPE" "a hostile document is reported by name and line, exit 1" "$BIN" feed -o "$T/f2" "$T/mixed"
[ "$(wc -l < "$T/f2/statements.jsonl")" -eq 2 ] && pass "the valid documents are still published" || fail "the valid documents are still published"
grep -q passwd "$T/f2/statements.jsonl" "$T/f2/atom.xml" && fail "no entity was expanded" || pass "no entity was expanded"
expect_exit 1 "evil.xml" "--fail-fast writes no feed" "$BIN" feed --fail-fast -o "$T/f3" "$T/mixed"
[ ! -e "$T/f3/feed.json" ] && pass "--fail-fast: nothing written" || fail "--fail-fast: nothing written"
check "--base-url" "$BIN" feed --base-url https://example.org/eu/ --title "EU statements" -o "$T/f4" "$T/site"
grep -q '"url": "https://example.org/eu/000_104ce62749044fec.html"' "$T/f4/feed.json" \
    && grep -q 'xml:base="https://example.org/eu/"' "$T/f4/atom.xml" && grep -q '<title>EU statements</title>' "$T/f4/index.html" \
    && pass "--base-url makes feed links absolute; --title titles every feed" || fail "--base-url and --title"

finish
