#!/bin/sh
# A statement's files are one commit: after a failed write, sync, link or
# rename at any point of a run, after SIGKILL at any of them, and with two
# runs writing one directory at once, each statement's four files are all
# the old ones or all the new ones; the next run completes or removes what
# a dead run left, and leaves no hidden file.  The faults come from an
# LD_PRELOAD shim (tests/fault/fault.c) that fails, or kills the process
# at, the Nth call of one operation, for every N of a small batch.
# usage: tests/faults.sh BIN FAULT_SO
set -u
BIN=$1
SHIM=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. tests/tap.sh

if [ "${COMMUNIQUE_TEST_SANITIZER:-0}" = 1 ] || [ "${COMMUNIQUE_TEST_SLOW:-0}" = 1 ] || [ ! -f "$SHIM" ]; then
    # An uninstrumented shim cannot be preloaded before a sanitizer's
    # runtime, nor under valgrind; the plain build runs these.
    skip "fault injection" "not with sanitizers or valgrind"
    finish
    exit 0
fi
SHIM=$(cd "$(dirname "$SHIM")" && pwd)/$(basename "$SHIM")

# Version A and version B of three statements (B has one more paragraph,
# so all four files of each differ).
mkdir -p "$T/a" "$T/b"
for f in $(ls input/*.txt | head -3); do
    cp "$f" "$T/a/"
    { cat "$f"; printf '\nA paragraph that only the second version of this statement has.\n'; } \
        > "$T/b/$(basename "$f")"
done
"$BIN" convert -q -o "$T/ref-a" "$T/a" && "$BIN" convert -q -o "$T/ref-b" "$T/b" \
    || { echo "Bail out! the reference conversions failed"; exit 1; }
STEMS=$(ls "$T/ref-a" | sed 's/\.[a-z]*$//' | sort -u)

# state DIR: prints "mixed STEM" for each statement whose files are
# neither all A's nor all B's, and "hidden NAME" for each hidden file.
state() {
    for s in $STEMS; do
        a=0 b=0
        for ext in xml json html txt; do
            cmp -s "$1/$s.$ext" "$T/ref-a/$s.$ext" && a=$((a + 1))
            cmp -s "$1/$s.$ext" "$T/ref-b/$s.$ext" && b=$((b + 1))
        done
        [ "$a" -eq 4 ] || [ "$b" -eq 4 ] || echo "mixed $s (A $a, B $b)"
    done
}
hidden() { ls -A "$1" | grep '^\.' | sed 's/^/hidden /'; }

# run_faulty OP N [KILL]: converts B over a copy of A's outputs, the Nth
# call of OP failing (or killing the run).
run_faulty() {
    rm -rf "$T/w" && cp -r "$T/ref-a" "$T/w"
    COMMUNIQUE_FAULT_OP=$1 COMMUNIQUE_FAULT_N=$2 COMMUNIQUE_FAULT_KILL=${3:-0} \
        COMMUNIQUE_FAULT_ERRNO=${4:-EIO} LD_PRELOAD="$SHIM" \
        "$BIN" convert -q -o "$T/w" "$T/b" >/dev/null 2>&1
}

# recover_w: a run of another input into $T/w (which recovers what a
# dead run left there), its own outputs then removed; holds REF: $T/w is
# REF's statements exactly, with no hidden file left.
recover_w() {
    "$BIN" convert -q -o "$T/w" "$T/other" >/dev/null 2>&1
    rm -f "$T"/w/other.*
}
holds() { diff -r -q "$T/w" "$1" >/dev/null && [ -z "$(hidden "$T/w")" ]; }
why_not() { echo "$(diff -r -q "$T/w" "$1" | head -c 200); $(hidden "$T/w" | head -c 200)"; }

for spec in write:ENOSPC write:EIO syncfs:EIO linkat:EIO rename:EIO; do
    op=${spec%%:*} err=${spec#*:}
    rm -rf "$T/w" && cp -r "$T/ref-a" "$T/w"
    COMMUNIQUE_FAULT_OP=$op COMMUNIQUE_FAULT_N=0 COMMUNIQUE_FAULT_COUNT="$T/count" LD_PRELOAD="$SHIM" \
        "$BIN" convert -q -o "$T/w" "$T/b" >/dev/null 2>&1
    calls=$(cat "$T/count" 2>/dev/null || echo 0)
    bad="" after=""
    for k in $(seq 1 "$calls"); do
        run_faulty "$op" "$k" 0 "$err"
        bad="$bad$(state "$T/w" | sed "s/^/$op#$k: /")"
        "$BIN" convert -q -o "$T/w" "$T/b" >/dev/null 2>&1
        after="$after$(state "$T/w"; hidden "$T/w"; diff -r -q "$T/w" "$T/ref-b" >/dev/null || echo "not B")"
    done
    [ "$calls" -gt 0 ] && [ -z "$bad" ] \
        && pass "$op failing ($err) at each of its $calls calls: every statement all old or all new" \
        || fail "$op failing ($err) at each of its $calls calls: $(echo "$bad" | head -c 300)"
    [ -z "$after" ] && pass "… and the next run writes them all, leaving no hidden file" \
        || fail "… and the next run writes them all, leaving no hidden file: $(echo "$after" | head -c 300)"
done

# SIGKILL at each write, link and rename: a statement caught between its
# renames is completed by the next run into the directory, even one that
# converts something else.
mkdir -p "$T/other"
printf 'Statement on something else\n\nA text of its own, converted into the same directory.\n' > "$T/other/other.txt"
for op in write linkat rename; do
    rm -rf "$T/w" && cp -r "$T/ref-a" "$T/w"
    COMMUNIQUE_FAULT_OP=$op COMMUNIQUE_FAULT_N=0 COMMUNIQUE_FAULT_COUNT="$T/count" LD_PRELOAD="$SHIM" \
        "$BIN" convert -q -o "$T/w" "$T/b" >/dev/null 2>&1
    calls=$(cat "$T/count" 2>/dev/null || echo 0)
    bad=""
    for k in $(seq 1 "$calls"); do
        run_faulty "$op" "$k" 1
        recover_w
        bad="$bad$(state "$T/w" | sed "s/^/$op#$k: /"; hidden "$T/w" | sed "s/^/$op#$k: /")"
    done
    [ "$calls" -gt 0 ] && [ -z "$bad" ] \
        && pass "SIGKILL at each of $calls ${op}s, then a run of another input: all old or all new, nothing hidden left" \
        || fail "SIGKILL at each of $calls ${op}s: $(echo "$bad" | head -c 300)"
done

# A dead run's journal is completed only while the set is what it
# describes.  Killed between the renames of its first statement, then a
# later run (that did not see the journal) replaces every statement with a
# version C: the next recovery must not put the dead run's pending files
# over C's.
mkdir -p "$T/c-in"
for f in "$T"/a/*.txt; do
    { cat "$f"; printf '\nA paragraph that only the third version of this statement has.\n'; } \
        > "$T/c-in/$(basename "$f")"
done
"$BIN" convert -q -o "$T/ref-c" "$T/c-in" || { echo "Bail out! the C conversion failed"; exit 1; }
run_faulty rename 2 1
journals=$(ls -A "$T/w" | grep -c '\.commit$')
for f in $(ls "$T/ref-c"); do cp "$T/ref-c/$f" "$T/w/.new" && mv "$T/w/.new" "$T/w/$f"; done
recover_w
[ "$journals" -gt 0 ] && holds "$T/ref-c" \
    && pass "a dead run's journal does not roll forward over statements a later run replaced" \
    || fail "a dead run's journal does not roll forward over statements a later run replaced ($journals journals; $(why_not "$T/ref-c"))"

# A run whose targets another run replaces while it waits for its sync
# gives way: it does not rename over them.  Killed at its second rename
# it would otherwise leave a statement mixed of the two runs (its journal
# recording the inodes it saw before the sync).
rm -rf "$T/w" && cp -r "$T/ref-a" "$T/w"
COMMUNIQUE_FAULT_PAUSE=syncfs:3 COMMUNIQUE_FAULT_OP=rename COMMUNIQUE_FAULT_N=2 COMMUNIQUE_FAULT_KILL=1 \
    LD_PRELOAD="$SHIM" "$BIN" convert -q -o "$T/w" "$T/b" >/dev/null 2>&1 &
slow=$!
sleep 1
"$BIN" convert -q -o "$T/w" "$T/c-in" >/dev/null 2>&1
wait "$slow" 2>/dev/null
recover_w
holds "$T/ref-c" \
    && pass "a run whose targets were replaced during its sync gives way: the later run's statements stay whole" \
    || fail "a run whose targets were replaced during its sync gives way ($(state "$T/w" | head -c 200); $(why_not "$T/ref-c"))"

# A power cut before the sync can leave a journal whose temporaries never
# got their data: killed before the first rename, with every temporary then
# emptied, the next run must keep the old files, not rename empty ones in.
run_faulty rename 1 1
emptied=0
for f in $(ls -A "$T/w" | grep '\.tmp$'); do : > "$T/w/$f"; emptied=$((emptied + 1)); done
recover_w
[ "$emptied" -gt 0 ] && holds "$T/ref-a" \
    && pass "a journal whose temporaries lost their data is dropped: the old files stay" \
    || fail "a journal whose temporaries lost their data is dropped ($emptied emptied; $(why_not "$T/ref-a"))"

# Who owns a hidden file is decided by its lock, never by a pid (another
# container's run may have any pid): a locked one is left alone, an
# unlocked one of ours is removed, and a user's file that merely looks
# hidden (".notes.1.2.tmp") is never touched.
rm -rf "$T/w" && cp -r "$T/ref-a" "$T/w"
live="$T/w/.x.json.cq0123456789abcdef.7.tmp"
echo data > "$live"
echo mine > "$T/w/.notes.1.2.tmp"
# (the shell becomes the sleep, so killing it lets the lock go)
sh -c 'exec 9<"$1" && flock -x 9 && exec sleep 30' sh "$live" &
holder=$!
sleep 0.3
"$BIN" convert -q -o "$T/w" "$T/other" >/dev/null 2>&1
[ -f "$live" ] && pass "a hidden file another process holds locked is left alone" \
    || fail "a hidden file another process holds locked is left alone"
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null
"$BIN" convert -q -o "$T/w" "$T/other" >/dev/null 2>&1
[ ! -e "$live" ] && [ -f "$T/w/.notes.1.2.tmp" ] \
    && pass "… removed once unlocked; a user's look-alike hidden file stays" \
    || fail "… removed once unlocked; a user's look-alike hidden file stays ($(ls -A "$T/w" | grep '^\.' | tr '\n' ' '))"

# A live run's journal vouches for the temporaries it names, whose own
# descriptors (and locks) that run has let go: a run into the directory
# meanwhile leaves them; once the journal's owner is gone, the next run
# completes the set (the temporary holds the bytes the journal records).
rm -rf "$T/v" && mkdir -p "$T/v"
tmp=".t.json.cq0123456789abcdef.1.tmp"
printf '{"vouched": true}\n' > "$T/v/$tmp"
python3 - "$T/v" "$tmp" <<'PY'
import os, sys
d, tmp = sys.argv[1], sys.argv[2]
data = open(os.path.join(d, tmp), "rb").read()
h = 0xcbf29ce484222325
for b in data:
    h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
body = b"communique commit 2\n" + tmp.encode() + b"\0t.json\0" + b"0 %x %x\0" % (len(data), h) + b"end\n"
open(os.path.join(d, ".t.json.cq0123456789abcdef.2.commit"), "wb").write(body)
PY
sh -c 'exec 9<"$1" && flock -x 9 && exec sleep 30' sh "$T/v/.t.json.cq0123456789abcdef.2.commit" &
holder=$!
sleep 0.3
"$BIN" convert -q -o "$T/v" "$T/other" >/dev/null 2>&1
[ -f "$T/v/$tmp" ] && [ ! -e "$T/v/t.json" ] \
    && pass "a live journal's temporaries are left alone, though unlocked" \
    || fail "a live journal's temporaries are left alone, though unlocked"
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null
"$BIN" convert -q -o "$T/v" "$T/other" >/dev/null 2>&1
[ ! -e "$T/v/$tmp" ] && [ "$(cat "$T/v/t.json" 2>/dev/null)" = '{"vouched": true}' ] && [ -z "$(hidden "$T/v")" ] \
    && pass "… and completed once its run is gone" || fail "… and completed once its run is gone ($(ls -A "$T/v" | tr '\n' ' '))"

# Two runs at once into one directory, A's and B's: each statement whole.
bad=""
for k in 1 2 3 4 5 6; do
    rm -rf "$T/c"
    "$BIN" convert -q -o "$T/c" "$T/a" >/dev/null 2>&1 &
    p1=$!
    "$BIN" convert -q -o "$T/c" "$T/b" >/dev/null 2>"$T/c.err"
    r2=$?
    wait "$p1"
    r1=$?
    [ "$r1" -eq 0 ] && [ "$r2" -eq 0 ] || bad="$bad run $k: exits $r1 $r2 ($(head -c 100 "$T/c.err"));"
    bad="$bad$(state "$T/c"; hidden "$T/c")"
done
[ -z "$bad" ] && pass "two concurrent runs creating one -o directory: both succeed, every statement whole" \
    || fail "two concurrent runs into one directory: $(echo "$bad" | head -c 300)"
# An input rewritten after the link pass read it is read again by the
# conversion pass: its files are of the bytes on disk then (digest and
# text), never the link pass's document under them.  Each output write
# of the first statement pauses, and the second input is rewritten
# meanwhile (-j 1: the first statement is converted first).
mkdir -p "$T/edit"
first=$(ls input/*.txt | head -1); second=$(ls input/*.txt | sed -n 2p)
cp "$first" "$T/edit/1.txt"
cp "$second" "$T/edit/2.txt"
COMMUNIQUE_FAULT_PAUSE=write:0.4 LD_PRELOAD="$SHIM" "$BIN" convert -q -j 1 -o "$T/edit-out" "$T/edit" \
    >/dev/null 2>"$T/edit.err" &
editor=$!
sleep 0.6
{ cat "$second"; printf '\nA paragraph written while the conversion was running.\n'; } > "$T/edit/2.new"
mv "$T/edit/2.new" "$T/edit/2.txt"
wait "$editor"
rc=$?
digest=$(sha256sum "$T/edit/2.txt" | cut -d' ' -f1)
[ "$rc" -eq 0 ] && grep -q "sha256=\"$digest\"" "$T/edit-out/2.xml" \
    && grep -q "written while the conversion was running" "$T/edit-out/2.xml" \
    && pass "an input rewritten between the link and the conversion pass is converted as it is then" \
    || fail "an input rewritten between the passes: exit $rc, $(grep -o 'sha256="[0-9a-f]*"' "$T/edit-out/2.xml" 2>/dev/null) vs $digest; $(head -c 200 "$T/edit.err")"
finish
