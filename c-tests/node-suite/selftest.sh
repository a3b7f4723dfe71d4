#!/usr/bin/env bash
# Self-test of the Node test-suite runner on a tiny fake test directory
# (selftest/): outcomes, counts, exit status, the environment each file sees,
# and --update. Usage: selftest.sh <jsrt-node-binary>
set -u
here="$(cd "$(dirname -- "$0")" && pwd)"
bin=$1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/node-suite-selftest.XXXXXX") || exit 2
trap 'rm -rf -- "$tmp"' EXIT
cp -r "$here/selftest" "$tmp/selftest"
fail=0
check() { # <what> <pattern> <file>
  if ! grep -qE -- "$2" "$3"; then echo "FAIL: $1 (no line matching: $2)"; fail=1; fi
}
export JSRT_NODE=$bin NODE= EXPECTATIONS=$tmp/selftest/expectations.txt
"$here/run.sh" "$tmp/selftest" test-demo > "$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] || { echo "FAIL: exit status $status, expected 1"; fail=1; }
check "pass" '^ok    test-demo-pass\.js' "$tmp/out"
check "expected pass that fails" '^FAIL  test-demo-fail\.js  \(exit 1\)' "$tmp/out"
check "its error" 'expected to fail' "$tmp/out"
check "skip" '^skip  test-demo-skip-fails\.js  # known reason' "$tmp/out"
check "unexpected pass" '^UNEXPECTED PASS test-demo-skip-passes\.js' "$tmp/out"
check "unlisted file is expected to pass" '^FAIL  test-demo-new\.js' "$tmp/out"
check "closing line" '^1 passed, 2 failed, 2 skipped$' "$tmp/out"
if grep -q 'test-other' "$tmp/out"; then echo "FAIL: prefix selection ran test-other.js"; fail=1; fi

"$here/run.sh" --update "$tmp/selftest" test-demo > "$tmp/out2" 2>&1
exp=$tmp/selftest/expectations.txt
check "update: pass stays" '^test-demo-pass\.js pass$' "$exp"
check "update: unexpected pass becomes pass" '^test-demo-skip-passes\.js pass$' "$exp"
check "update: reason kept" '^test-demo-skip-fails\.js skip known reason$' "$exp"
check "update: new failure gets a placeholder" '^test-demo-fail\.js skip TODO: .*expected to fail' "$exp"
check "update: flag guessed" '^test-demo-new\.js skip needs --expose-internals$' "$exp"
"$here/run.sh" "$tmp/selftest" test-demo > "$tmp/out3" 2>&1 || { echo "FAIL: run after --update is not clean"; cat "$tmp/out3"; fail=1; }
if [ "$fail" != 0 ]; then
  echo "--- first run"; cat "$tmp/out"; echo "--- expectations after --update"; cat "$exp"
  exit 1
fi
echo "node-suite runner self-test passed"
