#!/bin/sh
# The HTML pages in a checker and in a real browser, as TAP.
# usage: tests/html.sh BIN
#   Every statement page and index.html go through HTML Tidy (Debian's tidy,
#   HTML5-aware) with no warning; two seed pages and the index are opened in
#   headless Chromium (Debian's chromium + chromium-driver, driven by
#   tests/browser.py) at phone and desktop widths.  SHOTS_DIR keeps the
#   screenshots (make screenshots); otherwise they go with the temporary
#   directory.
set -u
BIN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. tests/tap.sh
PY=/usr/bin/python3

SEED_OSCE=000_104ce62749044fec      # EU statement at the OSCE PC, numbered paragraphs
SEED_NEWS=001_a486be32d46570d4      # news report quoting it, between social posts

mkdir -p "$T/site"
"$BIN" convert -q -o "$T/site" input/ tests/eval/input/ >/dev/null 2>&1
"$BIN" feed -q -o "$T/site" "$T/site" >/dev/null 2>&1
npages=$(ls "$T"/site/*.html | wc -l)
[ "$npages" -eq $(( $(ls input | wc -l) + $(ls tests/eval/input | wc -l) + 1 )) ] \
    && pass "a page per statement and the index ($npages pages)" || fail "a page per statement and the index ($npages pages)"

# --- HTML Tidy: no error, no warning
if command -v tidy >/dev/null; then
    bad=0
    for f in "$T"/site/*.html; do
        if ! tidy -q -e "$f" > "$T/tidy.out" 2>&1; then
            bad=$((bad + 1))
            sed "s|^|# $(basename "$f"): |" "$T/tidy.out" | head -5
        fi
    done
    [ "$bad" -eq 0 ] && pass "HTML Tidy reports no error or warning on any page ($npages pages)" \
        || fail "HTML Tidy reports no error or warning on any page ($bad with reports)"
    # The checker can fail: a page with a block inside a paragraph and two
    # charset declarations.
    printf '<!DOCTYPE html>\n<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta charset="UTF-8"><title>t</title></head><body><p>a<table><tr><td>b</td></tr></table></body></html>\n' > "$T/bad.html"
    tidy -q -e "$T/bad.html" >/dev/null 2>&1 && fail "HTML Tidy reports a broken page" || pass "HTML Tidy reports a broken page"
else
    skip "HTML Tidy reports no error or warning on any page" "tidy is not installed"
    skip "HTML Tidy reports a broken page" "tidy is not installed"
fi

# --- headless Chromium
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && "$PY" -c 'import urllib.request' 2>/dev/null; then
    SHOTS=${SHOTS_DIR:-$T/shots}
    # What the index must show, worked out here from the statements' own
    # JSON: a word of their text, a country, and both.
    "$PY" - "$T/site" "$T/expect.json" <<'PY'
import glob, json, re, sys
site, out = sys.argv[1], sys.argv[2]
docs = []
for f in glob.glob(site + "/*.json"):
    d = json.load(open(f, encoding="utf-8"))
    if isinstance(d, dict) and "schema_version" in d:
        docs.append(d)
def text(d):
    parts = [d.get("title"), d.get("issuer"), (d.get("country") or {}).get("name"),
             (d.get("author") or {}).get("name")] + [p.get("text") for p in d.get("paragraphs") or []]
    return " ".join(p for p in parts if p).casefold()
# A word and a country that each leave some statements, and together
# fewer than either: so each step of the test can be seen to act.
best = None
for query in ["observers", "democratic", "osce", "referendum", "kazakhstan"]:
    has = [bool(re.search(r"(?<!\w)" + query, text(d))) for d in docs]
    for country in sorted({(d.get("country") or {}).get("iso") or "" for d in docs} - {""}):
        inc = [(d.get("country") or {}).get("iso") == country for d in docs]
        both = sum(h and c for h, c in zip(has, inc))
        if 0 < both < min(sum(has), sum(inc)) and sum(has) < len(docs):
            best = best or {"total": len(docs), "query": query, "query_count": sum(has),
                            "country": country, "country_count": sum(inc), "both_count": both}
json.dump(best, open(out, "w"))
PY
    "$PY" -c 'import re,sys; s=open(sys.argv[1],encoding="utf-8").read(); open(sys.argv[2],"w",encoding="utf-8").write(re.sub(r"<script\b.*?</script>", "", s, flags=re.S))' \
        "$T/site/index.html" "$T/site/index-noscript.html"
    "$PY" tests/browser.py "$SHOTS" "$T/site/$SEED_OSCE.html" "$T/site/$SEED_NEWS.html" "$T/site/index.html" \
        --index "$T/site/index.html" "$T/site/index-noscript.html" "$T/expect.json" > "$T/browser.out" 2>&1
    while IFS= read -r line; do
        case $line in
            "ok "*) pass "Chromium: ${line#ok * - }" ;;
            "not ok "*) fail "Chromium: ${line#not ok * - }" ;;
            "#"*) echo "$line" ;;
        esac
    done < "$T/browser.out"
    grep -q '^ok ' "$T/browser.out" || { sed 's/^/# /' "$T/browser.out" | head -20; fail "Chromium ran"; }
    nshots=$(ls "$SHOTS"/*.png 2>/dev/null | wc -l)
    [ "$nshots" -eq 8 ] && pass "eight PNG screenshots (three pages × phone, desktop; the index searched, × phone, desktop)" || fail "eight PNG screenshots ($nshots)"
else
    skip "the pages in headless Chromium" "chromium and chromium-driver are not installed"
fi

finish
