#!/bin/sh
# Runs every TAP test program and the shell tests; ends with the plain
# count line "N passed, N failed".  usage: tests/run.sh BIN UNIT_TEST...
#   TESTS_DIR  where the replay programs, jsoncheck and htmlcheck are (default:
#              BIN's directory/tests)
#   RUN        a command that prefixes every test program, e.g. valgrind
#              (BIN itself is then a wrapper script that does the same)
BIN=$1; shift
TESTS_DIR=${TESTS_DIR:-$(dirname "$BIN")/tests}
RUN=${RUN:-}
passed=0
failed=0
run_tap() { # run_tap NAME CMD...
    name=$1; shift
    out=$("$@" 2>&1)
    status=$?
    # Shown: failures, diagnostics, sanitizer reports; not the passes nor
    # the one-line errors the tool is expected to print for bad input.
    echo "$out" | grep -v '^ok \|^communique: '
    p=$(echo "$out" | grep -c '^ok ')
    f=$(echo "$out" | grep -c '^not ok ')
    # A program that crashed, leaked under a sanitizer or valgrind, or
    # stopped early fails even if every line it printed was "ok".
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "not ok - $name exited with status $status"
        f=1
    fi
    echo "# $name: $p passed, $f failed"
    passed=$((passed + p))
    failed=$((failed + f))
}
for t in "$@"; do
    run_tap "$(basename "$t")" $RUN "$t"
done
# Every fuzz harness replays the committed corpus (hostile samples and
# the crashes fuzzing found) and the inputs the other tests use.
run_tap replay-convert $RUN "$TESTS_DIR/replay-convert" input/* tests/eval/input/* tests/fuzz/corpus/raw/*
run_tap replay-validate $RUN "$TESTS_DIR/replay-validate" tests/golden/*.xml tests/fuzz/corpus/xml/*
run_tap replay-render $RUN "$TESTS_DIR/replay-render" tests/golden/*.xml tests/fuzz/corpus/xml/*
run_tap cli.sh sh tests/cli.sh "$BIN" "$TESTS_DIR/jsoncheck"
run_tap hostile.sh sh tests/hostile.sh "$BIN" "$TESTS_DIR/jsoncheck"
run_tap pdf.sh sh tests/pdf.sh "$BIN"
run_tap linear.sh sh tests/linear.sh "$BIN"
run_tap bootstrap.sh sh tests/bootstrap.sh
run_tap faults.sh sh tests/faults.sh "$BIN" "$TESTS_DIR/fault.so"
run_tap install.sh sh tests/install.sh "$BIN"
run_tap contracts.sh sh tests/contracts.sh "$BIN"
run_tap akn.sh sh tests/akn.sh "$BIN"
run_tap html.sh sh tests/html.sh "$BIN"
run_tap feed.sh sh tests/feed.sh "$BIN" "$TESTS_DIR/jsoncheck" "$TESTS_DIR/htmlcheck"
run_tap extract.sh sh tests/extract.sh "$BIN" "$TESTS_DIR/extract-match"
run_tap eval.sh sh tests/eval.sh "$BIN" "$TESTS_DIR/eval-score" "$(dirname "$BIN")/eval"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
