#!/usr/bin/env python3
"""Start-up of stock and swapped jsrt: median of N runs (default 20) of wall
time, CPU time (user + system, from wait4's rusage: microsecond resolution,
unlike /usr/bin/time's 10 ms) and peak RSS, on an empty script and on a script
that requires the seven modules the library provides. Runs alternate between
the binaries so load on the machine falls on both alike. Prints numbers only:
a timed assertion would be flaky on a shared machine.

Usage: jsrt-startup.py <stock jsrt> <swapped jsrt> [runs]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

SCRIPTS = {
    "empty script": "",
    "require 7 modules": "".join(f"require('{m}');\n" for m in
                                 ("path", "os", "util", "events", "buffer", "fs", "stream")),
}


def once(binary, script):
    t0 = time.perf_counter()
    p = subprocess.Popen([binary, script], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"{binary} {script}: exit {p.returncode}")
    return wall * 1e3, (ru.ru_utime + ru.ru_stime) * 1e3, ru.ru_maxrss / 1024


def main():
    stock, swapped = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    with tempfile.TemporaryDirectory() as d:
        print(f"start-up, median of {runs} (ms wall / ms CPU / MiB peak RSS):")
        for label, body in SCRIPTS.items():
            path = os.path.join(d, label.replace(" ", "_") + ".js")
            open(path, "w").write(body)
            res = {stock: [], swapped: []}
            for b in (stock, swapped):
                once(b, path)  # warm the page cache
            for _ in range(runs):
                for b in (stock, swapped):
                    res[b].append(once(b, path))
            med = {b: [statistics.median(x[i] for x in r) for i in range(3)] for b, r in res.items()}
            s, w = med[stock], med[swapped]
            print(f"  {label:18} stock {s[0]:6.1f} / {s[1]:5.1f} / {s[2]:5.1f}   "
                  f"swapped {w[0]:6.1f} / {w[1]:5.1f} / {w[2]:5.1f}   "
                  f"diff {w[0] - s[0]:+5.1f} / {w[1] - s[1]:+5.1f} / {w[2] - s[2]:+5.2f}")
    for label, b in (("stock", stock), ("swapped", swapped)):
        with tempfile.NamedTemporaryFile() as t:
            subprocess.run(["strip", "-o", t.name, b], check=True)
            print(f"  {label} binary stripped: {os.path.getsize(t.name) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
