#!/usr/bin/env bash
# examples/jsrt/process_streams.c (the code the jsrt guide gives) on pipes,
# files and a terminal, through c-tests/jsrt_streams_test.c.
#   jsrt-streams.sh <jsrt_streams_test>
set -u
bin=$1
pass=0; fail=0
check() {
  if [ "$2" = "$3" ]; then pass=$((pass+1)); echo "ok $1"; else fail=$((fail+1)); echo "FAIL $1: got [$2] want [$3]"; fi
}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/jsrt-streams.XXXXXX"); trap 'rm -rf -- "$tmp"' EXIT
seq 1 50000 >"$tmp/in"

check "pipe out" "$("$bin" 'process.stdout.write("to a pipe\n"); process.stderr.write("")' </dev/null | cat)" "to a pipe"
"$bin" 'process.stdout.write("x".repeat(3 << 20))' </dev/null >"$tmp/out"
check "file out" "$(wc -c <"$tmp/out")" "$((3 << 20))"
n=$("$bin" 'process.stdout.write("x".repeat(1 << 20)); process.stdout.write("end")' </dev/null | (sleep 1; wc -c))
check "slow pipe reader" "$n" "$(( (1 << 20) + 3 ))"
check "stdin pipe" "$(cat "$tmp/in" | "$bin" 'process.stdin.pipe(process.stdout)' | cksum)" "$(cksum <"$tmp/in")"
check "stdin file" "$("$bin" 'process.stdin.pipe(process.stdout)' <"$tmp/in" | cksum)" "$(cksum <"$tmp/in")"
check "stdin /dev/null" "$("$bin" 'process.stdin.on("end", () => process.stdout.write("end")).resume()' </dev/null)" "end"
got=$("$bin" 'process.stdin.setEncoding("utf8"); let t = ""; process.stdin.on("data", (c) => t += c);
  process.stdin.on("end", () => process.stdout.write(t.length + " " + typeof t))' <"$tmp/in")
check "stdin setEncoding" "$got" "$(wc -c <"$tmp/in") string"
"$bin" 'process.stdout.on("error", (e) => process.stderr.write(e.code + " " + e.syscall));
  (function f() { while (process.stdout.write("x".repeat(1000))); process.stdout.once("drain", f); })()' \
  </dev/null 2>"$tmp/err" | head -c 10 >/dev/null
check "EPIPE" "$(cat "$tmp/err")" "EPIPE write"
if command -v script >/dev/null 2>&1 && script -qc true /dev/null >/dev/null 2>&1; then
  prog='const o = process.stdout; o.write([o.isTTY, typeof o.columns, process.stdin.isTTY, o._type].join(" "))'
  got=$(script -qc "$bin '$prog'" /dev/null </dev/null | tr -d '\r')
  check "tty" "$got" "true number true tty"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
