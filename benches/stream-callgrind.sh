#!/usr/bin/env bash
# Instructions per run of each benches/stream.js scenario (callgrind), for
# comparing implementations on the same engine without the machine's load in
# the way (docs/STREAMS.md §5):
#
#   benches/stream-callgrind.sh [binary] [stream-impl]
#
# binary defaults to build/jsrt-node; stream-impl is passed as STREAM_IMPL
# (e.g. the path of npm's readable-stream@4), empty for node:stream. Each
# scenario runs 2 and 6 times in fresh processes; prints
# (I(6) - I(2)) / 4, which leaves out start-up and most of the collector's timing.
set -eu
here=$(cd "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
bin=${1:-build/jsrt-node}
impl=${2:-}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
count() { # scenario runs
  STREAM_IMPL=$impl BENCH_ONLY=$1 BENCH_RUNS=$2 valgrind --tool=callgrind \
    --callgrind-out-file="$out/cg" "$bin" "$here/stream.js" 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
for s in bytes_16MiB objects_10k for_await_10k; do
  lo=$(count "$s" 2)
  hi=$(count "$s" 6)
  echo "$s $(( (hi - lo) / 4 ))"
done
