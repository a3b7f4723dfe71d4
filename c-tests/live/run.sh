#!/usr/bin/env bash
# Live comparison with node: runs each file under `node` and under the
# reference host in the same directory, now, and compares stdout and exit
# status. For output that is a fact of the machine (host name, kernel, memory,
# CPUs, network, user) or would be, and so may never sit in a committed
# .expected file.
#
#   run.sh <jsrt-node-binary> <file.js|file.mjs>...
#
# Prints "ok"/"FAIL" per file and "N passed, N failed". Without node on PATH
# ($NODE overrides) it says so and exits 77 (ctest's SKIP_RETURN_CODE).
set -u
[ $# -ge 2 ] || { echo "usage: $0 <jsrt-node-binary> <file>..." >&2; exit 2; }
bin=$(cd "$(dirname -- "$1")" && pwd)/$(basename -- "$1"); shift
node=${NODE:-node}
if ! command -v "$node" >/dev/null 2>&1; then
  echo "skipped: no node on PATH to compare with"
  exit 77
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/live.XXXXXX") || exit 2
trap 'rm -rf -- "$tmp"' EXIT
passed=0; failed=0
for f in "$@"; do
  dir=$(dirname -- "$f"); base=$(basename -- "$f")
  (cd -- "$dir" && exec timeout -k 5 20 "$node" "$base") >"$tmp/want" 2>/dev/null </dev/null; want=$?
  (cd -- "$dir" && exec timeout -k 5 20 "$bin" "$base") >"$tmp/got" 2>"$tmp/err" </dev/null; got=$?
  if [ "$want" = "$got" ] && cmp -s "$tmp/want" "$tmp/got"; then
    echo "ok $f"; passed=$((passed + 1))
  else
    echo "FAIL $f (exit: node $want, jsrt-node $got)"
    diff -u --label node --label jsrt-node "$tmp/want" "$tmp/got" | head -n 40 | sed 's/^/    /'
    [ -s "$tmp/err" ] && head -n 20 "$tmp/err" | sed 's/^/    stderr: /'
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
