#!/usr/bin/env python3
"""Prints the libclang that bindgen (libuv-sys2's build script) would load, or
exits 1. Mirrors clang-sys 1.x's search with the `runtime` feature: only
LIBCLANG_PATH when it is set, else `llvm-config --prefix`, LD_LIBRARY_PATH,
LIBRARY_PATH and the system lib directories; names libclang.so,
libclang-*.so, libclang.so.*, libclang-*.so.*, never libclang-cpp (a
different library that a lookalike check used to accept). A candidate
counts only when it loads and exports clang_createIndex."""
import ctypes, glob, os, subprocess, sys

NAMES = ["libclang.so", "libclang-*.so", "libclang.so.*", "libclang-*.so.*"]
SYSTEM = ["/usr/local/llvm*/lib*", "/usr/local/lib*/*/*", "/usr/local/lib*/*",
          "/usr/local/lib*", "/usr/lib*/*/*", "/usr/lib*/*", "/usr/lib*"]


def in_dir(d):
    out = []
    for n in NAMES:
        for p in sorted(glob.glob(os.path.join(glob.escape(d), n))):
            if "-cpp." not in os.path.basename(p):
                out.append(p)
    return out


def candidates():
    env = os.environ.get("LIBCLANG_PATH")
    if env:
        return [env] if os.path.isfile(env) else in_dir(env)
    dirs = []
    try:
        prefix = subprocess.run(["llvm-config", "--prefix"], capture_output=True,
                                text=True, check=True).stdout.splitlines()[0]
        dirs += [os.path.join(prefix, s) for s in ("bin", "lib", "lib64")]
    except (OSError, subprocess.CalledProcessError, IndexError):
        pass
    for var in ("LD_LIBRARY_PATH", "LIBRARY_PATH"):
        dirs += [d for d in os.environ.get(var, "").split(":") if d]
    for pat in SYSTEM:
        dirs += [d for d in glob.glob(pat) if os.path.isdir(d)]
    return [p for d in dirs for p in in_dir(d)]


for path in candidates():
    try:
        lib = ctypes.CDLL(path)
        lib.clang_createIndex  # what bindgen calls first
    except (OSError, AttributeError):
        continue
    print(path)
    sys.exit(0)
sys.exit(1)
