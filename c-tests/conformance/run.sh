#!/usr/bin/env bash
# Conformance runner.
#
#   run.sh <jsrt-node-binary> <dir-or-file>...
#
# Each *.js / *.mjs case with a sibling <case>.expected is run as
#   cd <case dir> && <binary> <case file>
# with a 20 s timeout, stdin from /dev/null or, when a sibling <case>.stdin
# exists, that file through a pipe. Its stdout must equal the .expected file
# byte for byte and it must exit 0. Prints "ok <name>" or "FAIL <name>" per case, then
# "N passed, N failed". Exits 1 if any case failed.
#
# Directories are searched recursively; files named on the command line are
# run even if they are not inside a searched directory.
#
# REFRESH=1 run.sh <ignored> <dir-or-file>...
#   regenerates the .expected files from Node instead ($NODE, default "node"):
#   stdout only, stderr discarded. In a directory only cases that already have
#   a .expected file are refreshed; a case file named explicitly is always
#   (re)generated, which is how a new case gets its first .expected file.
set -u

usage() {
  echo "usage: $0 <path-to-jsrt-node-binary> <dir-or-file>..." >&2
  echo "       REFRESH=1 $0 <ignored> <dir-or-file>...   (regenerate .expected with node)" >&2
  exit 2
}

[ "$#" -ge 2 ] || usage

bin=$1
shift
refresh=${REFRESH:-0}
[ "$refresh" = "0" ] && refresh=""
timeout_s=${CASE_TIMEOUT:-20}

if [ -n "$refresh" ]; then
  bin=${NODE:-node}
fi

# A binary given as a path (contains a slash) must survive the cd into the
# case directory; a bare command name is looked up on PATH.
case "$bin" in
  */*)
    if [ ! -x "$bin" ]; then
      echo "error: binary not found or not executable: $bin" >&2
      exit 2
    fi
    bin="$(cd "$(dirname -- "$bin")" && pwd)/$(basename -- "$bin")"
    ;;
  *)
    if ! command -v -- "$bin" >/dev/null 2>&1; then
      echo "error: command not found: $bin" >&2
      exit 2
    fi
    ;;
esac

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/conformance.XXXXXX") || exit 2
trap 'rm -rf -- "$tmpdir"' EXIT

cases=()
add_case() {  # $1 = case file, $2 = 1 if named explicitly
  local f=$1
  case "$f" in
    *.js|*.mjs) ;;
    *) return ;;
  esac
  local exp="${f%.*}.expected"
  if [ -f "$exp" ] || { [ -n "$refresh" ] && [ "$2" = 1 ]; }; then
    cases+=("$f")
  fi
}

for arg in "$@"; do
  if [ -d "$arg" ]; then
    while IFS= read -r -d '' f; do
      add_case "$f" 0
    done < <(find "$arg" -type f \( -name '*.js' -o -name '*.mjs' \) -print0 | LC_ALL=C sort -z)
  elif [ -f "$arg" ]; then
    add_case "$arg" 1
  else
    echo "error: no such file or directory: $arg" >&2
    exit 2
  fi
done

passed=0
failed=0

for f in "${cases[@]+"${cases[@]}"}"; do
  name=$f
  dir=$(dirname -- "$f")
  base=$(basename -- "$f")
  exp="${f%.*}.expected"
  out="$tmpdir/stdout"
  err="$tmpdir/stderr"

  input="${f%.*}.stdin"
  if [ -f "$input" ]; then
    # A pipe, as in `producer | node case.js`; rc is the program's status.
    cat -- "$input" | ( cd -- "$dir" && exec timeout -k 5 "$timeout_s" "$bin" "$base" ) >"$out" 2>"$err"
    rc=$?
  else
    ( cd -- "$dir" && exec timeout -k 5 "$timeout_s" "$bin" "$base" ) >"$out" 2>"$err" </dev/null
    rc=$?
  fi

  if [ -n "$refresh" ]; then
    if [ "$rc" -ne 0 ]; then
      echo "FAIL $name (node exited with $rc; .expected not written)"
      head -n 40 -- "$err" | sed 's/^/    /'
      failed=$((failed + 1))
    else
      cp -- "$out" "$exp"
      echo "ok $name (refreshed, $(wc -l <"$exp" | tr -d ' ') lines)"
      passed=$((passed + 1))
    fi
    continue
  fi

  ok=1
  msgs=()
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    ok=0
    msgs+=("timed out after ${timeout_s}s (exit $rc)")
  elif [ "$rc" -ne 0 ]; then
    ok=0
    msgs+=("exited with status $rc")
  fi
  if ! cmp -s -- "$exp" "$out"; then
    ok=0
    msgs+=("stdout differs from $(basename -- "$exp")")
  fi

  if [ "$ok" = 1 ]; then
    echo "ok $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    for m in "${msgs[@]}"; do
      echo "  $m"
    done
    if ! cmp -s -- "$exp" "$out"; then
      diff -u --label "expected" --label "actual" -- "$exp" "$out" | head -n 40 | sed 's/^/    /'
    fi
    if [ "$rc" -ne 0 ] && [ -s "$err" ]; then
      echo "  stderr:"
      head -n 40 -- "$err" | sed 's/^/    /'
    fi
    failed=$((failed + 1))
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
