#!/usr/bin/env bash
# Speed of jsrt-node against Node, measured in the same run.
#
#   benches/run.sh [binary] [suite ...]     (default: build/jsrt-node; all suites)
#
# A suite is benches/<suite>.js (path, events, util, buffer, string_decoder, stream, fs, url): a script that
# prints `op ops_per_sec` lines under both runtimes. Each runtime runs it
# ROUNDS times (default 1), alternating, and each op keeps its best rate (the
# machine may be shared; best-of is the stable statistic). Prints per suite
#   op  node_ops/s  jsrt-node_ops/s  ratio      (ratio = jsrt-node / node)
# The buffer suite also prints peak RSS of a 64 MiB round trip, the fs suite that of
# readFile of a 64 MiB file (GNU time).
# BENCH_MS / BENCH_ONLY are passed through to the scripts that read them.
# Use a release build (the CMake default) for real numbers.
set -u

here=$(cd "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname -- "$here")
node_bin=${NODE:-node}
bin=${1:-build/jsrt-node}
[ $# -gt 0 ] && shift
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(path events util buffer string_decoder stream fs url)

case "$bin" in
  */*)
    if [ ! -x "$bin" ] && [ -x "$root/$bin" ]; then bin="$root/$bin"; fi
    if [ ! -x "$bin" ]; then echo "error: binary not found or not executable: $bin" >&2; exit 2; fi
    ;;
  *)
    if ! command -v -- "$bin" >/dev/null 2>&1; then echo "error: command not found: $bin" >&2; exit 2; fi
    ;;
esac

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/jsrt-node-bench.XXXXXX") || exit 2
trap 'rm -rf -- "$tmpdir"' EXIT
rounds=${ROUNDS:-1}
status=0

for suite in "${suites[@]}"; do
  script="$here/$suite.js"
  [ -f "$script" ] || { echo "error: no benchmark $script" >&2; status=2; continue; }
  : >"$tmpdir/node.txt"
  : >"$tmpdir/jsrt.txt"
  for r in $(seq "$rounds"); do
    echo "$suite, round $r/$rounds: $node_bin ..." >&2
    "$node_bin" "$script" >>"$tmpdir/node.txt" || { echo "error: $node_bin $script failed" >&2; status=1; }
    echo "$suite, round $r/$rounds: $bin ..." >&2
    "$bin" "$script" >>"$tmpdir/jsrt.txt" || { echo "error: $bin $script failed" >&2; status=1; }
  done
  echo "== $suite"
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
  if [ "$suite" = buffer ] && [ -x /usr/bin/time ]; then
    for enc in hex base64 latin1 utf8; do
      n=$(/usr/bin/time -f %M "$node_bin" "$here/buffer-rss.js" $enc 2>&1 >/dev/null | tail -1)
      j=$(/usr/bin/time -f %M "$bin" "$here/buffer-rss.js" $enc 2>&1 >/dev/null | tail -1)
      printf "peak RSS, 64 MiB %-7s round trip: node %6d KiB   jsrt-node %6d KiB\n" "$enc" "$n" "$j"
    done
  fi
  if [ "$suite" = fs ] && [ -x /usr/bin/time ]; then
    n=$(/usr/bin/time -f %M "$node_bin" "$here/fs-rss.js" 2>&1 >/dev/null | tail -1)
    j=$(/usr/bin/time -f %M "$bin" "$here/fs-rss.js" 2>&1 >/dev/null | tail -1)
    printf "peak RSS, readFile of a 64 MiB file: node %6d KiB   jsrt-node %6d KiB\n" "$n" "$j"
  fi
done
exit $status
