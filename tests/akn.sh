#!/bin/sh
# --format akn: the Akoma Ntoso 3.0 rendering, as TAP.  usage: tests/akn.sh BIN
#   Checks well-formedness and structure with libxml2's xmllint; the URIs
#   expected are computed from each statement's id (DATE-CC-KIND-HASH).
set -u
BIN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. tests/tap.sh

if ! command -v xmllint >/dev/null; then
    skip "the Akoma Ntoso checks" "xmllint is not installed"
    finish
    exit
fi
AKN_NS=http://docs.oasis-open.org/legaldocml/ns/akn/3.0
# xpath FILE EXPR: the string value of EXPR ('*' steps by local name)
xpath() { xmllint --xpath "string($2)" "$1" 2>/dev/null; }
el() { echo "*[local-name()='$1']"; }

mkdir -p "$T/xml" "$T/akn"
"$BIN" convert -q -f xml -o "$T/xml" input/ tests/eval/input/ >/dev/null 2>&1
nxml=$(ls "$T"/xml/*.xml | wc -l)

check "render -f akn -o DIR of every statement exits 0 ($nxml documents)" \
    "$BIN" render -q -f akn -o "$T/akn" "$T"/xml/*.xml
nakn=$(ls "$T"/akn/*.akn 2>/dev/null | wc -l)
[ "$nakn" -eq "$nxml" ] && pass "one NAME.akn per statement ($nakn)" || fail "one NAME.akn per statement ($nakn of $nxml)"
check "every .akn is well-formed XML" xmllint --noout "$T"/akn/*.akn

bad_root=0 bad_uri=0 bad_para=0 bad_ref=0 bad_eid=0 bad_person=0 bad_tlc=0 bad_author=0 nauthor=0
for x in "$T"/xml/*.xml; do
    a="$T/akn/$(basename "$x" .xml).akn"
    [ "$(xpath "$a" "namespace-uri(/*)")" = "$AKN_NS" ] \
        && [ "$(xpath "$a" "local-name(/*)")/$(xpath "$a" "local-name(/*/*)")" = "akomaNtoso/statement" ] \
        || bad_root=$((bad_root + 1))
    # The URIs the id gives: /akn/CC/statement/KIND/DATE/HASH
    id=$(xpath "$x" "/*/@id")
    date=$(echo "$id" | sed -n 's/^\([0-9]\{4\}-[0-9][0-9]-[0-9][0-9]\|undated\)-.*/\1/p')
    rest=${id#"$date"-}
    cc=${rest%%-*}; hash=${rest##*-}; kind=${rest#"$cc"-}; kind=${kind%-"$hash"}
    work="/akn/$cc/statement/$kind/$date/$hash"
    lang=$(xpath "$x" "/*/@xml:lang")
    # ISO 639-2 code of the language's primary subtag, from the table the
    # stylesheet holds (three-letter subtags stand for themselves).
    l2=${lang%%-*}
    lang3=$(sed -n "s/.*\$lang2 = '$l2'\">\([a-z]*\)<.*/\1/p" schema/statement-akn.xsl)
    [ -n "$lang3" ] || { [ ${#l2} -eq 3 ] && lang3=$l2; } || lang3=und
    expr="$work/$lang3@"
    M="/$(el akomaNtoso)/$(el statement)/$(el meta)/$(el identification)"
    [ "$(xpath "$a" "$M/$(el FRBRWork)/$(el FRBRthis)/@value")" = "$work/!main" ] \
        && [ "$(xpath "$a" "$M/$(el FRBRWork)/$(el FRBRuri)/@value")" = "$work" ] \
        && [ "$(xpath "$a" "$M/$(el FRBRWork)/$(el FRBRcountry)/@value")" = "$cc" ] \
        && [ "$(xpath "$a" "$M/$(el FRBRExpression)/$(el FRBRthis)/@value")" = "$expr/!main" ] \
        && [ "$(xpath "$a" "$M/$(el FRBRExpression)/$(el FRBRuri)/@value")" = "$expr" ] \
        && [ "$(xpath "$a" "$M/$(el FRBRExpression)/$(el FRBRlanguage)/@language")" = "$lang3" ] \
        && [ "$(xpath "$a" "$M/$(el FRBRManifestation)/$(el FRBRthis)/@value")" = "$expr/!main.akn" ] \
        || { bad_uri=$((bad_uri + 1)); echo "# $a: FRBR URIs are not those of $id"; }
    [ "$(xpath "$a" "count(//$(el mainBody)/$(el paragraph))")" = "$(xpath "$x" "count(/*/$(el body)/$(el p))")" ] \
        || bad_para=$((bad_para + 1))
    # Every #reference resolves to an eId; eIds are unique.
    for r in $(xmllint --xpath "//@refersTo | //@href | //@as" "$a" 2>/dev/null | sed -n 's/.*="#\([^"]*\)"/\1/p'); do
        [ "$(xpath "$a" "count(//*[@eId='$r'])")" = 1 ] || { bad_ref=$((bad_ref + 1)); echo "# $a: #$r resolves to no one eId"; }
    done
    [ "$(xpath "$a" "count(//@eId)")" = "$(xmllint --xpath "//@eId" "$a" 2>/dev/null | sort -u | wc -l)" ] \
        || bad_eid=$((bad_eid + 1))
    [ "$(xpath "$a" "count(//$(el TLCPerson))")" = \
      "$(xpath "$x" "count(/*/$(el mentions)/$(el person) | /*/$(el spokesperson)/$(el name) | /*/$(el author)/$(el name))")" ] \
        || bad_person=$((bad_person + 1))
    # A named author is the Work's second FRBRauthor.
    [ "$(xpath "$a" "count(//$(el FRBRWork)/$(el FRBRauthor)[@href='#author'])")" = \
      "$(xpath "$x" "count(/*/$(el author)/$(el name))")" ] || bad_author=$((bad_author + 1))
    [ "$(xpath "$a" "count(//$(el TLCOrganization)[@eId='issuer'])")" = 1 ] \
        && { [ "$(xpath "$x" "count(/*/$(el country))")" = 0 ] || \
             [ "$(xpath "$a" "//$(el TLCLocation)[@eId='country']/@href")" = "/ontology/location/$cc" ]; } \
        || bad_tlc=$((bad_tlc + 1))
done
[ "$bad_root" -eq 0 ] && pass "every .akn is an akomaNtoso/statement in the AKN 3.0 namespace" || fail "AKN root ($bad_root wrong)"
[ "$bad_uri" -eq 0 ] && pass "Work, Expression and Manifestation URIs follow from the id and language ($nxml documents)" \
    || fail "FRBR URIs follow from the id ($bad_uri wrong)"
[ "$bad_para" -eq 0 ] && pass "one <paragraph> in mainBody per body paragraph" || fail "paragraph count ($bad_para wrong)"
[ "$bad_ref" -eq 0 ] && pass "every #reference (refersTo, href, as) names exactly one eId" || fail "unresolved references ($bad_ref)"
[ "$bad_eid" -eq 0 ] && pass "eIds are unique in every document" || fail "duplicate eIds ($bad_eid documents)"
[ "$bad_person" -eq 0 ] && pass "one TLCPerson per person mentioned, per spokesperson and per author" || fail "TLCPerson count ($bad_person wrong)"
nauthor=$(grep -l "<author>" "$T"/xml/*.xml | wc -l)
[ "$bad_author" -eq 0 ] && [ "$nauthor" -gt 0 ] && pass "a named author is the Work's FRBRauthor #author ($nauthor documents with an author)" \
    || fail "FRBRauthor #author ($bad_author wrong, $nauthor with an author)"
[ "$bad_tlc" -eq 0 ] && pass "the issuer is a TLCOrganization, the country a TLCLocation named by its ISO code" || fail "TLC issuer/country ($bad_tlc wrong)"

# One seed, spelled out: the EU statement at the OSCE Permanent Council of
# 24 November 2022 on Kazakhstan (input/000_104ce62749044fec.txt).
A=$T/akn/000_104ce62749044fec.akn
[ "$(xpath "$A" "//$(el FRBRWork)/$(el FRBRuri)/@value")" = "/akn/kz/statement/osce-pc-statement/2022-11-24/2372caf8" ] \
    && [ "$(xpath "$A" "//$(el FRBRWork)/$(el FRBRdate)/@date")" = "2022-11-24" ] \
    && [ "$(xpath "$A" "//$(el FRBRExpression)/$(el FRBRuri)/@value")" = "/akn/kz/statement/osce-pc-statement/2022-11-24/2372caf8/eng@" ] \
    && pass "the OSCE PC seed's Work is /akn/kz/statement/osce-pc-statement/2022-11-24/2372caf8, its Expression …/eng@" \
    || fail "the OSCE PC seed's FRBR URIs"
[ "$(xpath "$A" "//$(el TLCOrganization)[@eId='issuer']/@href")" = "/ontology/organization/european-union" ] \
    && [ "$(xpath "$A" "//$(el TLCEvent)[@eId='election_1']/@href")" = "/ontology/event/presidential-election-2022-11-20" ] \
    && pass "its issuer and election are TLC references (european-union, presidential-election-2022-11-20)" \
    || fail "its issuer and election TLC references"
[ "$(xpath "$A" "//$(el paragraph)[@eId='para_3']/$(el num)")" = "3." ] \
    && pass "numbered paragraphs keep their number (<num>3.</num>)" || fail "numbered paragraphs keep their number"
[ "$(xpath "$A" "//$(el proprietary)/*/@id")" = "$(xpath "$T/xml/000_104ce62749044fec.xml" "/*/@id")" ] \
    && pass "the statement id and source hash are kept under <proprietary>" || fail "the statement id is kept under <proprietary>"

# The stylesheet is plain XSLT 1.0: xsltproc gives the same document.
if command -v xsltproc >/dev/null; then
    xsltproc --nonet schema/statement-akn.xsl "$T/xml/000_104ce62749044fec.xml" > "$T/xp.akn" 2>/dev/null
    check "xsltproc runs statement-akn.xsl and gives communique's document" cmp "$T/xp.akn" "$A"
else
    skip "xsltproc runs statement-akn.xsl" "xsltproc is not installed"
fi

# --- format selection and determinism
"$BIN" render -f akn "$T/xml/000_104ce62749044fec.xml" > "$T/one.akn" 2>/dev/null
check "render -f akn to standard output gives the file render -o wrote" cmp "$T/one.akn" "$A"
mkdir -p "$T/conv-default" "$T/conv-akn"
"$BIN" convert -q -o "$T/conv-default" input/000_104ce62749044fec.txt >/dev/null 2>&1
ls "$T/conv-default" | grep -q '\.akn$' && fail "convert writes no .akn unless asked" || pass "convert writes no .akn unless asked"
"$BIN" convert -q -f xml,akn -o "$T/conv-akn" input/000_104ce62749044fec.txt >/dev/null 2>&1
check "convert -f xml,akn writes NAME.akn, the same as render's" cmp "$T/conv-akn/000_104ce62749044fec.akn" "$A"
mkdir -p "$T/feed"
"$BIN" convert -q -f xml,json,akn -o "$T/feed" input/ >/dev/null 2>&1
check "feed over a directory holding .akn files reads only the statement XML" "$BIN" feed -q -o "$T/feed" "$T/feed"

# Only the stylesheets a run uses are loaded: an assets directory made
# before akn existed still renders the other formats.
mkdir -p "$T/old-assets"
cp schema/*.xsd schema/statement-json.xsl schema/statement-html.xsl schema/statement-text.xsl schema/common.xsl "$T/old-assets/"
check "without statement-akn.xsl, render -f json,html,text still works" \
    "$BIN" render --schema-dir "$T/old-assets" -f json,html,text -o "$T/old-out" "$T/xml/000_104ce62749044fec.xml"
expect_exit 1 "old-assets/statement-akn.xsl" "without it, -f akn names the missing stylesheet (1)" \
    "$BIN" render --schema-dir "$T/old-assets" -f akn "$T/xml/000_104ce62749044fec.xml"

finish
