#!/usr/bin/env bash
# Fails when include/jsrt_node.h differs from what cbindgen generates now.
set -euo pipefail
root=${1:-$(dirname "$0")/..}
cd "$root"
command -v cbindgen >/dev/null || { echo "cbindgen not installed (cargo install cbindgen --locked)"; exit 1; }
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
cbindgen --config cbindgen.toml --crate jsrt-node --output "$tmp" 2>/dev/null
if ! diff -u include/jsrt_node.h "$tmp"; then
  echo "include/jsrt_node.h is stale: run cbindgen --config cbindgen.toml --crate jsrt-node --output include/jsrt_node.h"
  exit 1
fi
echo "header is current"
