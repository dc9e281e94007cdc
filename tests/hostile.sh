#!/bin/sh
# Hostile and broken input, and faults while writing, end to end, as TAP.
# Every row of the README's "Bad input" table is pinned here.
# usage: tests/hostile.sh BIN JSONCHECK
#   COMMUNIQUE_TEST_SANITIZER=1  BIN is instrumented (ASan reserves terabytes
#                                of address space: no ulimit -v test)
#   COMMUNIQUE_TEST_SLOW=1       BIN runs under valgrind: smaller batches, no
#                                maximum-size conversions
set -u
BIN=$1
JSONCHECK=$2
T=$(mktemp -d)
MNT=""
cleanup() {
    [ -n "$MNT" ] && umount "$MNT" 2>/dev/null
    rm -rf "$T"
}
trap cleanup EXIT
. tests/tap.sh
SANITIZER=${COMMUNIQUE_TEST_SANITIZER:-0}
SLOW=${COMMUNIQUE_TEST_SLOW:-0}
# Time limits are generous bounds against hangs, ten times so under valgrind.
TO=1
[ "$SLOW" = 1 ] && TO=10
SAMPLE=$(ls input/*.txt | head -1)
# Any statement will do; what matters is that it has real content.
[ -s "$SAMPLE" ] || { echo "Bail out! no sample statement in input/"; exit 1; }

# JSON without the fields that depend on the bytes or the file name.
content() { grep -v '"sha256"\|"id"\|"file"' "$1"; }

# --- encodings: converted, not refused, to the same statement
"$BIN" convert -f json "$SAMPLE" > "$T/ref.json" 2>/dev/null
content "$T/ref.json" > "$T/ref.content"
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$SAMPLE"; } > "$T/utf16le.txt"
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$SAMPLE"; } > "$T/utf16be.txt"
{ printf '\357\273\277'; sed 's/$/\r/' "$SAMPLE"; } > "$T/bom-crlf.txt"
tr '\n' '\r' < "$SAMPLE" > "$T/cr.txt"
for f in utf16le utf16be bom-crlf cr; do
    "$BIN" convert -f json "$T/$f.txt" > "$T/$f.json" 2>"$T/err"
    content "$T/$f.json" > "$T/$f.content"
    check "$f input converts to the same statement as its UTF-8/LF original" cmp "$T/ref.content" "$T/$f.content"
done
grep -q "\"sha256\": \"$(sha256sum "$T/utf16le.txt" | cut -c1-64)\"" "$T/utf16le.json" \
    && pass "the recorded digest is of the UTF-16 bytes as read" || fail "the recorded digest is of the UTF-16 bytes as read"
printf '\377\376h\000\000\330i\000' > "$T/surrogate.txt"
expect_exit 1 "surrogate.txt: invalid UTF-16 at byte offset 4" "an unpaired UTF-16 surrogate is refused with its offset (1)" "$BIN" convert -f json "$T/surrogate.txt"
printf '\377\376\000\000h\000\000\000' > "$T/utf32.txt"
expect_exit 1 "utf32.txt: UTF-32 text is not supported" "UTF-32 is refused by name (1)" "$BIN" convert -f json "$T/utf32.txt"
iconv -f UTF-8 -t UTF-16LE "$SAMPLE" > "$T/nobom.txt"
expect_exit 1 "nobom.txt: binary data.*byte-order mark" "UTF-16 without a BOM is refused with a hint (1)" "$BIN" convert -f json "$T/nobom.txt"

# --- size: refused before reading, in bounded time and memory
truncate -s 200M "$T/200mb.txt"
expect_exit 1 "200mb.txt: file too large (limit 8 MiB)" "a 200 MB file is refused (1)" timeout $((10 * TO)) "$BIN" convert -f json "$T/200mb.txt"
truncate -s 1G "$T/1gb.txt"
expect_exit 1 "1gb.txt: file too large" "a 1 GB file is refused (1)" timeout $((10 * TO)) "$BIN" convert -f json "$T/1gb.txt"
# A 1 GB single line on standard input: read up to the limit, then refused.
head -c 1073741824 /dev/zero | tr '\0' 'a' | timeout $((60 * TO)) "$BIN" convert -f json - >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" -eq 1 ] && grep -q "<stdin>: file too large" "$T/err" \
    && pass "a 1 GB single line on standard input is refused at the limit (1)" \
    || fail "a 1 GB single line on standard input is refused at the limit (exit $rc: $(head -c 200 "$T/err"))"
awk 'BEGIN { for (i = 0; i <= 100000; i++) print "line" }' > "$T/lines.txt"
expect_exit 1 "lines.txt: too many lines (100001; limit 100000)" "a file of 100,001 lines is refused, counted as the README counts (1)" "$BIN" convert -f json "$T/lines.txt"
{ echo "Statement on the elections"; awk 'BEGIN { for (i = 1; i < 100000; i++) print "line" }'; } > "$T/lines-max.txt"
check "a file of exactly 100,000 lines, the last one ended by a newline, is read" "$BIN" convert -f json "$T/lines-max.txt"

# --- invisible characters: no room, no text
{ printf '\342\200\213\n\342\200\256\n\357\273\277\n'; cat "$SAMPLE"; } > "$T/invisible-first.txt"
"$BIN" convert -f json "$T/invisible-first.txt" 2>/dev/null | grep '"title":' > "$T/t1"
"$BIN" convert -f json "$SAMPLE" 2>/dev/null | grep '"title":' > "$T/t2"
[ -s "$T/t2" ] && cmp -s "$T/t1" "$T/t2" && pass "invisible first lines (U+200B, U+202E, a second BOM) do not become the title" \
    || fail "invisible first lines do not become the title ($(cat "$T/t1"))"
printf '\342\200\213\302\240\n\302\240 \342\200\213\n' > "$T/zw-only.txt"
expect_exit 1 "zw-only.txt: no text (only white space)" "a file of zero-width and no-break spaces only is refused (1)" "$BIN" convert -f json "$T/zw-only.txt"
sed 's/ /\xe2\x80\x8b /g' "$SAMPLE" > "$T/zw-words.txt"
for f in "$SAMPLE" "$T/zw-words.txt"; do
    "$BIN" convert -f json "$f" 2>/dev/null | grep -E '^  "(issuer|language|date|title)":|"iso":' > "$f.fields"
done
[ -s "$SAMPLE.fields" ] && cmp -s "$SAMPLE.fields" "$T/zw-words.txt.fields" \
    && pass "a zero-width space after every word loses no field (issuer, country, date, language)" \
    || fail "a zero-width space after every word loses no field ($(diff "$SAMPLE.fields" "$T/zw-words.txt.fields" | head -c 200))"
rm -f "$SAMPLE.fields"
# --- offsets in UTF-16 input are offsets in the file
printf '\377\376h\000i\000\001\000' > "$T/u16-control.txt"
expect_exit 1 "u16-control.txt: control character 0x01 at byte offset 6" "a control character in UTF-16 is reported at its byte offset in the file (1)" "$BIN" convert -f json "$T/u16-control.txt"
printf '\377\376h\000\075\330\000\336i\000\000\000' > "$T/u16-nul.txt"
expect_exit 1 "u16-nul.txt: binary data (NUL byte at offset 10)" "a NUL after a surrogate pair in UTF-16 is reported at its byte offset (1)" "$BIN" convert -f json "$T/u16-nul.txt"
# --- out of memory: one line and exit 1, not an abort (ASan reserves
# terabytes of address space: not under the sanitizers)
if [ "$SANITIZER" = 1 ] || [ "$SLOW" = 1 ]; then
    skip "out of memory is exit 1 with one message" "instrumented build"
else
    awk 'BEGIN { print "Statement on the elections\n"; for (i = 0; i < 27000; i++) print "The election commission met. The election commission met. The election commission met.\n" }' > "$T/oom.txt"
    "$BIN" convert -f json "$T/oom.txt" > "$T/oom-full.json" 2>/dev/null
    # Memory runs out at a different point under each limit: in our code,
    # in libxml2's parser or buffers, in libxslt.  Each run must either
    # succeed whole or say "out of memory" alone, exit 1, and print nothing
    # (before libxml2 allocated through us, some limits gave an empty
    # output and exit 0, one a crash).
    bad="" oom=0
    for kb in 84000 92000 100000 108000 112000 116000 120000 122000 124000 128000 136000; do
        sh -c "ulimit -v $kb; exec '$BIN' convert -f json '$T/oom.txt'" > "$T/oom.json" 2> "$T/err"
        rc=$?
        if [ "$rc" -eq 1 ] && [ "$(cat "$T/err")" = "communique: out of memory" ] && [ ! -s "$T/oom.json" ]; then
            oom=$((oom + 1))
        elif [ "$rc" -ne 0 ] || ! cmp -s "$T/oom.json" "$T/oom-full.json"; then
            bad="$bad ${kb}K: exit $rc, $(wc -c < "$T/oom.json") bytes, $(head -c 80 "$T/err" | tr '\n' ' ');"
        fi
    done
    [ "$oom" -gt 0 ] && [ -z "$bad" ] \
        && pass "out of memory, wherever it strikes, is exit 1 with one message and no output ($oom of 11 limits)" \
        || fail "out of memory, wherever it strikes, is exit 1 with one message ($oom ran out;$bad)"
fi
if [ "$SLOW" = 1 ]; then
    skip "a maximum-size statement converts within 1 GiB of address space" "too slow under valgrind"
else
    # Just under the limit, one line of words: the shape that once cost
    # quadratic memory in text wrapping.
    yes 'word' | tr '\n' ' ' | head -c 8380000 > "$T/max.txt"
    mkdir -p "$T/max-out"
    if [ "$SANITIZER" = 1 ]; then
        check "a maximum-size statement converts in bounded time" timeout $((300 * TO)) "$BIN" convert -o "$T/max-out" "$T/max.txt"
    else
        check "a maximum-size statement converts within 1 GiB of address space" \
            sh -c "ulimit -v 1048576 && timeout 120 '$BIN' convert -o '$T/max-out' '$T/max.txt'"
    fi
fi

# --- file system oddities
mkdir -p "$T/odd" "$T/odd-out"
cp "$SAMPLE" "$T/odd/my statement ü.txt"
check "a file name with spaces and non-ASCII letters converts" "$BIN" convert -o "$T/odd-out" "$T/odd/my statement ü.txt"
[ -f "$T/odd-out/my statement ü.json" ] && pass "its outputs keep the name" || fail "its outputs keep the name"
LONG=$(printf '%0245d' 0)
cp "$SAMPLE" "$T/odd/$LONG.txt"
check "a 249-byte file name (near NAME_MAX) converts" "$BIN" convert -o "$T/odd-out" "$T/odd/$LONG.txt"
[ -f "$T/odd-out/$LONG.html" ] && pass "its outputs keep the long name" || fail "its outputs keep the long name"
mkdir -p "$T/dangling" "$T/dangling-out"
cp "$SAMPLE" "$T/dangling/b.txt"
ln -s "$T/nowhere" "$T/dangling/a.txt"
expect_exit 1 "a.txt: is a symbolic link; not read without --follow-symlinks" "a link in a directory is refused by name (1)" "$BIN" convert -f json -o "$T/dangling-out" "$T/dangling"
[ -f "$T/dangling-out/b.json" ] && pass "and the directory's other files are converted" || fail "and the directory's other files are converted"
expect_exit 1 "a.txt: No such file or directory" "with --follow-symlinks a dangling link is reported, not skipped (1)" "$BIN" convert --follow-symlinks -f json -o "$T/dangling-out" "$T/dangling"
# A link to a file elsewhere is never converted and published by default.
mkdir -p "$T/linked-in" "$T/linked-out"
cp "$SAMPLE" "$T/linked-in/good.txt"
ln -s /etc/passwd "$T/linked-in/passwd.txt"
expect_exit 1 "passwd.txt: is a symbolic link" "a link to /etc/passwd in an input directory is refused (1)" "$BIN" convert -q -o "$T/linked-out" "$T/linked-in"
[ -f "$T/linked-out/good.xml" ] && [ ! -e "$T/linked-out/passwd.xml" ] \
    && pass "… the other input is converted, nothing of the link's target" || fail "… the other input is converted, nothing of the link's target"
check "--follow-symlinks reads it" "$BIN" convert -q --follow-symlinks -o "$T/linked-out" "$T/linked-in"
ln -s "$(pwd)/$SAMPLE" "$T/named-link.txt"
check "a link named on the command line is read" "$BIN" convert -q -f json -o "$T/linked-out" "$T/named-link.txt"
mkfifo "$T/fifo.txt"
expect_exit 1 "fifo.txt: not a regular file" "a FIFO is refused without blocking (1)" timeout $((10 * TO)) "$BIN" convert -f json "$T/fifo.txt"
expect_exit 1 "/dev/zero: not a regular file" "a device is refused (1)" timeout $((10 * TO)) "$BIN" convert -f json /dev/zero
expect_exit 1 "render: no statement XML" "a directory without statement XML given to render is an error (1)" "$BIN" render -f json -o "$T/odd-out" "$T/odd"
mkdir -p "$T/nested/sub" "$T/nested-out"
cp "$SAMPLE" "$T/nested/a.txt"
cp "$SAMPLE" "$T/nested/sub/b.txt"
"$BIN" convert -f json -o "$T/nested-out" "$T/nested" >/dev/null 2>&1
[ -f "$T/nested-out/a.json" ] && [ ! -e "$T/nested-out/b.json" ] \
    && pass "a directory's subdirectories are not descended into" || fail "a directory's subdirectories are not descended into"
# Permissions do not bind root: as root, read as the unprivileged user.
U=$(mktemp -d)
chmod 755 "$U"
cp "$SAMPLE" "$U/unreadable.txt"
chmod 000 "$U/unreadable.txt"
AS_USER=""
if [ "$(id -u)" -eq 0 ]; then
    command -v setpriv >/dev/null && AS_USER="setpriv --reuid=nobody --regid=nogroup --clear-groups"
fi
if [ "$(id -u)" -ne 0 ] || [ -n "$AS_USER" ]; then
    expect_exit 1 "unreadable.txt: Permission denied" "an unreadable file is reported (1)" $AS_USER "$BIN" convert -f json "$U/unreadable.txt"
    mkdir -p "$U/locked"
    chmod 555 "$U/locked"
    expect_exit 1 "locked/.*cannot write: Permission denied" "an unwritable output directory is reported (1)" \
        $AS_USER "$BIN" convert -f json -o "$U/locked" "$SAMPLE"
else
    skip "an unreadable file is reported" "root without setpriv"
    skip "an unwritable output directory is reported" "root without setpriv"
fi
rm -rf "$U"
: > "$T/plainfile"
expect_exit 1 "plainfile: not a directory" "an output path that is a file is refused (1)" "$BIN" convert -o "$T/plainfile" "$SAMPLE"
expect_exit 1 "cannot create directory" "an output directory that cannot be created is reported (1)" "$BIN" convert -o "$T/plainfile/out" "$SAMPLE"

# --- batches: one bad input does not stop the others; --fail-fast does
mkdir -p "$T/batch" "$T/batch-out" "$T/ff-out"
cp "$SAMPLE" "$T/batch/a.txt"
printf 'abc\000def' > "$T/batch/b.txt"
cp "$SAMPLE" "$T/batch/c.txt"
expect_exit 1 "b.txt: binary" "a batch with a bad input exits 1" "$BIN" convert -f json -o "$T/batch-out" "$T/batch"
[ -f "$T/batch-out/c.json" ] && pass "inputs after the bad one are converted" || fail "inputs after the bad one are converted"
expect_exit 1 "b.txt: binary" "--fail-fast reports the first bad input (1)" "$BIN" convert --fail-fast -f json -o "$T/ff-out" "$T/batch"
[ -f "$T/ff-out/a.json" ] && [ ! -e "$T/ff-out/c.json" ] \
    && pass "--fail-fast stops at it" || fail "--fail-fast stops at it"
mkdir -p "$T/same" "$T/same-out"
cp "$SAMPLE" "$T/same/x.md"
cp "$SAMPLE" "$T/same/x.txt"
expect_exit 1 "x.txt: skipped: its output names are those of .*x.md" "two inputs with one output name: the second is refused (1)" \
    "$BIN" convert -f json -o "$T/same-out" "$T/same"
mkdir -p "$T/same/sub"
"$BIN" convert -f xml -o "$T/same" "$T/same/x.md" 2>/dev/null
cp "$T/same/x.xml" "$T/same/sub/x.xml"
expect_exit 1 "sub/x.xml: skipped: its output names are those of .*same/x.xml" "render refuses the second of two files with one output name (1)" \
    "$BIN" render -f json -o "$T/same-out" "$T/same/x.xml" "$T/same/sub/x.xml"

# --- writing: atomic, and failures reported
# Outputs of version A of a batch are overwritten by version B, killed
# with SIGKILL midway: every file left must be A's or B's, whole.
MANY=2000
[ "$SLOW" = 1 ] && MANY=60
mkdir -p "$T/many" "$T/refA" "$T/refB" "$T/live"
awk -v d="$T/many" -v n="$MANY" 'BEGIN { for (i = 0; i < n; i++) { f = sprintf("%s/s%05d.txt", d, i);
    print "Statement " i " on the elections in Kazakhstan.\n\n1. The EU takes note." > f; close(f) } }'
check "$MANY tiny files convert in one batch" "$BIN" convert -f json -o "$T/refA" "$T/many"
[ "$(ls "$T/refA" | wc -l)" -eq "$MANY" ] && pass "one output each" || fail "one output each ($(ls "$T/refA" | wc -l))"
cp "$T"/refA/* "$T/live/"
for f in "$T"/many/*.txt; do echo "2. A second paragraph, added later." >> "$f"; done
"$BIN" convert -f json -o "$T/refB" "$T/many" >/dev/null 2>&1
# Outputs are committed in groups (up to 128); a low descriptor limit
# makes the groups a few files each, so even the short valgrind batch
# has many commits for the kill to fall between.
sh -c "ulimit -n 48 && exec '$BIN' convert -f json -o '$T/live' '$T/many'" >/dev/null 2>&1 &
pid=$!
# Kill as soon as the first output has been replaced: midway, however
# fast or slow (valgrind) the run is.
tries=0
while ! cmp -s "$T/live/s00000.json" "$T/refB/s00000.json" && [ "$tries" -lt $((600 * TO)) ]; do
    sleep 0.05
    tries=$((tries + 1))
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
bad=0 old=0
for f in $(cd "$T/live" && ls); do
    if cmp -s "$T/live/$f" "$T/refA/$f"; then old=$((old + 1))
    elif ! cmp -s "$T/live/$f" "$T/refB/$f"; then bad=$((bad + 1)); fi
done
[ "$old" -gt 0 ] && pass "the batch was killed midway ($old of $MANY outputs still the old ones)" \
    || fail "the batch was killed midway (it had finished: the test proves nothing)"
[ "$bad" -eq 0 ] && [ "$(ls "$T/live" | wc -l)" -eq "$MANY" ] \
    && pass "after kill -9 every output is the old or the new one, whole" \
    || fail "after kill -9 every output is the old or the new one, whole ($bad partial)"
# A kill in the instant between naming the finished file and the rename
# can leave that hidden name behind; it must hold a whole output too.
partial=0
for f in $(cd "$T/live" && ls -A | grep '^\.'); do
    target=$(echo "$f" | sed 's/^\.\(.*\)\.cq[0-9a-f]*\.[0-9]*\.tmp$/\1/')
    cmp -s "$T/live/$f" "$T/refA/$target" || cmp -s "$T/live/$f" "$T/refB/$target" || partial=$((partial + 1))
done
[ "$partial" -eq 0 ] && pass "kill -9 leaves no partial file, hidden or not" || fail "kill -9 leaves no partial file, hidden or not ($partial)"
# Outputs wait in groups before their renames, holding a descriptor
# each: under a low descriptor limit the group shrinks, nothing fails.
mkdir -p "$T/lowfd"
sh -c "ulimit -n 24 && '$BIN' convert -f json,text -o '$T/lowfd' '$T/many'" >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" -eq 0 ] && [ "$(ls "$T/lowfd" | wc -l)" -eq $((2 * MANY)) ] && [ -z "$(ls -A "$T/lowfd" | grep '^\.')" ] \
    && pass "a batch under 'ulimit -n 24' writes every output" \
    || fail "a batch under 'ulimit -n 24' writes every output (exit $rc, $(ls "$T/lowfd" | wc -l) files: $(head -c 200 "$T/err"))"
mkdir -p "$T/mode"
sh -c "umask 027 && '$BIN' convert -f json -o '$T/mode' '$SAMPLE'" >/dev/null 2>&1
[ "$(stat -c %a "$T"/mode/*.json)" = 640 ] && pass "outputs are ordinary files under the caller's umask" \
    || fail "outputs are ordinary files under the caller's umask ($(stat -c %a "$T"/mode/*.json))"
# A full disk: ulimit -f makes write() fail (EFBIG) as ENOSPC would.  The
# statement's JSON is larger than the 100 blocks (50 or 100 KiB) allowed, which
# the program's own loading still fits in (ThreadSanitizer faults on its
# shadow memory under a limit of a few blocks).
mkdir -p "$T/fsz" "$T/fszref"
{
    echo "Statement on the elections in Ruritania"
    for i in $(seq 1 800); do
        printf '\nThe European Union takes note of the elections held in Ruritania on 2 May 2021 and of paragraph %s of the observers'"'"' report.\n' "$i"
    done
} > "$T/big.txt"
# The earlier output is of an earlier version of the statement, so the
# new one must be written.
mkdir -p "$T/fszold"
sed '1s/.*/Statement on the early elections in Ruritania/' "$T/big.txt" > "$T/fszold/big.txt"
"$BIN" convert -q -f json -o "$T/fszref" "$T/fszold/big.txt" 2>/dev/null
cp "$T/fszref/big.json" "$T/fsz/"
[ "$(wc -c < "$T/fszref/big.json")" -gt 110000 ] || fail "the full-disk statement's JSON is larger than the limit"
sh -c "ulimit -f 100 && '$BIN' convert -f json -o '$T/fsz' '$T/big.txt'" >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" -eq 1 ] && grep -q "big.json: cannot write: File too large" "$T/err" \
    && pass "a write that runs out of room is reported (1)" || fail "a write that runs out of room is reported (exit $rc: $(head -c 200 "$T/err"))"
check "and the earlier output is intact" cmp "$T/fsz/big.json" "$T/fszref/big.json"
[ -z "$(ls -A "$T/fsz" | grep '^\.')" ] && pass "and no temporary file is left" || fail "and no temporary file is left"
# A real full file system, where we may mount one (root in CI).
mkdir -p "$T/full"
if [ "$(id -u)" -eq 0 ] && mount -t tmpfs -o size=64k tmpfs "$T/full" 2>/dev/null; then
    MNT="$T/full"
    expect_exit 1 "cannot write: No space left on device" "a full disk is reported (1)" "$BIN" convert -f json -o "$T/full" "$T/many"
    bad=0
    for f in $(cd "$T/full" && ls); do cmp -s "$T/full/$f" "$T/refB/$f" || bad=$((bad + 1)); done
    [ "$bad" -eq 0 ] && [ -z "$(ls -A "$T/full" | grep '^\.')" ] \
        && pass "a full disk leaves only whole outputs" || fail "a full disk leaves only whole outputs ($bad partial)"
    umount "$T/full" && MNT=""
else
    skip "a full disk is reported" "cannot mount a tmpfs here"
    skip "a full disk leaves only whole outputs" "cannot mount a tmpfs here"
fi
expect_exit 1 "<stdout>: write error" "standard output on a full device is reported (1)" sh -c "'$BIN' convert -f json '$SAMPLE' > /dev/full"

# --- hostile XML: nothing loaded, nothing expanded, bounded
X=tests/fuzz/corpus/xml
expect_exit 1 "billion-laughs.xml:2: DOCTYPE declarations are not allowed" "billion laughs is refused at its DOCTYPE (1)" timeout $((10 * TO)) "$BIN" validate "$X/billion-laughs.xml"
expect_exit 1 "quadratic-blowup.xml:2: DOCTYPE" "a quadratic blowup is refused at its DOCTYPE (1)" timeout $((10 * TO)) "$BIN" validate "$X/quadratic-blowup.xml"
expect_exit 1 "DOCTYPE" "a parameter entity is refused (1)" timeout $((10 * TO)) "$BIN" render -f json "$X/parameter-entity.xml"
expect_exit 1 "DOCTYPE" "an external DTD is refused (1)" timeout $((10 * TO)) "$BIN" validate "$X/external-dtd-network.xml"
expect_exit 1 "xinclude.xml:" "XInclude is not processed (1)" "$BIN" validate "$X/xinclude.xml"
grep -q "root:" "$T/out" "$T/err" && fail "the XIncluded file was not read" || pass "the XIncluded file was not read"
# Found by fuzz-render: two origins for one field would make duplicate
# keys in the JSON provenance object; the schema refuses them.
expect_exit 1 "duplicate-origin-field.xml:61: .*Duplicate key-sequence" "two origins for one field are invalid (1)" "$BIN" render -f json "$X/duplicate-origin-field.xml"
expect_exit 1 "deep-nesting.xml:2: Excessive depth" "nesting deeper than 256 is refused (1)" timeout $((10 * TO)) "$BIN" validate "$X/deep-nesting.xml"
# libxml2 caps a text node it assembles at 10,000,000 characters; plain
# text in one piece is bounded by the file size limit instead.
awk 'BEGIN { s = "&amp;"; while (length(s) < 55000000) s = s s;
    printf "<statement xmlns=\"urn:communique:statement:1\"><title>%s</title></statement>\n", s }' > "$T/hugetext.xml"
