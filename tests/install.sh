#!/bin/sh
# make install / make uninstall, the installed program run from elsewhere,
# the man page and the shell completion, as TAP.  usage: tests/install.sh BIN
set -u
BIN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. tests/tap.sh
SRC=$(pwd)
SEED=$SRC/input/000_104ce62749044fec.txt

if head -c 2 "$BIN" | grep -q '#!'; then
    # check-valgrind's BIN is a wrapper script; the other runs install
    # the real program.
    skip "make install" "the program under test is a wrapper script"
    finish
    exit $?
fi

# --- install into a staging DESTDIR, run the program from another place
STAGE=$T/stage
PREFIX=/opt/communique-test
check "make install DESTDIR=... PREFIX=... succeeds" \
    make -s --no-print-directory install BUILD="$(dirname "$BIN")" DESTDIR="$STAGE" PREFIX="$PREFIX"
I=$STAGE$PREFIX
for f in bin/communique share/communique/statement.xsd share/communique/statement-json.xsl share/communique/statement.schema.json \
         share/communique/collection-atom.xsl share/man/man1/communique.1 \
         share/bash-completion/completions/communique share/zsh/site-functions/_communique; do
    [ -f "$I/$f" ] || missing="${missing:-} $f"
done
[ -z "${missing:-}" ] && pass "the program, schema, stylesheets, man page and completions are installed" \
    || fail "installed files missing:$missing"
mkdir -p "$T/elsewhere"
# From another directory, with no hint where the assets are: the copy
# installed beside the program must be the one found.
(cd "$T/elsewhere" && env -u COMMUNIQUE_SCHEMA_DIR "$I/bin/communique" convert -o out "$SEED") >"$T/out" 2>"$T/err"
[ $? -eq 0 ] && [ -f "$T/elsewhere/out/000_104ce62749044fec.json" ] \
    && pass "the installed program converts a seed from another directory" \
    || fail "the installed program converts a seed from another directory ($(head -c 300 "$T/err"))"
check "and its XML validates with the installed schema" \
    sh -c "cd '$T/elsewhere' && '$I/bin/communique' validate out/000_104ce62749044fec.xml"
# Which directory it used: a broken copy of the installed schema shows it.
cp -r "$I" "$T/moved"
echo 'not a schema' > "$T/moved/share/communique/statement.xsd"
(cd "$T/elsewhere" && env -u COMMUNIQUE_SCHEMA_DIR "$T/moved/bin/communique" validate out/000_104ce62749044fec.xml) >"$T/out" 2>"$T/err"
[ $? -eq 1 ] && grep -q "moved/bin/../share/communique/statement.xsd" "$T/err" \
    && pass "a moved tree uses the assets beside it (../share/communique)" \
    || fail "a moved tree uses the assets beside it ($(head -c 300 "$T/err"))"
(cd "$T/elsewhere" && COMMUNIQUE_SCHEMA_DIR="$I/share/communique" "$T/moved/bin/communique" validate out/000_104ce62749044fec.xml) >/dev/null 2>&1 \
    && pass "COMMUNIQUE_SCHEMA_DIR overrides the assets beside the program" \
    || fail "COMMUNIQUE_SCHEMA_DIR overrides the assets beside the program"
(cd "$T/elsewhere" && COMMUNIQUE_SCHEMA_DIR="$T/moved/share/communique" "$I/bin/communique" validate --schema-dir "$I/share/communique" out/000_104ce62749044fec.xml) >/dev/null 2>&1 \
    && pass "--schema-dir overrides COMMUNIQUE_SCHEMA_DIR" \
    || fail "--schema-dir overrides COMMUNIQUE_SCHEMA_DIR"
"$I/bin/communique" --version | grep -q "^communique [0-9]" && pass "the installed --version works" || fail "the installed --version works"

# --- the man page: well-formed mdoc, every option of every --help in it
MAN=$I/share/man/man1/communique.1
if command -v groff >/dev/null; then
    groff -mdoc -Tutf8 -ww -z "$MAN" 2>"$T/err" && [ ! -s "$T/err" ] \
        && pass "the man page formats without a warning (groff -mdoc -ww)" \
        || fail "the man page formats without a warning ($(head -c 300 "$T/err"))"
