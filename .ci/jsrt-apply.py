#!/usr/bin/env python3
"""Apply docs/INTEGRATING-JSRT.md to a copy of jsrt's tree, literally.

Usage: jsrt-apply.py <jsrt dir> [guide]

The guide's code blocks that a jsrt maintainer writes are each preceded by a
marker comment, so what is applied here is exactly what the guide shows:

  <!-- jsrt-apply: old FILE LINE -->          the block must equal FILE's lines from LINE
  <!-- jsrt-apply: new FILE LINE -->          replaces the lines the `old` block at LINE matched
  <!-- jsrt-apply: after FILE LINE "TEXT" --> inserted after LINE, which must contain TEXT
  <!-- jsrt-apply: before FILE LINE "TEXT" --> inserted before LINE, which must contain TEXT
  <!-- jsrt-apply: file FILE -->              the whole new content of FILE; a line
        /* jsrt's PATH lines A-B, unchanged */  stands for those lines of jsrt's PATH
  <!-- jsrt-apply: copy SRC DEST -->          copy SRC to DEST (paths in jsrt's tree)

Line numbers are those of jsrt's tree at 8cf7374 before any edit; the edits of one
file are applied bottom-up so they stay valid. Every anchor is checked first: a
tree that does not match the guide is an error, nothing is guessed.
"""
import os
import re
import shlex
import shutil
import sys

MARK = re.compile(r'^<!-- jsrt-apply: (.*) -->$')
SPLICE = re.compile(r"^/\* jsrt's (\S+) lines (\d+)-(\d+), unchanged \*/$")


def fail(msg):
    sys.exit(f"jsrt-apply: {msg}")


def blocks(guide):
    lines = open(guide, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        m = MARK.match(lines[i].strip())
        if not m:
            i += 1
            continue
        args = shlex.split(m.group(1))
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith("```"):
            j += 1
        fence = lines[j].strip() if j < len(lines) else ""
        indent = len(lines[j]) - len(lines[j].lstrip()) if j < len(lines) else 0
        k = j + 1
        while k < len(lines) and lines[k].strip() != "```":
            k += 1
        if not fence or k >= len(lines):
            fail(f"{guide}:{i + 1}: marker without a code block")
        body = [l[indent:] if l[:indent].strip() == "" else l for l in lines[j + 1:k]]
        yield i + 1, args, body
        i = k + 1


def main():
    if len(sys.argv) not in (2, 3):
        fail("usage: jsrt-apply.py <jsrt dir> [guide]")
    root = sys.argv[1]
    guide = sys.argv[2] if len(sys.argv) == 3 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "docs", "INTEGRATING-JSRT.md")
    pristine = {}

    def original(path):
        if path not in pristine:
            full = os.path.join(root, path)
            if not os.path.exists(full):
                fail(f"{path}: not in {root}")
            pristine[path] = open(full, encoding="utf-8").read().split("\n")
        return pristine[path]

    edits = {}    # path -> [(start, end, new_lines)], 1-based, end exclusive
    olds = {}     # (path, line) -> length
    files = []    # (path, lines)
    copies = []
    for where, args, body in blocks(guide):
        kind = args[0]
        if kind == "old":
            path, line = args[1], int(args[2])
            have = original(path)[line - 1:line - 1 + len(body)]
            if have != body:
                fail(f"guide line {where}: {path}:{line} is not the block the guide quotes")
            olds[(path, line)] = len(body)
        elif kind == "new":
            path, line = args[1], int(args[2])
            if (path, line) not in olds:
                fail(f"guide line {where}: `new {path} {line}` without its `old` block")
            edits.setdefault(path, []).append((line, line + olds[(path, line)], body))
        elif kind in ("after", "before"):
            path, line, text = args[1], int(args[2]), args[3]
            if text not in original(path)[line - 1]:
                fail(f"guide line {where}: {path}:{line} does not contain {text!r}")
            at = line + 1 if kind == "after" else line
            edits.setdefault(path, []).append((at, at, body))
        elif kind == "file":
            out = []
            for l in body:
                m = SPLICE.match(l.strip())
                if m:
                    src, a, b = m.group(1), int(m.group(2)), int(m.group(3))
                    out.extend(original(src)[a - 1:b])
                else:
                    out.append(l)
            files.append((args[1], out))
        elif kind == "copy":
            copies.append((args[1], args[2]))
        else:
            fail(f"guide line {where}: unknown marker {kind!r}")

    for path, lst in edits.items():
        text = list(original(path))
        for start, end, new in sorted(lst, key=lambda e: e[0], reverse=True):
            text[start - 1:end - 1] = new
        open(os.path.join(root, path), "w", encoding="utf-8").write("\n".join(text))
    for path, lines in files:
        open(os.path.join(root, path), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    for src, dest in copies:
        s = os.path.join(root, src)
        if not os.path.exists(s):
            fail(f"{src}: missing (is the library at deps/jsrt-node?)")
        shutil.copyfile(s, os.path.join(root, dest))
    n = sum(len(v) for v in edits.values())
    print(f"jsrt-apply: {n} edits in {len(edits)} files, {len(files)} files written, "
          f"{len(copies)} copied")


if __name__ == "__main__":
    main()