expect_exit 1 "hugetext.xml:1: xmlSAX2Characters: huge text node" "a text node of over 10 million characters is refused (1)" timeout $((30 * TO)) "$BIN" validate "$T/hugetext.xml"
truncate -s 130M "$T/huge.xml"
expect_exit 1 "huge.xml: file too large (limit 128 MiB)" "an XML file over 128 MiB is refused (1)" timeout $((10 * TO)) "$BIN" validate "$T/huge.xml"
# Shape caps, checked on the bytes before libxml2 parses them: its
# attribute check is quadratic, and every element costs a node.
awk 'BEGIN { printf "<statement xmlns=\"urn:communique:statement:1\""
             for (i = 0; i < 100000; i++) printf " a%d=\"x\"", i; print "/>" }' > "$T/attrs.xml"
expect_exit 1 "attrs.xml:1: an element with more than 64 attributes" \
    "100,000 attributes on one element are refused before parsing (1)" timeout $((10 * TO)) "$BIN" validate "$T/attrs.xml"
[ "$(wc -l < "$T/err")" -eq 1 ] && pass "… with one message" || fail "… with one message ($(wc -l < "$T/err") lines)"
awk 'BEGIN { print "<statement xmlns=\"urn:communique:statement:1\">"
             for (i = 0; i < 50000; i++) print "<a/><a/><a/><a/><a/><a/><a/><a/><a/><a/>"; print "</statement>" }' > "$T/elements.xml"
