#!/bin/sh
# Runs every TAP test program and the CLI tests; ends with the plain
# count line "N passed, N failed".  usage: tests/run.sh BIN UNIT_TEST...
BIN=$1; shift
passed=0
failed=0
run_tap() {
    out=$("$@" 2>&1)
    status=$?
    echo "$out" | grep -v '^ok '
    p=$(echo "$out" | grep -c '^ok ')
    f=$(echo "$out" | grep -c '^not ok ')
    # A program that crashed, leaked under a sanitizer or stopped early
    # fails even if every line it printed was "ok".
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "not ok - $1 exited with status $status"
        f=1
    fi
    echo "# $1: $p passed, $f failed"
    passed=$((passed + p))
    failed=$((failed + f))
}
# RUN (optional) prefixes every test program, e.g. a valgrind command.
for t in "$@"; do
    run_tap $RUN "$t"
done
# Every fuzz harness replays the committed corpus (hostile samples and
# the crashes fuzzing found) and the inputs the other tests use.
TESTS=$(dirname "$BIN")/tests
run_tap $RUN "$TESTS/replay-convert" input/* tests/eval/input/* tests/fuzz/corpus/raw/*
run_tap $RUN "$TESTS/replay-validate" tests/golden/*.xml tests/fuzz/corpus/xml/*
run_tap $RUN "$TESTS/replay-render" tests/golden/*.xml tests/fuzz/corpus/xml/*
run_tap sh tests/cli.sh "$BIN" "$TESTS/jsoncheck"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
