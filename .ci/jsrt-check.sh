#!/usr/bin/env bash
# jsrt on the library alone: applies docs/INTEGRATING-JSRT.md to a copy of jsrt,
# builds stock and swapped jsrt, runs jsrt's ctest in both and compares the
# swapped results with .ci/jsrt-expectations.txt.
#
#   .ci/jsrt-check.sh [--startup-only] <jsrt source dir with its submodules>
#
# --startup-only: build (incrementally: after a library change only the swapped
# jsrt relinks) and print the start-up numbers; no ctest, no Node runs, no
# verdict. For iterating on start-up cost; run without it before committing.
#
# The source dir is jsrt at 8cf7374 with deps/{quickjs,libuv,llhttp,wamr,zlib}
# checked out (llhttp generated: deps/llhttp/build/c/llhttp.c) and, for its npm
# tests, `npm install --no-save async lodash moment react` run in it
# (docs/INTEGRATING-JSRT.md section 7). It is never modified.
#
# Environment: JSRT_CHECK_WORK (work dir, default build/jsrt-check; kept between
# runs so rebuilds are incremental), JSRT_CHECK_JOBS (default 2),
# TEST_TIMEOUT (seconds per jsrt test, default 30).
#
# A test fails when ctest does not pass it, or when its output has a line
# matching AssertionError|❌|FAIL that stock jsrt's output of the same test does
# not have (jsrt's async assertion failures do not set the exit code; many of
# its tests print such lines on success too). The run passes when every test
# passes on swapped jsrt except those listed in the expectations file, each
# listed one does fail, and each listed reason holds (its check runs: a Node 20
# behaviour the library and `node` share, or a reproduction on stock jsrt).
# With `node` on PATH, every test file is also run under Node (jsrt:assert and
# jsrt:process mapped to Node's, .ci/jsrt-on-node.mjs): a test that passes on
# both stock jsrt and Node must pass on swapped jsrt, listed or not.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
startup_only=
if [ "${1:-}" = --startup-only ]; then startup_only=1; shift; fi
src=${1:-}
if [ -z "$src" ] || [ ! -f "$src/CMakeLists.txt" ] || [ ! -d "$src/src/node" ]; then
  echo "usage: .ci/jsrt-check.sh [--startup-only] <jsrt source dir with its submodules>" >&2
  exit 2
fi
src=$(cd "$src" && pwd)
for f in deps/quickjs/quickjs.h deps/libuv/include/uv.h deps/llhttp/build/c/llhttp.c \
         deps/wamr/core/version.h deps/zlib/zlib.h; do
  [ -e "$src/$f" ] || { echo "jsrt-check: $src/$f missing (submodules; llhttp: npm install && npm run build)" >&2; exit 2; }
done
work=${JSRT_CHECK_WORK:-$here/build/jsrt-check}
jobs=${JSRT_CHECK_JOBS:-2}
timeout=${TEST_TIMEOUT:-30}
export PATH="$HOME/.cargo/bin:$PATH"
mkdir -p "$work"
work=$(cd "$work" && pwd)
log() { printf '[jsrt-check %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# Sources: fresh staging copies, synced into the build trees by content so that
# make only rebuilds what changed.
stage=$work/stage
rm -rf "$stage" && mkdir -p "$stage"
log "copying $src"
(cd "$src" && tar --exclude=./.git --exclude=./target --exclude=./build -cf - .) | (mkdir -p "$stage/stock" && cd "$stage/stock" && tar -xf -)
cp -a "$stage/stock" "$stage/swapped"
mkdir -p "$stage/swapped/deps/jsrt-node"
(cd "$here" && git ls-files -z --cached --others --exclude-standard | xargs -0 tar --no-recursion -cf - 2>/dev/null) |
  (cd "$stage/swapped/deps/jsrt-node" && tar -xf -)
python3 "$here/.ci/jsrt-apply.py" "$stage/swapped" "$stage/swapped/deps/jsrt-node/docs/INTEGRATING-JSRT.md" || exit 1
python3 - "$stage" "$work" <<'EOF' || exit 1
import filecmp, os, shutil, sys
stage, work = sys.argv[1], sys.argv[2]
for tree in ("stock", "swapped"):
    a, b = os.path.join(stage, tree), os.path.join(work, tree + "-src")
    seen = set()
    for d, dirs, files in os.walk(a):
        rel = os.path.relpath(d, a)
        os.makedirs(os.path.join(b, rel), exist_ok=True)
        for f in files:
            s, t = os.path.join(d, f), os.path.join(b, rel, f)
            seen.add(os.path.normpath(os.path.join(rel, f)))
            if os.path.islink(s):
                if os.path.lexists(t): os.remove(t)
                os.symlink(os.readlink(s), t)
            elif not os.path.exists(t) or not filecmp.cmp(s, t, shallow=False):
                shutil.copy2(s, t)
                os.utime(t)  # newer than any object built from the old content
    for d, dirs, files in os.walk(b):
        for f in files:
            rel = os.path.normpath(os.path.relpath(os.path.join(d, f), b))
            if rel not in seen: os.remove(os.path.join(d, f))
EOF
rm -rf "$stage"

build() { # name, extra cmake args...
  local name=$1; shift
  mkdir -p "$work/$name-build"
  log "building $name jsrt"
  local t0=$SECONDS
  (cd "$work/$name-build" &&
    cmake -G "Unix Makefiles" -DCMAKE_BUILD_TYPE=Release -DTEST_TIMEOUT="$timeout" "$@" "$work/$name-src" >cmake.log 2>&1 &&
    make -j"$jobs" jsrt >make.log 2>&1) || { log "$name build FAILED (see $work/$name-build/make.log)"; tail -30 "$work/$name-build/make.log"; return 1; }
  log "$name built in $((SECONDS - t0)) s"
}
build stock || exit 1
build swapped -DJSRT_NODE_CARGO_TARGET_DIR="$work/cargo" || exit 1
if [ -n "$startup_only" ]; then
  python3 "$here/.ci/jsrt-startup.py" "$work/stock-build/jsrt" "$work/swapped-build/jsrt"
  exit $?
fi

for name in stock swapped; do
  log "ctest $name"
  (cd "$work/$name-build" && ctest --parallel "$jobs" --output-junit "$work/$name-junit.xml" >"$work/$name-ctest.log" 2>&1)
  tail -3 "$work/$name-ctest.log" | sed -n 1p
done

if command -v node >/dev/null; then
  log "running every test file under $(node --version)"
  mkdir -p "$work/node"
  (cd "$work/stock-src" && find test -name 'test_*.js' -o -name 'test_*.mjs' | sort | while read -r f; do
    n=$(echo "$f" | tr / _)
    timeout "$timeout" node --import "$here/.ci/jsrt-on-node.mjs" "$f" >"$work/node/$n.out" 2>&1 </dev/null
    echo "$n $?"
  done >"$work/node-rc.txt")
else
  rm -f "$work/node-rc.txt"
  log "node not on PATH: the stock-and-Node cross-check and the Node side of the reasons are skipped"
fi

python3 "$here/.ci/jsrt-check-report.py" "$work" "$here/.ci/jsrt-expectations.txt"
verdict=$?
python3 "$here/.ci/jsrt-startup.py" "$work/stock-build/jsrt" "$work/swapped-build/jsrt" || true
exit $verdict