expect_exit 1 "elements.xml:40001: more than 400000 elements" \
    "500,000 empty elements are refused at the 400,001st (1)" timeout $((10 * TO)) "$BIN" validate "$T/elements.xml"
# Attributes inside comments, CDATA and quoted values are not counted.
awk 'BEGIN { printf "<!-- "; for (i = 0; i < 100; i++) printf "a%d=\"x\" ", i; print "-->"
             printf "<statement xmlns=\"urn:communique:statement:1\" version=\"a=b=c"
             for (i = 0; i < 100; i++) printf "=="; print "\"/>" }' > "$T/not-attrs.xml"
expect_exit 1 "not-attrs.xml:2: .*statement" "'=' in comments and attribute values is not an attribute (the schema reports the element) (1)" \
    "$BIN" validate "$T/not-attrs.xml"
grep -q "attributes" "$T/err" && fail "… and no attribute cap is reported" || pass "… and no attribute cap is reported"
# At most 20 messages per document, then how many more.
# (every lines attribute of a golden document made invalid: one error each)
sed 's/lines="/lines="x/g' "$(ls tests/golden/*.xml | head -1)" > "$T/many-errors.xml"
"$BIN" validate "$T/many-errors.xml" > /dev/null 2> "$T/err"
[ "$(grep -c "many-errors.xml:[0-9]" "$T/err")" -eq 20 ] && grep -q "many-errors.xml: … [0-9]* more errors" "$T/err" \
    && pass "at most 20 messages per document, then '… N more errors'" \
    || fail "at most 20 messages per document ($(wc -l < "$T/err") lines: $(tail -1 "$T/err"))"
