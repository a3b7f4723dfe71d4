#!/usr/bin/env bash
# Host-engine mode with a header directory but no engine library must stop at
# configure time and name both ways out (not fail later at link time with
# undefined JS_* references).
#   check-host-misconfig.sh <source dir> <a dir holding a quickjs.h>
set -u
src=$1; qjs=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/misconfig.XXXXXX") || exit 2
trap 'rm -rf -- "$tmp"' EXIT
if cmake -S "$src" -B "$tmp" -DJSRT_NODE_ENGINE=host -DJSRT_NODE_QUICKJS_DIR="$qjs" >"$tmp/log" 2>&1; then
  echo "FAIL: configure succeeded"; exit 1
fi
for word in JSRT_NODE_QUICKJS_TARGET JSRT_NODE_BUILD_HOST_QUICKJS; do
  tr -s ' \n' ' ' <"$tmp/log" | grep -q -- "$word" || { echo "FAIL: message lacks $word"; cat "$tmp/log"; exit 1; }
done
echo "ok: configure stopped with the message"
