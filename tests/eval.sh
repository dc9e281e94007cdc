#!/bin/sh
# Extraction accuracy, gated: tests/eval (texts written for the project)
# must score at least EVAL_MIN overall; the real corpus (../shared/corpus,
# third-party statements, never copied here) at least the ratchet in
# tests/eval/corpus-floor, which is raised as main improves and never
# lowered.  usage: tests/eval.sh BIN SCORE [OUTDIR]
#   prints the per-field tables as TAP diagnostics; every miss goes to
#   OUTDIR/NAME.log (make eval prints them).
set -u
BIN=$1 SCORE=$2 OUT=${3:-$(mktemp -d)}
CORPUS=${CORPUS:-../shared/corpus}
EVAL_MIN=${EVAL_MIN:-0.95}
. tests/tap.sh

# eval_set NAME GOLD_DIR INPUT_PREFIX MIN [SCORE_OPTION…]
eval_set() {
    name=$1 gold=$2 prefix=$3 min=$4
    shift 4
    opts="$*"
    rm -rf "$OUT/$name" && mkdir -p "$OUT/$name"
    # Gold files name their input relative to INPUT_PREFIX.
    inputs=$(sed -n 's/^ *"input": "\(.*\)",$/\1/p' "$gold"/*.json | sed "s|^|$prefix|")
    # A statement that does not convert scores as all fields missing.
    # shellcheck disable=SC2086
    "$BIN" convert -q -f json -o "$OUT/$name" $inputs 2>"$OUT/$name.convert.err"
    # shellcheck disable=SC2086
    "$SCORE" --min "$min" $opts "$gold" "$OUT/$name" >"$OUT/$name.log" 2>&1
    rc=$?
    echo "# $name ($gold):"
    sed -n '/^field/,/^overall/p; /^language /p' "$OUT/$name.log" | sed 's/^/#   /'
    overall=$(sed -n 's/^overall *[0-9.]*\/[0-9]* *\([0-9.]*\).*/\1/p' "$OUT/$name.log")
    if [ "$rc" -eq 0 ]; then
        pass "$name: overall ${overall:-?} >= $min"
    else
        fail "$name: overall ${overall:-?} below $min (misses: $OUT/$name.log)"
    fi
}

eval_set eval tests/eval/gold "" "$EVAL_MIN"
if [ -d "$CORPUS/gold" ] && [ -d "$CORPUS/raw" ]; then
    # The corpus's "spokesperson" is who issues or delivers the statement
    # (its README's conventions): our author.
    eval_set corpus "$CORPUS/gold" "$CORPUS/" "$(cat tests/eval/corpus-floor)" \
        --spokesperson-is-author --languages "$CORPUS/sources.tsv"
else
    skip "corpus: overall >= $(cat tests/eval/corpus-floor)" "$CORPUS absent"
fi
finish
