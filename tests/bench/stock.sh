#!/bin/sh
# The stock-tools pipeline of make bench, per file: the schema check and
# the three renderings, each tool started anew as a shell script would.
# usage: stock.sh SCHEMA_DIR OUT_DIR FILE.xml...
set -e
S=$1 O=$2; shift 2
for f in "$@"; do
    b=$(basename "$f" .xml)
    xmllint --noout --nonet --schema "$S/statement.xsd" "$f" 2>/dev/null
    xsltproc --nonet "$S/statement-json.xsl" "$f" > "$O/$b.json"
    xsltproc --nonet "$S/statement-html.xsl" "$f" > "$O/$b.html"
    xsltproc --nonet "$S/statement-text.xsl" "$f" > "$O/$b.txt"
done
