#!/usr/bin/env bash
# Compare node:util performance of Node and jsrt-node.
#
#   benches/util-run.sh [binary]        (default: build/jsrt-node)
#
# Runs benches/util.js under `node` ($NODE) and under the binary, then prints
#   op  node_ops/s  jsrt-node_ops/s  ratio      (ratio = jsrt-node / node)
# Build the binary with the release profile (the default) for real numbers.
set -u

here=$(cd "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname -- "$here")
script="$here/util.js"
node_bin=${NODE:-node}
bin=${1:-build/jsrt-node}

case "$bin" in
  */*)
    if [ ! -x "$bin" ] && [ -x "$root/$bin" ]; then
      bin="$root/$bin"
    fi
    if [ ! -x "$bin" ]; then
      echo "error: binary not found or not executable: $bin" >&2
      exit 2
    fi
    ;;
  *)
    if ! command -v -- "$bin" >/dev/null 2>&1; then
      echo "error: command not found: $bin" >&2
      exit 2
    fi
    ;;
esac

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/utilbench.XXXXXX") || exit 2
trap 'rm -rf -- "$tmpdir"' EXIT

echo "running under $node_bin ..." >&2
if ! "$node_bin" "$script" >"$tmpdir/node.txt"; then
  echo "error: $node_bin $script failed" >&2
  exit 1
fi
echo "running under $bin ..." >&2
if ! "$bin" "$script" >"$tmpdir/jsrt.txt"; then
  echo "error: $bin $script failed" >&2
  exit 1
fi

awk '
  FNR == NR { if (NF == 2) { node[$1] = $2; order[++n] = $1 } next }
  NF == 2 { jsrt[$1] = $2; if (!($1 in node)) order[++n] = $1 }
  END {
    printf "%-16s %14s %16s %8s\n", "op", "node_ops/s", "jsrt-node_ops/s", "ratio"
    for (i = 1; i <= n; i++) {
      k = order[i]
      a = (k in node) ? node[k] : "-"
      b = (k in jsrt) ? jsrt[k] : "-"
      r = ((k in node) && (k in jsrt) && node[k] > 0) ? sprintf("%.2f", jsrt[k] / node[k]) : "-"
      printf "%-16s %14s %16s %8s\n", k, a, b, r
    }
  }
' "$tmpdir/node.txt" "$tmpdir/jsrt.txt"
