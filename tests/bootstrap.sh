#!/bin/sh
# The quick start on a bare machine: `make run` in a fresh clone works on
# its first try, without uninstalling anything here.  A stand-in pkg-config
# on PATH knows no package until a stand-in apt-get has "installed" them;
# then a package "removed" again (and apt-get unable to bring it back)
# stops the next build with the deps message, not hidden by a stamp.
# usage: tests/bootstrap.sh
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. tests/tap.sh

if [ "${COMMUNIQUE_TEST_SANITIZER:-0}" = 1 ] || [ "${COMMUNIQUE_TEST_SLOW:-0}" = 1 ]; then
    skip "make run on a bare machine" "the plain build runs it"; finish; exit 0
fi
if [ "$(id -u)" != 0 ] || [ ! -d .git ] || ! command -v git >/dev/null; then
    skip "make run on a bare machine" "needs root (make deps installs as root) and a git checkout"
    finish; exit 0
fi
REAL_PKG_CONFIG=$(command -v pkg-config)
mkdir -p "$T/bin" "$T/state"
cat > "$T/bin/pkg-config" <<EOS
#!/bin/sh
[ -f "$T/state/installed" ] || exit 1
exec "$REAL_PKG_CONFIG" "\$@"
EOS
cat > "$T/bin/apt-get" <<EOS
#!/bin/sh
echo "apt-get \$*" >> "$T/state/apt-get.log"
[ -f "$T/state/broken" ] && exit 100
[ "\$1" = install ] && touch "$T/state/installed"
exit 0
EOS
chmod +x "$T/bin/pkg-config" "$T/bin/apt-get"
git clone -q . "$T/clone" || { echo "Bail out! git clone failed"; exit 1; }

PATH="$T/bin:$PATH" make -C "$T/clone" run > "$T/run.out" 2>&1
rc=$?
[ "$rc" -eq 0 ] && [ -f "$T/clone/output/index.html" ] \
    && pass "make run in a fresh clone, no package known to pkg-config yet: exit 0 on the first try" \
    || fail "make run in a fresh clone on a bare machine (exit $rc: $(tail -3 "$T/run.out" | tr '\n' ' ' | head -c 300))"
grep -q "^apt-get install .*libxml2-dev" "$T/state/apt-get.log" 2>/dev/null \
    && pass "… after installing the packages with apt-get" || fail "… after installing the packages with apt-get"

rm -f "$T/state/installed"
touch "$T/state/broken"
touch "$T/clone/src/main.c"
PATH="$T/bin:$PATH" make -C "$T/clone" > "$T/again.out" 2>&1
rc=$?
[ "$rc" -ne 0 ] && grep -q "deps:" "$T/again.out" \
    && pass "a package removed later stops the next build with the deps message" \
    || fail "a package removed later stops the next build (exit $rc: $(tail -2 "$T/again.out" | tr '\n' ' ' | head -c 300))"
finish
