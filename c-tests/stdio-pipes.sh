#!/usr/bin/env bash
# process.stdout/stdin of the reference host where the conformance runner
# cannot look: a reader that goes away (EPIPE), a reader slower than the
# writer, stdin from a regular file, an open stdin pipe nobody reads, and a
# terminal (through script(1), when present). The expected results are
# node 20's on the same commands.
#   stdio-pipes.sh <jsrt-node>
set -u
bin=$1
pass=0; fail=0
check() {  # name, got, want
  if [ "$2" = "$3" ]; then pass=$((pass+1)); echo "ok $1"; else fail=$((fail+1)); echo "FAIL $1: got [$2] want [$3]"; fi
}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/stdio-pipes.XXXXXX"); trap 'rm -rf -- "$tmp"' EXIT

# console.log into a closed pipe: the console swallows EPIPE (status 0).
out=$("$bin" -e 'for (let i = 0; i < 1e5; i++) console.log(i)' 2>"$tmp/err" | head -1); st=${PIPESTATUS[0]}
check "console.log | head" "$out $st $(wc -c <"$tmp/err")" "0 0 0"

# process.stdout.write into a closed pipe: 'error' EPIPE, uncaught, status 1.
"$bin" -e 'for (let i = 0; i < 1e5; i++) process.stdout.write(i + "\n")' 2>"$tmp/err" | head -1 >/dev/null; st=${PIPESTATUS[0]}
check "write | head: status" "$st" "1"
check "write | head: EPIPE reported" "$(grep -c 'write EPIPE' "$tmp/err")" "1"

# ... and with a listener the program sees Node's error object.
prog='process.stdout.on("error", (e) => { console.error(e.code, e.errno, e.syscall, e.message); process.exit(3); });
  (function f() { while (process.stdout.write("x".repeat(1000) + "\n")); process.stdout.once("drain", f); })()'
"$bin" -e "$prog" 2>"$tmp/err" | head -1 >/dev/null; got=${PIPESTATUS[0]}
check "EPIPE error object" "$got $(cat "$tmp/err")" "3 EPIPE -32 write write EPIPE"

# A slow reader gets every byte at the natural end (the loop waits for the pipe).
n=$("$bin" -e 'process.stdout.write("x".repeat(1 << 20)); console.log("end")' | (sleep 1; wc -c))
check "slow reader, natural end" "$n" "$(( (1 << 20) + 4 ))"

# stdin from a regular file (uv_fs_read requests), copied to a pipe.
seq 1 50000 >"$tmp/in"
got=$("$bin" -e 'process.stdin.pipe(process.stdout)' <"$tmp/in" | cksum)
check "stdin file | stdout pipe" "$got" "$(cksum <"$tmp/in")"
got=$("$bin" -e 'let n = 0; process.stdin.on("data", (c) => n += c.length).on("end", () => console.log(n, process.stdin._type))' <"$tmp/in")
check "stdin file size" "$got" "$(wc -c <"$tmp/in") undefined"

# stdout to a file with process.exit() right after a big write.
"$bin" -e 'process.stdout.write("y".repeat(3 << 20)); process.exit()' >"$tmp/out"
check "file + process.exit" "$(wc -c <"$tmp/out")" "$((3 << 20))"

# An open stdin pipe that nobody reads does not keep the program alive.
sleep 6 | { timeout 10 "$bin" -e 'console.log("bye")' >"$tmp/bye"; touch "$tmp/ended"; } &
for _ in 1 2 3 4 5 6; do [ -e "$tmp/ended" ] && break; sleep 0.5; done
check "untouched stdin pipe" "$(cat "$tmp/bye" 2>/dev/null) $([ -e "$tmp/ended" ] && echo ended)" "bye ended"

# Closed fds 0-2 (`>&-`, `<&-`) behave as /dev/null, as in Node.
got=$("$bin" -e 'console.log("lost"); process.stderr.write("stderr ok")' 2>&1 >&-; echo " $?")
check "stdout closed" "$got" "stderr ok 0"
got=$("$bin" -e 'let n = 0; process.stdin.on("data", (c) => n += c.length).on("end", () => console.log("end", n))' <&-; echo "$?")
check "stdin closed" "$(echo $got)" "end 0 0"

# A terminal: isTTY, columns/rows, synchronous writes.
if command -v script >/dev/null 2>&1 && script -qc true /dev/null >/dev/null 2>&1; then
  prog='const o = process.stdout, i = process.stdin;
    o.write([o.isTTY, typeof o.columns, i.isTTY, typeof i.setRawMode, o._type].join(" ") + "\n" + "z".repeat(100000));
    process.exit()'
  got=$(script -qc "$bin -e '$prog'" /dev/null </dev/null | tr -d '\r')
  check "tty" "$(echo "$got" | head -1) $(echo "$got" | tail -1 | tr -d '\n' | wc -c)" "true number true function tty 100000"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
