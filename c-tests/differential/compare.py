#!/usr/bin/env python3
"""Classifies the differential outputs of one module (see run.sh). Exit 1 on
any mismatch not explained by known-differences.txt."""
import os
import re
import sys

mod, node_f, ours_f, known_f, rc_node, rc_ours, err_f = sys.argv[1:8]


def lines(path):
    out = {}
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        for line in f:
            n, _, rest = line.rstrip("\n").partition(" ")
            if n.isdigit():
                label, sep, result = rest.partition(" => ")
                out[int(n)] = (label if sep else rest, result if sep else "")
    return out


known = []
with open(known_f, encoding="utf-8") as f:
    for raw in f:
        raw = raw.rstrip("\n")
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m, pattern, reason = (p.strip() for p in raw.split(" :: ", 2))
        if m == mod:
            known.append((re.compile(pattern, re.IGNORECASE), reason))

a, b = lines(node_f), lines(ours_f)
counts = {"equal": 0, "engine text": 0, "known": 0, "mismatch": 0}
shown = []
used = {}
for n in sorted(set(a) | set(b)):
    la, lb = a.get(n), b.get(n)
    if la == lb:
        counts["equal"] += 1
        continue
    if la and lb and la[0] == lb[0]:
        ra, rb = la[1].split(" ", 3), lb[1].split(" ", 3)
        if len(ra) >= 3 and len(rb) >= 3 and ra[0] == rb[0] == "THROW" and ra[1] == rb[1] == "-" and ra[2] == rb[2]:
            counts["engine text"] += 1
            continue
    text = f"{(la or lb)[0]} => {la[1] if la else '<missing>'} || {lb[1] if lb else '<missing>'}"
    hit = next((r for p, r in known if p.search(text)), None)
    if hit:
        counts["known"] += 1
        used[hit] = used.get(hit, 0) + 1
        continue
    counts["mismatch"] += 1
    if len(shown) < int(os.environ.get("SHOW", "15")):
        # Long results are shown from a little before where they part.
        ra, rb = (la[1] if la else "<missing>"), (lb[1] if lb else "<missing>")
        i = next((k for k in range(min(len(ra), len(rb))) if ra[k] != rb[k]), min(len(ra), len(rb)))
        cut = max(0, i - 150) if max(len(ra), len(rb)) > 300 else 0
        dots = "..." if cut else ""
        shown.append(f"  #{n} {(la or lb)[0][:300]}\n      node: {dots}{ra[cut:cut + 300]}\n      ours: {dots}{rb[cut:cut + 300]}")

status = "ok" if counts["mismatch"] == 0 else "FAIL"
print(f"{status} {mod}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
for reason, k in used.items():
    print(f"  known ({k}): {reason}")
if rc_ours != rc_node:
    print(f"  exit status: node {rc_node}, jsrt-node {rc_ours}")
    with open(err_f, encoding="utf-8", errors="replace") as f:
        for line in f.read().splitlines()[:10]:
            print(f"    stderr: {line}")
for s in shown:
    print(s)
sys.exit(1 if counts["mismatch"] or rc_ours != rc_node else 0)
