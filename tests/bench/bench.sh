#!/bin/sh
# make bench: communique against the pipeline a user would otherwise write
# with the stock tools, and against the libxml2 floor, on N synthetic
# statements made from the seeds (tests/bench/gen.awk).
#
#   1. stock: per file `xmllint --noout --schema` + three `xsltproc` runs
#      (json, html, text) with the project's own schema and stylesheets;
#   2. communique render -f json,html,text (validates each document once,
#      renders three formats), -j 1 and -j 2; communique validate likewise;
#   3. communique convert from the raw text (all four formats, linking on),
#      -j 1 and -j 2;
#   4. the floor: the same XML only parsed and freed by libxml2, in one
#      process (xmllint --noout over all the files).
#
# Prints documents per second, peak RSS, the ratios 2/1 and 4/2, -j 2
# over -j 1, and how the rate holds from the smallest N to the largest.
# The stock pipeline costs the same per file whatever N is, so it runs on
# at most BENCH_STOCK_MAX files (default 1,000) and its rate is reported.
#
# Working files go to a fresh directory under BENCH_DIR and are removed
# at the end (BENCH_KEEP=1 keeps them): on ext4 without a journal,
# deleting tens of thousands of files just before a timing makes new
# files slow to create for minutes (the allocator skips recently freed
# inodes), which would charge the previous run's clean-up to this one.
#
# usage: tests/bench/bench.sh BIN   (env: BENCH_SIZES="10000 100000",
#        BENCH_STOCK_MAX=1000, BENCH_DIR=build/bench, BENCH_KEEP=0)
set -eu
BIN=$1
SIZES=${BENCH_SIZES:-"10000 100000"}
STOCK_MAX=${BENCH_STOCK_MAX:-1000}
W=${BENCH_DIR:-build/bench}/run.$$
mkdir -p "$W"
[ "${BENCH_KEEP:-0}" = 1 ] || { trap 'rm -rf "$W"' EXIT; trap 'exit 1' INT TERM; }
SCHEMA=schema
TIME=/usr/bin/time

for tool in xmllint xsltproc "$TIME"; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is needed (apt-get install libxml2-utils xsltproc time)" >&2; exit 1; }
done

