#!/usr/bin/env python3
"""Fails if the library's Rust code calls a libuv function that libuv 1.48
(jsrt's pin, DESIGN.md §4) does not declare.

usage: check-libuv-148.py ARCHIVE

The undefined uv_* symbols of the archive's Rust members (members the cc crate
built for libuv or QuickJS are skipped) are compared with every function
declared in libuv 1.48's headers, fetched with cargo from crates.io
(.ci/libuv148/Cargo.toml pins libuv-sys2 1.48.0, which bundles them).
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
C_MEMBER = re.compile(r"^[0-9a-f]{16}-.*\.o$")


def uv148_functions():
    manifest = os.path.join(HERE, "libuv148", "Cargo.toml")
    subprocess.run(["cargo", "fetch", "--manifest-path", manifest], check=True, capture_output=True)
    meta = json.loads(subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--manifest-path", manifest],
        check=True, capture_output=True, text=True).stdout)
    pkg = next(p for p in meta["packages"] if p["name"] == "libuv-sys2")
    inc = os.path.join(os.path.dirname(pkg["manifest_path"]), "libuv", "include")
    names = set()
    for root, _, files in os.walk(inc):
        for f in files:
            if f.endswith(".h"):
                with open(os.path.join(root, f), errors="replace") as h:
                    names.update(re.findall(r"\b(uv_[a-z0-9_]+)\s*\(", h.read()))
    return names


def used_uv_symbols(archive):
    out = subprocess.run(["readelf", "-s", "--wide", archive], capture_output=True, text=True).stdout
    used, member = set(), None
    for line in out.splitlines():
        m = re.match(r"^File: .*\((.*)\)$", line)
        if m:
            member = m.group(1)
            continue
        if member is None or C_MEMBER.match(member):
            continue
        cols = line.split()
        if len(cols) >= 8 and cols[6] == "UND" and cols[7].startswith("uv_"):
            used.add(cols[7])
    return used


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    allowed = uv148_functions()
    used = used_uv_symbols(sys.argv[1])
    missing = sorted(used - allowed)
    if missing:
        print("libuv_148: FAIL: not in libuv 1.48: " + ", ".join(missing))
        return 1
    print(f"libuv_148: ok: {len(used)} libuv functions used, all declared by libuv 1.48")
    return 0


if __name__ == "__main__":
    sys.exit(main())
