#!/bin/sh
# The published contracts (schema/statement.xsd, schema/statement.schema.json,
# docs/json-mapping.md) against each other and against what the tool
# writes, as TAP.  usage: tests/contracts.sh BIN
#   JSON Schema checks use Debian's python3-jsonschema (Draft 2020-12).
set -u
BIN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. tests/tap.sh

PY=/usr/bin/python3
XSD=schema/statement.xsd
JSCHEMA=schema/statement.schema.json
have_jsonschema() { "$PY" -c 'import jsonschema.validators' 2>/dev/null; }
json_valid() { "$PY" tests/jsonschema_valid.py "$@"; }  # [--feed-member K] SCHEMA FILE...

# --- the XSD documents itself
undocumented=$(xmllint --xpath 'count(//*[(local-name()="element" or local-name()="attribute"
    or (local-name()="simpleType" and @name) or (local-name()="complexType" and @name))
    and not(*[local-name()="annotation"]/*[local-name()="documentation"])])' "$XSD" 2>/dev/null)
[ "$undocumented" = 0 ] && pass "every element, attribute and named type of the XSD has xs:documentation" \
    || fail "every element, attribute and named type of the XSD has xs:documentation ($undocumented without)"

if ! have_jsonschema || ! command -v xmllint >/dev/null; then
    skip "the JSON Schema checks" "python3-jsonschema or xmllint is not installed"
    finish
    exit
fi

# --- the two schemas agree
# One walk of the JSON Schema gathers its enums (compared with the XSD's
# enumerations here) and its keys at any depth (into $T/keys, for the
# mapping page below).
"$PY" - "$XSD" "$JSCHEMA" "$T/keys" > "$T/enums" 2>&1 <<'PYEOF'
import json, sys
import xml.etree.ElementTree as ET
XS = "{http://www.w3.org/2001/XMLSchema}"
xsd = ET.parse(sys.argv[1]).getroot()
xsd_enums = {t.get("name"): sorted(e.get("value") for e in t.iter(XS + "enumeration"))
             for t in xsd.iter(XS + "simpleType") if t.get("name")}
js_enums, js_keys = [], []
def walk(node):
    if isinstance(node, dict):
        if "enum" in node:
            js_enums.append(sorted(node["enum"]))
        js_keys.extend(node.get("properties", {}))
        for v in node.values():
            walk(v)
    elif isinstance(node, list):
        for v in node:
            walk(v)
walk(json.load(open(sys.argv[2])))
with open(sys.argv[3], "w") as keys:
    keys.write("".join(k + "\n" for k in js_keys))
bad = 0
for name, values in xsd_enums.items():
    if values and values not in js_enums:
        print("# XSD type %s %s has no equal enum in the JSON Schema" % (name, values)); bad = 1
for values in js_enums:
    if values not in xsd_enums.values():
        print("# JSON Schema enum %s is no XSD enumeration" % values); bad = 1
print("# %d enumerations" % len([v for v in xsd_enums.values() if v]))
sys.exit(bad)
PYEOF
[ $? -eq 0 ] && pass "every XSD enumeration is a JSON Schema enum and back ($(tail -1 "$T/enums" | sed "s/^# //"))" \
    || { cat "$T/enums"; fail "every XSD enumeration is a JSON Schema enum and back"; }

# Every key of the JSON Schema (at any depth) is in the mapping page.
missing=""
for k in $(sort -u "$T/keys"); do
    grep -q "\`[a-z_.]*\[\{0,1\}\]\{0,1\}\.\{0,1\}$k\`\|\`\.$k\`" docs/json-mapping.md || missing="$missing $k"
done
[ -z "$missing" ] && pass "docs/json-mapping.md names every key of the JSON Schema ($(sort -u "$T/keys" | wc -l) keys)" \
    || fail "docs/json-mapping.md names every key of the JSON Schema (missing:$missing)"

# --- every JSON the tool writes is valid against the JSON Schema
mkdir -p "$T/seeds" "$T/eval"
"$BIN" convert -q -o "$T/seeds" input/ >/dev/null 2>&1
"$BIN" convert -q -o "$T/eval" tests/eval/input/ >/dev/null 2>&1
"$BIN" feed -q -o "$T/feed" "$T/eval" >/dev/null 2>&1
njson=$(ls "$T"/seeds/*.json "$T"/eval/*.json 2>/dev/null | wc -l)
[ "$njson" -eq $(( $(ls input | wc -l) + $(ls tests/eval/input | wc -l) )) ] && pass "convert wrote a JSON per input ($njson)" \
    || fail "convert wrote a JSON per input ($njson)"
json_valid "$JSCHEMA" "$T"/seeds/*.json "$T"/eval/*.json tests/golden/*.json \
    && pass "every JSON of convert (seeds, eval inputs) and every golden is valid against the JSON Schema ($njson + goldens)" \
    || fail "every JSON of convert and every golden is valid against the JSON Schema"
json_valid "$JSCHEMA" "$T/feed/statements.jsonl" \
    && pass "every line of statements.jsonl is valid against the JSON Schema" \
    || fail "every line of statements.jsonl is valid against the JSON Schema"
json_valid --feed-member _communique "$JSCHEMA" "$T/feed/feed.json" \
    && pass "every feed item's _communique is valid against the JSON Schema" \
    || fail "every feed item's _communique is valid against the JSON Schema"
grep -q '"relation": ' "$T"/seeds/*.json "$T"/eval/*.json && grep -q '"social_posts": \[$' "$T"/seeds/*.json "$T"/eval/*.json \
    && pass "the JSON checked includes related statements and social posts" \
    || fail "the JSON checked includes related statements and social posts"

# Values the XSD reads with white space collapsed are written collapsed.
SEED_XML=
for f in "$T"/eval/*.xml; do grep -q '<election ' "$f" && grep -q 'value=' "$f" && SEED_XML=$f && break; done
sed 's/<kind>\([a-z-]*\)</<kind> \1 </; s/type="\([a-z]*\)"/type=" \1 "/; s/value="\([0-9-]*\)"/value=" \1 "/;
     s/form="\([a-z-]*\)"/form=" \1"/; s/xml:lang="\([a-z]*\)"/xml:lang="\1 "/; s/kind="\([a-z-]*\)"/kind="\1  "/' \
    "$SEED_XML" > "$T/spaced.xml"
grep -q 'type=" ' "$T/spaced.xml" && grep -q 'value=" ' "$T/spaced.xml" && grep -q '<kind> ' "$T/spaced.xml" \
    && pass "a document with white space around its token values is made" || fail "a document with white space around its token values is made"
check "a document with white space around token values is valid XML" "$BIN" validate "$T/spaced.xml"
"$BIN" render -f json "$T/spaced.xml" > "$T/spaced.json" 2>/dev/null
json_valid "$JSCHEMA" "$T/spaced.json" \
    && pass "its JSON is valid against the JSON Schema (values written collapsed)" \
    || fail "its JSON is valid against the JSON Schema (values written collapsed)"
"$BIN" render -f json "$SEED_XML" > "$T/unspaced.json" 2>/dev/null
check "its JSON equals the JSON of the same document without the white space" cmp "$T/spaced.json" "$T/unspaced.json"

# --- the JSON Schema can fail
sed 's/"kind": "[a-z-]*"/"kind": "speech"/' "$T/seeds/000_104ce62749044fec.json" > "$T/bad-kind.json"
json_valid "$JSCHEMA" "$T/bad-kind.json" > "$T/out" && fail "an unknown kind is rejected" \
    || { grep -q "'speech' is not one of" "$T/out" && pass "an unknown kind is rejected" || fail "an unknown kind is rejected ($(cat "$T/out"))"; }
grep -v '"meeting": ' "$T/seeds/000_104ce62749044fec.json" > "$T/no-meeting.json"
json_valid "$JSCHEMA" "$T/no-meeting.json" > "$T/out" && fail "a missing key is rejected" \
    || { grep -q "'meeting' is a required property" "$T/out" && pass "a missing key is rejected" || fail "a missing key is rejected"; }
sed 's/^  "id": /  "extra": 1,\n  "id": /' "$T/seeds/000_104ce62749044fec.json" > "$T/extra.json"
json_valid "$JSCHEMA" "$T/extra.json" > "$T/out" && fail "an unknown key is rejected" \
    || { grep -q "Additional properties are not allowed ('extra'" "$T/out" && pass "an unknown key is rejected" || fail "an unknown key is rejected"; }
sed 's/"schema_version": "1\.[0-9]*"/"schema_version": "2.0"/' "$T/seeds/000_104ce62749044fec.json" > "$T/v2.json"
json_valid "$JSCHEMA" "$T/v2.json" >/dev/null && fail "a JSON of schema version 2.0 is rejected" \
    || pass "a JSON of schema version 2.0 is rejected"

finish
