#!/usr/bin/env python3
"""src/engine/precompiled.txt lists every embedded script: each src/**/*.js
file once, under the file name the Rust code evaluates it with (a literal
"name" in src/**/*.rs, or format!("prefix/{name}") for fs's parts). A script
missing from the list still works (compiled from its text at run time); this
keeps host-engine builds from paying for that unnoticed."""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
src = os.path.join(root, "src")
rust = ""
js = set()
for d, _, files in os.walk(src):
    for f in files:
        p = os.path.join(d, f)
        if f.endswith(".rs"):
            rust += open(p, encoding="utf-8").read()
        elif f.endswith(".js"):
            js.add(os.path.relpath(p, src))
bad = []
listed = set()
for n, line in enumerate(open(os.path.join(src, "engine", "precompiled.txt"), encoding="utf-8"), 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    m = re.fullmatch(r"(\S+) +(\S+)", line)
    if not m:
        bad.append(f"precompiled.txt:{n}: not 'name file': {line}")
        continue
    name, path = m.groups()
    if path in listed:
        bad.append(f"precompiled.txt:{n}: {path} listed twice")
    listed.add(path)
    if path not in js:
        bad.append(f"precompiled.txt:{n}: no file src/{path}")
    prefix = name.rsplit("/", 1)[0]
    if f'"{name}"' not in rust and f'"{prefix}/{{name}}"' not in rust:
        bad.append(f"precompiled.txt:{n}: the Rust code evaluates no script named {name}")
for path in sorted(js - listed):
    bad.append(f"src/{path} is not in src/engine/precompiled.txt")
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