# timed LABEL N CMD...: runs CMD, records seconds and peak RSS (KB).
# Each timing starts with nothing of an earlier step waiting to be
# written back (sync): the outputs' syncfs would otherwise write the
# previous step's files too (hundreds of MB at N = 100,000), charging one
# command with another's I/O.
timed() {
    label=$1 docs=$2; shift 2
    sync
    "$TIME" -f "%e %M" -o "$W/time.out" "$@" >/dev/null 2>"$W/stderr.out" || {
        echo "bench: $label failed:" >&2; tail -3 "$W/stderr.out" >&2; exit 1; }
    read -r secs rss < "$W/time.out"
    rate=$(awk -v d="$docs" -v s="$secs" 'BEGIN { printf "%.1f", (s > 0 ? d / s : 0) }')
    printf '%-34s %7s docs %8.2f s %10s docs/s %7.1f MB\n' "$label" "$docs" "$secs" "$rate" \
        "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')"
    eval "rate_$(echo "$label" | tr -c 'a-z0-9\n' '_')_$docs=$rate"
    eval "rss_$(echo "$label" | tr -c 'a-z0-9\n' '_')_$docs=$rss"
}
get() { eval "echo \${$1_$2:-0}"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

echo "bench: $(nproc) CPUs, $("$BIN" --version | tail -1)"
for n in $SIZES; do
    rm -rf "$W/$n" && mkdir -p "$W/$n/raw" "$W/$n/stock"
    awk -v n="$n" -v dir="$W/$n/raw" -f tests/bench/gen.awk input/*
    largest=$(find "$W/$n/raw" -type f -printf '%s\n' | sort -n | tail -1)
    echo "N = $n: $(du -sk "$W/$n/raw" | cut -f1) KB of raw text, largest statement $largest bytes"
    timed "convert -j 1" "$n" "$BIN" convert -q -j 1 -o "$W/$n/c1" "$W/$n/raw"
    timed "convert -j 2" "$n" "$BIN" convert -q -j 2 -o "$W/$n/c2" "$W/$n/raw"
    diff -r "$W/$n/c1" "$W/$n/c2" >/dev/null && same=yes || same=NO
    mkdir -p "$W/$n/xml" && find "$W/$n/c1" -name "*.xml" -exec mv -t "$W/$n/xml/" {} +
    # Directories, not globs: 100,000 names overflow a command line.
    timed "validate -j 1" "$n" "$BIN" validate -q -j 1 "$W/$n/xml"
    timed "validate -j 2" "$n" "$BIN" validate -q -j 2 "$W/$n/xml"
    timed "render json,html,text -j 1" "$n" "$BIN" render -q -j 1 -f json,html,text -o "$W/$n/r1" "$W/$n/xml"
    timed "render json,html,text -j 2" "$n" "$BIN" render -q -j 2 -f json,html,text -o "$W/$n/r2" "$W/$n/xml"
    timed "floor: libxml2 parse + free" "$n" sh -c 'find "$1" -name "*.xml" -print0 | xargs -0 xmllint --noout --nonet' sh "$W/$n/xml"
    m=$n; [ "$m" -gt "$STOCK_MAX" ] && m=$STOCK_MAX
    # shellcheck disable=SC2046
    timed "stock: xmllint + 3 xsltproc" "$m" sh tests/bench/stock.sh "$SCHEMA" "$W/$n/stock" \
        $(find "$W/$n/xml" -name "*.xml" | sort | head -n "$m")
    echo "  -j 1 and -j 2 outputs identical: $same"
    r2=$(get rate_render_json_html_text__j_2 "$n"); r1=$(get rate_render_json_html_text__j_1 "$n")
    st=$(get rate_stock__xmllint___3_xsltproc "$m"); fl=$(get rate_floor__libxml2_parse___free "$n")
    c2=$(get rate_convert__j_2 "$n"); c1=$(get rate_convert__j_1 "$n")
    echo "  2/1  render -j 2 vs stock pipeline:   $(ratio "$r2" "$st")x"
    echo "  3/1  convert -j 2 vs stock pipeline:  $(ratio "$c2" "$st")x (issue 19's target: 30x)"
    echo "  convert's cost per statement over render's (-j 1): $(ratio "$r1" "$c1")x, (-j 2): $(ratio "$r2" "$c2")x (target: at most 1.5x)"
    echo "  4/2  floor vs render -j 2:            $(ratio "$fl" "$r2")x (render is that many times the parse-only cost)"
    echo "  -j 2 / -j 1: render $(ratio "$r2" "$r1")x, convert $(ratio "$c2" "$c1")x (target: 1.8x), validate $(ratio "$(get rate_validate__j_2 "$n")" "$(get rate_validate__j_1 "$n")")x"
    echo "  peak RSS: convert -j 2 $(awk -v k="$(get rss_convert__j_2 "$n")" 'BEGIN { printf "%.1f", k / 1024 }') MB, render -j 2 $(awk -v k="$(get rss_render_json_html_text__j_2 "$n")" 'BEGIN { printf "%.1f", k / 1024 }') MB"
    last=$n
    [ -n "${first:-}" ] || first=$n
done
if [ "$first" != "$last" ]; then
    echo "scaling $first -> $last documents (docs/s at $last over docs/s at $first; 1.00 = linear; convert's target: at least 0.90, peak RSS under 128 MB):"
    for l in "convert -j 2" "render json,html,text -j 2" "validate -j 2" "floor: libxml2 parse + free"; do
        v=$(echo "$l" | tr -c 'a-z0-9\n' '_')
        echo "  $l: $(ratio "$(get rate_$v "$last")" "$(get rate_$v "$first")")"
    done
    echo "  convert -j 2 peak RSS: $(awk -v k="$(get rss_convert__j_2 "$first")" 'BEGIN { printf "%.1f", k / 1024 }') MB at $first, $(awk -v k="$(get rss_convert__j_2 "$last")" 'BEGIN { printf "%.1f", k / 1024 }') MB at $last"
fi
