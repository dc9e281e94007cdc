#!/bin/sh
# Regenerates the golden files from input/: review `git diff tests/golden`
# before committing — these files are the reviewed expected outputs.
set -e
BIN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$BIN" convert -o "$T" -f xml,json,text input/
rm -f tests/golden/*.xml tests/golden/*.json tests/golden/*.txt
cp "$T"/* tests/golden/
