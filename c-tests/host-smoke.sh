#!/usr/bin/env bash
# Runs the reference host over c-tests/host-cases: each NAME.js/.mjs has
# NAME.out (expected stdout) and NAME.status (expected exit code, default 0);
# NAME.err, if present, is a string stderr must contain. NAME.args, if
# present, holds the command line instead of "NAME.js arg1" (one argument a
# line: for -e/-p/--version cases; NAME.js is then just the case's anchor),
# and NAME.stdin is fed to stdin.
set -u
bin=$1; dir=$2
pass=0; fail=0
for f in "$dir"/*.js "$dir"/*.mjs; do
  [ -e "$f" ] || continue
  base=${f%.*}
  want_status=0; [ -f "$base.status" ] && want_status=$(cat "$base.status")
  args=("$f" arg1)
  [ -f "$base.args" ] && mapfile -t args < "$base.args"
  input=/dev/null
  [ -f "$base.stdin" ] && input=$base.stdin
  out=$(cd "$dir" && timeout 20 "$bin" "${args[@]}" <"$input" 2>/tmp/host-smoke-err.$$); status=$?
  ok=1
  [ "$status" = "$want_status" ] || { echo "status $status, want $want_status"; ok=0; }
  if [ -f "$base.out" ] && [ "$out" != "$(cat "$base.out")" ]; then
    echo "stdout differs:"; diff <(echo "$out") "$base.out" | head -20; ok=0
  fi
  if [ -f "$base.err" ] && ! grep -qF "$(cat "$base.err")" /tmp/host-smoke-err.$$; then
    echo "stderr lacks: $(cat "$base.err")"; cat /tmp/host-smoke-err.$$ | head -5; ok=0
  fi
  if [ $ok = 1 ]; then pass=$((pass+1)); echo "ok $(basename "$f")"; else fail=$((fail+1)); echo "FAIL $(basename "$f")"; fi
done
rm -f /tmp/host-smoke-err.$$
echo "$pass passed, $fail failed"
[ $fail = 0 ]
