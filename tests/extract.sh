#!/bin/sh
# Extraction behaviours as data: every folder tests/extract/NAME/ holds a
# short input written for it (input.txt, input.md or input.html) and
# expected.json, the fields it must give in the JSON contract (a partial
# statement; see tests/extract/match.c for how it is compared).  Adding a
# case is adding a folder.  TAP.  usage: tests/extract.sh BIN MATCH
BIN=$1
MATCH=$2
TMP=$(mktemp -d) || exit 1
trap 'rm -rf "$TMP"' EXIT
n=0
for dir in tests/extract/*/; do
    name=$(basename "$dir")
    input=$(ls "$dir"input.* 2>/dev/null | grep -v "\.meta\.json$" | head -n 1)
    [ -n "$input" ] || continue
    n=$((n + 1))
    if ! "$BIN" convert -f json -o - "$input" > "$TMP/$name.json" 2> "$TMP/$name.err"; then
        echo "not ok $n - $name: convert failed: $(head -n 1 "$TMP/$name.err")"
        continue
    fi
    if "$MATCH" "$dir/expected.json" "$TMP/$name.json" > "$TMP/$name.diff" 2>&1; then
        echo "ok $n - $name"
    else
        echo "not ok $n - $name"
        sed 's/^/#   /' "$TMP/$name.diff"
    fi
done
echo "1..$n"