if command -v strace >/dev/null; then
    strace -f -qq -e signal=none -e trace=socket,connect -o "$T/strace" "$BIN" validate "$X"/*.xml >/dev/null 2>&1
    strace -f -qq -e signal=none -e trace=socket,connect -o "$T/strace2" "$BIN" render -f json "$X"/*.xml >/dev/null 2>&1
    [ ! -s "$T/strace" ] && [ ! -s "$T/strace2" ] \
        && pass "no socket is opened for any hostile XML" || fail "no socket is opened for any hostile XML: $(head -3 "$T/strace" "$T/strace2")"
else
    skip "no socket is opened for any hostile XML" "no strace"
fi

# --- hostile stylesheets: security preferences forbid file and network access
echo "secret-marker" > "$T/secret.txt"
mkdir -p "$T/evil"
cp schema/statement.xsd schema/xml.xsd schema/statement-html.xsl "$T/evil/"
cat > "$T/evil/statement-json.xsl" <<XSL
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:template match="/">{"stolen": "<xsl:value-of select="document('file://$T/secret.txt')"/><xsl:value-of select="document('http://127.0.0.1:9/x')"/>"}</xsl:template>
</xsl:stylesheet>
XSL
cat > "$T/evil/statement-text.xsl" <<XSL
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:output method="text"/>
  <xsl:template match="/"><exsl:document href="$T/pwned.txt" method="text">pwned</exsl:document>x</xsl:template>
</xsl:stylesheet>
XSL
G=$(ls tests/golden/*.xml | head -1)
expect_exit 1 "the json transform failed" "a stylesheet that reads a file fails (1)" "$BIN" render --schema-dir "$T/evil" -f json "$G"
grep -q secret-marker "$T/out" "$T/err" && fail "and the file is not read" || pass "and the file is not read"
expect_exit 1 "the text transform failed" "a stylesheet that writes a file fails (1)" "$BIN" render --schema-dir "$T/evil" -f text "$G"
[ ! -e "$T/pwned.txt" ] && pass "and the file is not written" || fail "and the file is not written"

# --- closed standard descriptors: never reused by an output (2>&-, >&-, <&-)
# (not under valgrind: it takes descriptors of its own before the program)
if [ "$SLOW" = 1 ]; then
    skip "closed descriptors: the bad input still fails the run" "valgrind holds its own descriptors"
    skip "closed standard error: no message is written into an output" "valgrind holds its own descriptors"
    skip "closed standard error: the outputs still validate" "valgrind holds its own descriptors"
else
    mkdir -p "$T/closed"
    printf 'a\000b' > "$T/closed/nul.txt"
    cp "$SAMPLE" "$T/closed/good.txt"
    "$BIN" convert -o "$T/closed/out" "$T/closed/good.txt" "$T/closed/nul.txt" 2>&- >&- <&-
    rc=$?
    [ "$rc" -ne 0 ] && pass "closed descriptors: the bad input still fails the run ($rc)" \
        || fail "closed descriptors: the bad input still fails the run ($rc)"
    if grep -l 'nul.txt' "$T/closed/out/"* >/dev/null 2>&1; then
        fail "closed standard error: no message is written into an output"
    else
        pass "closed standard error: no message is written into an output"
    fi
    check "closed standard error: the outputs still validate" "$BIN" validate "$T/closed/out/good.xml"
fi

# --- file names as data: not UTF-8 or with a control character, refused
# alone and quoted escaped; the other inputs converted and linked as ever
mkdir -p "$T/names"
cp "$SAMPLE" "$T/names/good.txt"
cp "$SAMPLE" "$T/names/esc$(printf '\033')[2J.txt"
cp "$SAMPLE" "$T/names/latin$(printf '\351').txt"
"$BIN" convert -o "$T/names/out" "$T/names" >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" -eq 1 ] && pass "hostile file names: exit 1" || fail "hostile file names: exit 1 ($rc)"
grep -qF "'$T/names/esc\\x1b[2J.txt': file name is not printable UTF-8" "$T/err" &&
    grep -qF "'$T/names/latin\\xe9.txt': file name is not printable UTF-8" "$T/err" &&
    pass "hostile file names: each named, escaped" || fail "hostile file names: each named, escaped ($(head -c 300 "$T/err"))"
if LC_ALL=C grep -q "$(printf '\033')" "$T/err"; then
    fail "hostile file names: no control byte reaches the terminal"
else
    pass "hostile file names: no control byte reaches the terminal"
fi
check "hostile file names: the good input is converted and valid" "$BIN" validate "$T/names/out/good.xml"
[ "$(ls "$T/names/out" | wc -l)" -eq 4 ] && pass "hostile file names: nothing written for them" \
    || fail "hostile file names: nothing written for them ($(ls "$T/names/out" | tr '\n' ' '))"

# --- no script from data: file names and URLs that carry a scheme
mkdir -p "$T/inj"
# (each copy one line different: the same text twice is one statement,
# which the feed would carry once)
for name in 'javascript:alert(document.domain)' 'data:text,x' 'VBScript:msgbox(1)' 'javascript%3Aalert(1)'; do
    { cat "$SAMPLE"; printf '\nCopy %s.\n' "$name"; } > "$T/inj/$name.txt"
done
cp "$SAMPLE" "$T/inj/plain.txt"
"$BIN" convert -q -o "$T/inj/out" "$T/inj" >/dev/null 2>&1
"$BIN" feed -q -o "$T/inj/site" "$T/inj/out" >/dev/null 2>&1
if grep -rliE 'href="(javascript|data|vbscript):|"url": *"(javascript|data|vbscript):' "$T/inj/out" "$T/inj/site" >/dev/null; then
    fail "file names with a scheme make no scripted link (pages, index, Atom, JSON Feed)"
else
    pass "file names with a scheme make no scripted link (pages, index, Atom, JSON Feed)"
fi
grep -q 'href="./javascript%3Aalert%28document.domain%29.html"' "$T/inj/site/index.html" \
    && pass "such a page is linked as ./NAME.html, percent-encoded" \
    || fail "such a page is linked as ./NAME.html, percent-encoded"
G=tests/golden/004_56e8e9811c1f3217.xml
for url in 'javascript:alert(1)' 'data:text/html,x' 'vbscript:x' ' javascript:alert(1)' 'JaVaScRiPt:alert(1)'; do
    sed "0,/<url>[^<]*<\/url>/s||<url>$url</url>|" "$G" > "$T/inj/post.xml"
    expect_exit 1 "" "a post URL '$url' is refused by the schema (1)" "$BIN" validate "$T/inj/post.xml"
    "$BIN" render -f html -o - "$T/inj/post.xml" > "$T/inj/post.html" 2>/dev/null
    grep -qi 'href="[^"]*script:\|href="data:' "$T/inj/post.html" \
        && fail "and render makes no link of it" || pass "and render makes no link of it ($url)"
done
R=tests/golden/000_104ce62749044fec.xml
sed '/<related>/,/<\/related>/s|file="[^"]*"|file="../../etc/x.xml"|' "$R" > "$T/inj/rel.xml"
expect_exit 1 "" "a related file with a directory is refused by the schema (1)" "$BIN" validate "$T/inj/rel.xml"

# --- outputs never touch inputs
mkdir -p "$T/same"
cp "$SAMPLE" "$T/same/s.txt"
cp "$SAMPLE" "$T/same/t.md"
cp "$SAMPLE" "$T/same.orig"
expect_exit 1 "$T/same/s.txt: is an input of this run; choose another -o" \
    "an output over an input of the run is refused (1)" "$BIN" convert -o "$T/same" "$T/same/t.md" "$T/same/s.txt"
cmp -s "$T/same/s.txt" "$T/same.orig" && pass "and the input is intact" || fail "and the input is intact"
[ ! -e "$T/same/t.xml" ] && pass "and nothing is written for the others" || fail "and nothing is written for the others"
"$BIN" convert -q -o "$T/own" "$SAMPLE" >/dev/null 2>&1
cp "$T/own/"*.html "$T/own.html"
expect_exit 1 "$T/own: is the output directory of this run; choose another -o" \
    "its own output directory as input is refused (1)" "$BIN" convert -o "$T/own" "$T/own"
# An earlier run's output directory as input: its pages are not statements.
mkdir -p "$T/own-raw"
cp "$SAMPLE" "$T/own-raw/raw.md"
"$BIN" convert -q -f xml,json,html,text,akn -o "$T/own-raw" "$T/own-raw/raw.md" >/dev/null 2>&1
"$BIN" feed -o "$T/own-raw" "$T/own-raw" >/dev/null 2>&1
"$BIN" convert -o "$T/own-again" "$T/own-raw" >/dev/null 2>"$T/err"
[ "$(ls "$T/own-again" | wc -l)" -eq 4 ] && grep -q "11 files written by communique left out" "$T/err" \
    && pass "convert of an output directory reads its raw statement only, the 11 files it wrote (search.js too) left out" \
    || fail "convert of an output directory reads its raw statement only ($(ls "$T/own-again" | wc -l) files; $(head -c 200 "$T/err"))"
# A file in the way that communique did not write is not overwritten.
mkdir -p "$T/theirs"
cp "$SAMPLE" "$T/theirs/notes.md"
printf 'my own notes\n' > "$T/theirs/notes.txt"
expect_exit 1 "theirs/notes.txt: exists and was not written by communique; move it or choose another -o" \
    "an existing file communique did not write is refused, not overwritten (1)" "$BIN" convert -o "$T/theirs" "$T/theirs/notes.md"
[ "$(cat "$T/theirs/notes.txt")" = "my own notes" ] && [ ! -e "$T/theirs/notes.xml" ] \
    && pass "… it is left as it was, and nothing is written" || fail "… it is left as it was, and nothing is written"
cmp -s "$T/own/"*.html "$T/own.html" && pass "and the earlier outputs are intact" || fail "and the earlier outputs are intact"

# --- the feed's file names cannot be taken by a statement
mkdir -p "$T/fd"
cp "$SAMPLE" "$T/fd/index.txt"
cp "$SAMPLE" "$T/fd/atom.txt"
"$BIN" convert -q -o "$T/fd/out" "$T/fd" >/dev/null 2>&1
cp "$T/fd/out/index.html" "$T/fd/index.html.orig"
cp "$T/fd/out/atom.xml" "$T/fd/atom.xml.orig"
expect_exit 1 "index.xml: its files would be overwritten by the feed's index.html" \
    "a statement whose page is index.html makes feed refuse its own directory (1)" "$BIN" feed -o "$T/fd/out" "$T/fd/out"
grep -q "atom.xml: its files would be overwritten by the feed's atom.xml" "$T/err" \
    && pass "and atom.txt's atom.xml is named too" || fail "and atom.txt's atom.xml is named too"
cmp -s "$T/fd/out/index.html" "$T/fd/index.html.orig" && cmp -s "$T/fd/out/atom.xml" "$T/fd/atom.xml.orig" \
    && [ ! -e "$T/fd/out/feed.json" ] && pass "and nothing is written over them" || fail "and nothing is written over them"

finish