else
    skip "the man page formats without a warning" "groff is not installed"
fi
gone=""
for cmd in "" convert validate render feed; do
    for opt in $("$BIN" $cmd --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        # mdoc writes --opt as "Fl -opt"
        grep -q -- "Fl -${opt#--}\b" "$MAN" || gone="$gone $cmd:$opt"
    done
done
[ -z "$gone" ] && pass "every option of every --help is in the man page" || fail "options missing from the man page:$gone"
for ev in COMMUNIQUE_SCHEMA_DIR; do
    grep -q "Ev $ev" "$MAN" && pass "the man page documents $ev" || fail "the man page documents $ev"
done
grep -q "Sh EXIT STATUS" "$MAN" && pass "the man page has an EXIT STATUS section" || fail "the man page has an EXIT STATUS section"

# --- per-command help
for cmd in convert validate render feed; do
    "$BIN" $cmd --help > "$T/help" 2>&1 && grep -q "^communique $cmd:" "$T/help" \
        && pass "$cmd --help is that command's help (exit 0)" || fail "$cmd --help is that command's help"
done
"$BIN" feed --help | grep -q -- "--base-url" && ! "$BIN" validate --help | grep -q -- "--base-url" \
    && pass "a command's help lists only its own options" || fail "a command's help lists only its own options"

# --- bash completion: commands, options of the command, formats after -f
if command -v bash >/dev/null; then
    complete_words() { # complete_words WORD... (the last is completed)
        bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _communique; printf "%s\n" "${COMPREPLY[@]}"' \
            sh "$I/share/bash-completion/completions/communique" "$@"
    }
    [ "$(complete_words communique ren)" = render ] && pass "bash completes a command" || fail "bash completes a command ($(complete_words communique ren))"
    complete_words communique render --f | grep -qx -- --format && ! complete_words communique validate --n | grep -q . \
        && pass "bash completes the options of the command at hand" || fail "bash completes the options of the command at hand"
    [ "$(complete_words communique render -f json,ht)" = json,html ] && pass "bash completes a format list after its comma" \
        || fail "bash completes a format list after its comma ($(complete_words communique render -f json,ht))"
else
    skip "bash completion" "bash is not installed"
fi

# --- zsh completion: its dispatch, with zsh's completion helpers stubbed
#   (they print what they are asked to offer), and every option of every
#   command's --help offered.
if command -v zsh >/dev/null; then
    Z=$I/share/zsh/site-functions/_communique
    check "the zsh completion parses (zsh -n)" zsh -n "$Z"
    zsh_offers() { # zsh_offers WORD... (CURRENT is the last)
        zsh -f -c '_values() { print -r -- "values: $*" }; _arguments() { print -r -- "arguments: $*" }
                   _files() { : }; words=("${@:2}"); CURRENT=${#words}; source "$1"' zsh "$Z" "$@"
    }
    zsh_offers communique "" | grep -q "^values: command convert validate render feed" \
        && pass "zsh offers the commands first" || fail "zsh offers the commands first ($(zsh_offers communique ""))"
    zsh_offers communique render -f "" | grep "^arguments:" | grep -q -- "--format" \
        && zsh_offers communique validate "" | grep "^arguments:" | grep -vq -- "--base-url" \
        && pass "zsh offers the options of the command at hand" || fail "zsh offers the options of the command at hand"
    missing=""
    for cmd in convert validate render feed; do
        for opt in $("$BIN" $cmd --help | grep -o -- '--[a-z-]*' | sort -u); do
            zsh_offers communique $cmd "" | grep -q -- "$opt" || missing="$missing $cmd:$opt"
        done
    done
    [ -z "$missing" ] && pass "zsh offers every option each command's --help lists" || fail "zsh misses:$missing"
else
    skip "zsh completion" "zsh is not installed"
fi

# --- uninstall removes every installed file
check "make uninstall succeeds" make -s --no-print-directory uninstall BUILD="$(dirname "$BIN")" DESTDIR="$STAGE" PREFIX="$PREFIX"
left=$(find "$STAGE" -type f | wc -l)
[ "$left" -eq 0 ] && pass "make uninstall leaves no installed file" || fail "make uninstall leaves no installed file ($left left)"
finish
