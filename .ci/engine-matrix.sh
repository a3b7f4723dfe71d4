#!/usr/bin/env bash
# Engine matrix: builds the reference host `jsrt-node`, the ABI tests and the
# jsrt API test against Bellard's QuickJS 2025-09-13 (the ABI of jsrt's pinned
# engine) in host-engine mode, with a libuv built by its own CMake project
# (`uv_a`, as jsrt does), and runs every C test and conformance case there.
#
#   .ci/engine-matrix.sh [--asan] [--build-dir DIR] [--cargo-target-dir DIR] [--profile release|dev]
#
# Bellard's C sources come from the hirofa-quickjs-sys 0.11.0 crate, fetched
# by cargo like any dependency (.ci/bellard/Cargo.toml); nothing is committed.
# The Rust archive is the one the bundled build made (same cargo target dir and
# profile), stripped of its engine and libuv objects: no second Rust build.
#
# --asan builds the C code (host, tests, host_compat.c, Bellard's engine,
# libuv) with AddressSanitizer, and LeakSanitizer checks at exit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export PATH="$HOME/.cargo/bin:$PATH"

asan=OFF
build_dir=""
# Its own cargo target dir: the host-engine feature makes a different archive
# at the same path, which must not replace the bundled build's.
target_dir="$root/build/jsrt-node-cargo-host"
profile=release
while [ $# -gt 0 ]; do
  case "$1" in
    --asan) asan=ON ;;
    --build-dir) build_dir=$2; shift ;;
    --cargo-target-dir) target_dir=$2; shift ;;
    --profile) profile=$2; shift ;;
    *) echo "usage: $0 [--asan] [--build-dir DIR] [--cargo-target-dir DIR] [--profile P]" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$build_dir" ] || { [ "$asan" = ON ] && build_dir=build-bellard-asan || build_dir=build-bellard; }

# Tools (llvm-ar, readelf, python3, ...): checked and installed as .ci/setup does.
. .ci/tools.sh
jsrt_node_ensure_tools

pkg_dir() { # manifest package -> directory of that package's sources
  cargo metadata --locked --format-version 1 --manifest-path "$1" |
    python3 -c 'import json,os,sys; m=json.load(sys.stdin); print(next(os.path.dirname(p["manifest_path"]) for p in m["packages"] if p["name"]==sys.argv[1]))' "$2"
}
cargo fetch --locked --manifest-path .ci/bellard/Cargo.toml
qjs_dir="$(pkg_dir .ci/bellard/Cargo.toml hirofa-quickjs-sys)/bellard/quickjs"
uv_dir="$(pkg_dir Cargo.toml libuv-sys2)/libuv"
echo "engine matrix: Bellard QuickJS $(cat "$qjs_dir/VERSION") from $qjs_dir; asan=$asan"

cmake -S . -B "$build_dir" \
  -DJSRT_NODE_ENGINE=host \
  -DJSRT_NODE_QUICKJS_DIR="$qjs_dir" \
  -DJSRT_NODE_BUILD_HOST_QUICKJS=ON \
  -DJSRT_NODE_UV_SOURCE_DIR="$uv_dir" \
  -DJSRT_NODE_CARGO_TARGET_DIR="$target_dir" \
  -DJSRT_NODE_CARGO_PROFILE="$profile" \
  -DJSRT_NODE_ASAN="$asan" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"

if [ "$asan" = ON ]; then
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=0"
  export LSAN_OPTIONS="suppressions=$root/.ci/lsan-suppressions.txt:print_suppressions=0"
fi
ctest --test-dir "$build_dir" --output-on-failure
