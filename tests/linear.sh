#!/bin/sh
# Time linear in the input: every extractor's worst shape (tests/linear/
# gen.awk) converts within 10 times the time of ordinary prose of the same
# size, measured in this run (a ratio, not an absolute time).  A stage that
# rescans a paragraph per match is quadratic and fails by orders of
# magnitude: 2 MiB of one such shape took minutes before it was fixed.
# usage: tests/linear.sh BIN
#   COMMUNIQUE_TEST_SANITIZER=1  BIN is instrumented: 256 KiB inputs (ASan's
#                                strstr interceptor measures the whole rest
#                                of the text at every call, so a loop over
#                                matches is quadratic under ASan only)
#   COMMUNIQUE_TEST_SLOW=1       BIN runs under valgrind: 256 KiB inputs
set -u
BIN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. tests/tap.sh
SIZE=2097152
[ "${COMMUNIQUE_TEST_SANITIZER:-0}" = 1 ] && SIZE=262144
[ "${COMMUNIQUE_TEST_SLOW:-0}" = 1 ] && SIZE=262144
BOUND=10
# A shape that hangs is stopped well past the bound (the baseline is
# about half a second per 2 MiB).
LIMIT=300

# run_ms FILE: converts FILE, prints the CPU milliseconds it took (user +
# system: what other load on the machine changes least), or "failed"
run_ms() {
    timeout "$LIMIT" /usr/bin/time -f "%U %S" -o "$T/time" "$BIN" convert -q -f xml "$1" \
        > /dev/null 2>"$T/err" || { echo failed; return; }
    awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$T/time"
}

awk -v shape=ordinary -v size=$SIZE -f tests/linear/gen.awk > "$T/ordinary.txt"
# The baseline: the slowest of three runs, at least 20 ms of CPU.
base=20
for k in 1 2 3; do
    t=$(run_ms "$T/ordinary.txt")
    [ "$t" = failed ] && { echo "Bail out! ordinary prose did not convert: $(head -c 200 "$T/err")"; exit 1; }
    [ "$t" -gt "$base" ] && base=$t
done
echo "# ordinary prose, $SIZE bytes: $base ms"

for shape in election-sentences election-no-stop election-far-dates election-glued \
             dates months countries alignment align-phrases people honorifics capitals \
             organisations quotes open-quotes social tweets references datelines titles \
             furniture labels contacts framing markdown short-lines one-line flattened \
             no-spaces html page-breaks agreement-run capitalised-heads many-bodies \
             many-agreements many-people footnotes split-word-lines post-urls; do
    awk -v shape="$shape" -v size=$SIZE -f tests/linear/gen.awk > "$T/$shape.txt"
    t=$(run_ms "$T/$shape.txt")
    if [ "$t" = failed ]; then
        fail "$shape: converts ($(head -c 200 "$T/err"))"
    elif [ "$t" -le $((BOUND * base)) ]; then
        pass "$shape: $SIZE bytes in $t ms, within ${BOUND}x ordinary prose"
    else
        fail "$shape: $SIZE bytes in $t ms, over ${BOUND}x ordinary prose ($base ms)"
    fi
done
# The same shapes as HTML pages go through the HTML reader first.
awk -v shape=html -v size=$SIZE -f tests/linear/gen.awk > "$T/page.html"
t=$(run_ms "$T/page.html")
[ "$t" != failed ] && [ "$t" -le $((BOUND * base)) ] \
    && pass "an HTML page of $SIZE bytes in $t ms, within ${BOUND}x ordinary prose" \
    || fail "an HTML page of $SIZE bytes: $t ms (ordinary $base ms)"
finish
