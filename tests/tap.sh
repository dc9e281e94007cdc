# TAP helpers shared by the shell tests; source after setting T (a
# temporary directory).  Each test prints "ok N - name" or "not ok N - name".
n=0
fails=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); fails=$((fails + 1)); echo "not ok $n - $1"; }
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
check() { # check NAME CMD... : passes when CMD succeeds
    name=$1; shift
    if "$@" >/dev/null 2>&1; then pass "$name"; else fail "$name"; fi
}
# expect_exit CODE STDERR_PATTERN NAME CMD...  (stdout in $T/out, stderr in $T/err)
expect_exit() {
    code=$1 pattern=$2 name=$3; shift 3
    "$@" >"$T/out" 2>"$T/err"
    rc=$?
    if [ "$rc" -eq "$code" ] && grep -q -- "$pattern" "$T/err"; then
        pass "$name"
    else
        fail "$name (exit $rc, stderr: $(head -c 200 "$T/err"))"
    fi
}
finish() {
    echo "1..$n"
    [ "$fails" -eq 0 ]
}
