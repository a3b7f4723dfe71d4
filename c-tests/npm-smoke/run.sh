#!/usr/bin/env bash
# npm packages under the reference host and under node, compared.
#
#   c-tests/npm-smoke/run.sh [binary]     (default: build/jsrt-node)
#
# Installs package.json's exact versions (needs the npm registry, so this is
# not part of .ci/test) into a scratch directory, runs each smoke*.js there
# with node and with the binary, and diffs their stdout. Each script prints
# one line per package (a value it computed through fs, streams, events,
# buffer, util, ...); a line that differs is a behaviour to look at. The
# scripts print nothing that depends on the machine or the clock.
# SMOKE_DIR keeps the installed packages between runs (default: a temp dir).
set -u
here=$(cd "$(dirname -- "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:-$root/build/jsrt-node}
[ -x "$bin" ] || { echo "npm-smoke: no binary at $bin" >&2; exit 2; }
work=${SMOKE_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/jsrt-node-npm-smoke.XXXXXX")}
mkdir -p "$work"
cp "$here/package.json" "$here"/smoke*.js "$here"/smoke*.mjs "$work/"
(cd "$work" && npm install --no-audit --no-fund --ignore-scripts --loglevel=error) || { echo "npm-smoke: npm install failed" >&2; exit 2; }
status=0
for s in "$work"/smoke*.js "$work"/smoke*.mjs; do
  name=$(basename "$s")
  (cd "$work" && timeout 120 node "$name") > "$work/$name.node" 2>&1
  (cd "$work" && timeout 120 "$bin" "$name") > "$work/$name.ours" 2>&1
  if diff "$work/$name.node" "$work/$name.ours" > "$work/$name.diff"; then
    echo "ok   $name ($(wc -l < "$work/$name.node") lines)"
  else
    echo "DIFF $name"; cat "$work/$name.diff"; status=1
  fi
done
exit $status
