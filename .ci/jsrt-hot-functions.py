#!/usr/bin/env python3
"""Writes src/engine/startup-functions.txt: the library's functions a host
runs at start-up, which host-engine builds group at the front of the host's
.text (cmake/JsrtNodeStrip.cmake renames their sections to .text.hot.*).

  .ci/jsrt-hot-functions.py <swapped jsrt> [out]

Runs swapped jsrt (built by .ci/jsrt-check.sh) under callgrind on an empty
script and on `require` of the seven modules .ci/jsrt-startup.py times, and
lists every Rust function of the binary that ran, as a key that does not
change with the crate's hash (see hot_key below and in JsrtNodeStrip.cmake).
Why: page faults on code map 64 KiB around the fault, and the few dozen
functions start-up runs lie scattered over the library's 1.5 MB of code, so
each pulls in its own 64 KiB. Together they fit in a few pages.
"""
import os
import re
import subprocess
import sys
import tempfile

SCRIPTS = {
    "empty": "",
    "require7": "".join(f"require('{m}');\n" for m in ("path", "os", "util", "events", "buffer", "fs", "stream")),
}


def hot_key(sym):
    """Keep in step with cmake/JsrtNodeStrip.cmake: legacy Rust symbols lose
    their hash (17h<hex>E), v0 ones their crate disambiguators (Cs<id>_) and
    back-references (B<n>_, offsets that move with the disambiguators)."""
    if sym.startswith("_ZN"):
        return re.sub(r"17h[0-9a-f]+E$", "E", sym)
    if sym.startswith("_R"):
        return re.sub(r"B[0-9A-Za-z]*_", "B", re.sub(r"Cs[0-9A-Za-z]*_", "C", sym))
    return sym


def archive_sections(archive):
    """Names of the .text.* sections in the library's host archive."""
    out = subprocess.run(["readelf", "-S", "-W", archive], capture_output=True, text=True).stdout
    # (.text.hot.<name> once grouped by an earlier list)
    return {m.group(1) for m in re.finditer(r"\] \.text\.(?:hot\.)?(\S+)", out)}


def main():
    binary = os.path.abspath(sys.argv[1])
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "src/engine/startup-functions.txt")
    # The host archive next to the binary (jsrt's build dir): C functions of
    # jsrt are not ours, and #[no_mangle] exports have plain names.
    ours = archive_sections(os.path.join(os.path.dirname(binary), "jsrt-node-host", "libjsrt_node.a"))
    keys = set()
    with tempfile.TemporaryDirectory() as d:
        for name, body in SCRIPTS.items():
            js = os.path.join(d, name + ".js")
            open(js, "w").write(body)
            cg = os.path.join(d, name + ".cg")
            # jsrt (WAMR) touches its whole stack: valgrind's default 8 MiB overflows.
            subprocess.run(["valgrind", "--tool=callgrind", "--main-stacksize=33554432", "--demangle=no",
                            f"--callgrind-out-file={cg}", binary, js],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            ann = subprocess.run(["callgrind_annotate", "--threshold=100", cg],
                                 capture_output=True, text=True, check=True).stdout
            for line in ann.splitlines():
                m = re.search(r"\?\?\?:(\S+) \[" + re.escape(binary) + r"\]", line)
                if m and m.group(1) in ours:
                    keys.add(hot_key(m.group(1)))
    with open(out, "w") as f:
        f.write("# The library's Rust functions jsrt runs on an empty script and on require of\n"
                "# path, os, util, events, buffer, fs and stream: host-engine builds put them\n"
                "# together at the front of the host's code (cmake/JsrtNodeStrip.cmake).\n"
                "# Made by .ci/jsrt-hot-functions.py; a key that matches nothing is ignored.\n")
        for k in sorted(keys):
            f.write(k + "\n")
    print(f"{out}: {len(keys)} functions")


if __name__ == "__main__":
    main()
