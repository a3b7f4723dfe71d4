# Sourced by .ci/setup and .ci/engine-matrix.sh. Checks for exactly what the
# build and the tests run or load — not a lookalike — installs the Debian
# package that provides whatever is missing, then checks again and stops with
# one line per tool that is still missing.
#
#   cc, make        C compiler and cmake's generator     build-essential
#   cmake >= 3.20   the standalone build                  cmake
#   python3         ctest's portability/libuv checks      python3
#   libclang        loaded by bindgen in libuv-sys2's build script; found the
#                   way clang-sys finds it (.ci/find-libclang.py): a file it
#                   would pick that loads and exports clang_createIndex, or
#                   LIBCLANG_PATH                         libclang-dev
#   llvm-ar         strips the host-mode archive (GNU ar with Debian's LLVM
#                   plugin corrupts its index)            llvm
#   readelf, nm     portability checks                    binutils
#   cbindgen 0.29.4 the committed header's generator      cargo install
#   cargo           the Rust build                        rustup (not installable here)

JSRT_NODE_CBINDGEN_VERSION=0.29.4
export PATH="$HOME/.cargo/bin:$PATH"

_have() { command -v "$1" >/dev/null 2>&1; }
_cmake_ok() {
  _have cmake || return 1
  local v; v=$(cmake --version | sed -n '1s/[^0-9]*\([0-9][0-9]*\.[0-9][0-9]*\).*/\1/p')
  [ -n "$v" ] && [ "$(printf '%s\n3.20\n' "$v" | sort -V | head -1)" = 3.20 ]
}
_llvm_ar_ok() {
  _have llvm-ar && return 0
  local f; for f in /usr/bin/llvm-ar-[0-9]*; do [ -x "$f" ] && return 0; done
  return 1
}
_libclang_ok() { _have python3 && python3 "$(dirname "${BASH_SOURCE[0]}")/find-libclang.py" >/dev/null; }
_cbindgen_ok() { _have cbindgen && [ "$(cbindgen --version 2>/dev/null)" = "cbindgen $JSRT_NODE_CBINDGEN_VERSION" ]; }

# Prints "tool|package" for each missing tool.
_missing() {
  _have cc || echo "a C compiler (cc)|build-essential"
  _have make || echo "make|make"
  _cmake_ok || echo "cmake >= 3.20|cmake"
  _have python3 || echo "python3|python3"
  _libclang_ok || echo "libclang for bindgen (set LIBCLANG_PATH to use another)|libclang-dev"
  _llvm_ar_ok || echo "llvm-ar|llvm"
  { _have readelf && _have nm; } || echo "readelf and nm|binutils"
}

jsrt_node_ensure_tools() {
  _have cargo || { echo "cargo is required (install Rust with rustup)" >&2; return 1; }
  local missing pkgs
  missing=$(_missing)
  if [ -n "$missing" ]; then
    pkgs=$(printf '%s\n' "$missing" | cut -d'|' -f2 | sort -u | tr '\n' ' ')
    echo "missing: $(printf '%s\n' "$missing" | cut -d'|' -f1 | paste -sd, | sed 's/,/, /g'); installing: $pkgs"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $pkgs >/dev/null
    missing=$(_missing)
    if [ -n "$missing" ]; then
      printf 'still missing after apt-get install: %s\n' "$(printf '%s\n' "$missing" | cut -d'|' -f1)" >&2
      return 1
    fi
  fi
  if ! _cbindgen_ok; then
    echo "installing cbindgen $JSRT_NODE_CBINDGEN_VERSION (found: $(cbindgen --version 2>/dev/null || echo none))"
    cargo install -q cbindgen --version "$JSRT_NODE_CBINDGEN_VERSION" --locked --force
    _cbindgen_ok || { echo "cbindgen $JSRT_NODE_CBINDGEN_VERSION did not install" >&2; return 1; }
  fi
}
