#!/usr/bin/env bash
# Compare node:buffer performance and memory of Node and jsrt-node.
#
#   benches/run-buffer.sh [binary]      (default: build/jsrt-node; use a
#                                        release build for real numbers)
#
# 1. Runs benches/buffer.js under `node` ($NODE) and the binary, then prints
#      op  node_ops/s  jsrt-node_ops/s  ratio      (ratio = jsrt-node / node)
# 2. Peak RSS (GNU time) of benches/buffer-rss.js, a 64 MiB round trip through
#    hex, base64, latin1 and utf8, under both.
# BENCH_MS (default 700) sets each op's run time; BENCH_ONLY filters ops.
# ROUNDS (default 3): both runtimes run that many times, alternating, and each
# op keeps its best rate (the machine may be shared; best-of is the stable
# statistic).
set -u

here=$(cd "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname -- "$here")
node_bin=${NODE:-node}
bin=${1:-build/jsrt-node}
case "$bin" in
  */*)
    if [ ! -x "$bin" ] && [ -x "$root/$bin" ]; then bin="$root/$bin"; fi
    if [ ! -x "$bin" ]; then echo "error: binary not found or not executable: $bin" >&2; exit 2; fi
    ;;
  *)
    if ! command -v -- "$bin" >/dev/null 2>&1; then echo "error: command not found: $bin" >&2; exit 2; fi
    ;;
esac

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/bufbench.XXXXXX") || exit 2
trap 'rm -rf -- "$tmpdir"' EXIT

rounds=${ROUNDS:-3}
: >"$tmpdir/node.txt"
: >"$tmpdir/jsrt.txt"
for r in $(seq "$rounds"); do
  echo "round $r/$rounds: $node_bin ..." >&2
  "$node_bin" "$here/buffer.js" >>"$tmpdir/node.txt" || { echo "error: node failed" >&2; exit 1; }
  echo "round $r/$rounds: $bin ..." >&2
  "$bin" "$here/buffer.js" >>"$tmpdir/jsrt.txt" || { echo "error: $bin failed" >&2; exit 1; }
done

awk '
  FNR == NR { if (NF == 2) { if (!($1 in node)) order[++n] = $1; if ($2 + 0 > node[$1] + 0) node[$1] = $2 } next }
  NF == 2 { if (!($1 in node) && !($1 in jsrt)) order[++n] = $1; if ($2 + 0 > jsrt[$1] + 0) jsrt[$1] = $2 }
  END {
    printf "%-26s %14s %16s %8s\n", "op", "node_ops/s", "jsrt-node_ops/s", "ratio"
    for (i = 1; i <= n; i++) {
      k = order[i]
      a = (k in node) ? node[k] : "-"
      b = (k in jsrt) ? jsrt[k] : "-"
      r = ((k in node) && (k in jsrt) && node[k] > 0) ? sprintf("%.2f", jsrt[k] / node[k]) : "-"
      printf "%-26s %14s %16s %8s\n", k, a, b, r
    }
  }
' "$tmpdir/node.txt" "$tmpdir/jsrt.txt"

if [ -x /usr/bin/time ]; then
  for enc in hex base64 latin1 utf8; do
    n=$(/usr/bin/time -f %M "$node_bin" "$here/buffer-rss.js" $enc 2>&1 >/dev/null | tail -1)
    j=$(/usr/bin/time -f %M "$bin" "$here/buffer-rss.js" $enc 2>&1 >/dev/null | tail -1)
    printf "peak RSS, 64 MiB %-7s round trip: node %6d KiB   jsrt-node %6d KiB\n" "$enc" "$n" "$j"
  done
fi
