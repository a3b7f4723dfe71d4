#!/usr/bin/env bash
# Differential testing against node: runs c-tests/differential/gen.js with the
# same module, seed and count under node and under the reference host, and
# classifies each line:
#   equal        same output;
#   engine text  both threw the same error class without a Node `code`, and
#                only the engine-worded message differs;
#   known        listed in known-differences.txt (a pattern and a reason);
#   mismatch     anything else (printed, fails the run).
#
#   run.sh <jsrt-node-binary> [--seed N] [--count N] [module...]
#
# Modules default to all (path buffer util string_decoder events parse_args fs stream). Without
# node on PATH it says so and exits 77. A bounded sweep: the default count.
# fs cases make files and stream cases wait for the event loop, so those two
# run a tenth and a quarter of the count (about the time of the others).
set -u
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] || { echo "usage: $0 <jsrt-node> [--seed N] [--count N] [module...]" >&2; exit 2; }
bin=$(cd "$(dirname -- "$1")" && pwd)/$(basename -- "$1"); shift
seed=${SEED:-20261206}; count=${COUNT:-3000}; mods=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed=$2; shift ;;
    --count) count=$2; shift ;;
    *) mods+=("$1") ;;
  esac
  shift
done
[ ${#mods[@]} -gt 0 ] || mods=(path buffer util string_decoder events parse_args fs stream)
node=${NODE:-node}
export TZ=UTC LC_ALL=C
command -v "$node" >/dev/null 2>&1 || { echo "skipped: no node on PATH to compare with"; exit 77; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/differential.XXXXXX") || exit 2
trap 'rm -rf -- "$tmp"' EXIT
total_bad=0
for m in "${mods[@]}"; do
  start=$(date +%s)
  case "$m" in
    fs) n=$(( (count + 9) / 10 )) ;;
    stream) n=$(( (count + 3) / 4 )) ;;
    *) n=$count ;;
  esac
  (cd "$tmp" && timeout -k 5 300 "$node" "$here/gen.js" "$m" "$seed" "$n") >"$tmp/$m.node" 2>/dev/null
  rn=$?
  (cd "$tmp" && timeout -k 5 300 "$bin" "$here/gen.js" "$m" "$seed" "$n") >"$tmp/$m.ours" 2>"$tmp/$m.err"
  ro=$?
  python3 "$here/compare.py" "$m" "$tmp/$m.node" "$tmp/$m.ours" "$here/known-differences.txt" "$rn" "$ro" "$tmp/$m.err"
  bad=$?
  echo "  ($m: seed $seed, $n cases, $(( $(date +%s) - start )) s)"
  total_bad=$((total_bad + bad))
done
if [ "$total_bad" -eq 0 ]; then echo "differential: no unexplained mismatch"; else echo "differential: $total_bad module(s) with mismatches"; fi
[ "$total_bad" -eq 0 ]
