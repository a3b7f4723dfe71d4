#!/usr/bin/env python3
"""The verdict of .ci/jsrt-check.sh: reads the two ctest JUnit files (and the
Node runs, when there are some) from the work dir and compares the swapped
results with the expectations file.

Expectations: one line per test that may fail on swapped jsrt,

  <test file> | <why> | <check>

<check> is `node: <JS expression>` (the expression, or what the promise it
gives resolves to, is true under Node 20 and on
swapped jsrt: the library does what Node does where the test asserts jsrt's
other behaviour; with Node runs, the test must fail under Node too) or `stock: <JS program>` (fails on stock jsrt: exit status
not 0, a signal, or no exit within 10 s — the bug is jsrt's). A line whose
<why> starts with `flaky:` may pass as well; any other listed test must fail.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

BAD = re.compile(r"AssertionError|❌|FAIL")
ANSI = re.compile(r"\x1b\[[0-9;]*m|\[NON-XML-CHAR-0x1B\]\[[0-9;]*m")


def name_of(path):
    return path.replace("/", "_")


def load(junit, root):
    res = {}
    for tc in ET.parse(junit).getroot().iter("testcase"):
        out = "".join(x.text or "" for x in tc.iter("system-out"))
        out = ANSI.sub("", out).replace(root, "<src>")
        lines = {l.strip() for l in out.splitlines() if BAD.search(l)}
        res[tc.get("name")] = (tc.get("status") == "run", lines, out)
    return res


def run_js(binary, program, cwd, timeout=10):
    with tempfile.NamedTemporaryFile("w", suffix=".js", delete=False) as f:
        f.write(program)
    try:
        p = subprocess.run([binary, f.name], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                           stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", ""
    finally:
        os.unlink(f.name)


def main():
    work, exp_file = sys.argv[1], sys.argv[2]
    stock = load(os.path.join(work, "stock-junit.xml"), os.path.join(work, "stock-src"))
    swapped = load(os.path.join(work, "swapped-junit.xml"), os.path.join(work, "swapped-src"))
    errors = []

    def failure(res, base):
        ok, lines, _ = res
        if not ok:
            return "did not pass ctest"
        new = sorted(lines - base[1]) if base else sorted(lines)
        return ("prints " + " / ".join(new)[:300]) if new else None

    stock_fail = {n: failure(r, None) for n, r in stock.items() if not r[0]}
    fails = {}
    for n, r in swapped.items():
        why = failure(r, stock.get(n))
        if why:
            fails[n] = why
    if set(stock) != set(swapped):
        errors.append("the two builds list different tests")

    expect = {}
    for lineno, line in enumerate(open(exp_file, encoding="utf-8"), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|", 2)]
        if len(parts) != 3 or not re.match(r"^(node|stock): ", parts[2]):
            errors.append(f"{exp_file}:{lineno}: expected `test | why | node:/stock: check`")
            continue
        expect[name_of(parts[0])] = (parts[0], parts[1], parts[2])

    # Each reason must hold.
    jsrt_stock = os.path.join(work, "stock-build", "jsrt")
    jsrt_swapped = os.path.join(work, "swapped-build", "jsrt")
    have_node = os.path.exists(os.path.join(work, "node-rc.txt"))
    node_rc = {}
    if have_node:
        for line in open(os.path.join(work, "node-rc.txt")):
            n, rc = line.split()
            out = open(os.path.join(work, "node", n + ".out"), errors="replace").read()
            node_rc[n] = rc == "0" and not BAD.search(out)
    for n, (path, why, check) in sorted(expect.items()):
        kind, body = check.split(": ", 1)
        if kind == "node" and node_rc.get(n):
            errors.append(f"{path}: listed as asserting non-Node behaviour, but passes under Node")
        if kind == "node":
            prog = f"Promise.resolve((() => {body})()).then((v) => console.log(String(v)));\n"
            targets = [("swapped jsrt", jsrt_swapped)] + ([("node", "node")] if have_node else [])
            for label, binary in targets:
                rc, out = run_js(binary, prog, os.path.join(work, "swapped-src"))
                if rc != 0 or out.strip().split("\n")[-1:] != ["true"]:
                    errors.append(f"{path}: the reason's check is not true on {label}: {body} -> {out.strip()[-200:]!r}")
        else:
            rc, out = run_js(jsrt_stock, body.replace("\\n", "\n") + "\n", os.path.join(work, "stock-src"))
            if rc == 0:
                errors.append(f"{path}: the reason's check does not fail on stock jsrt: {body}")

    print("\nswapped jsrt vs stock jsrt, test by test:")
    for n in sorted(fails):
        if n in expect:
            print(f"  listed   {expect[n][0]}: {expect[n][1]}")
        else:
            print(f"  FAILS    {n}: {fails[n]}")
            errors.append(f"{n}: fails and is not listed ({fails[n]})")
    for n, (path, why, _) in sorted(expect.items()):
        if n not in swapped:
            errors.append(f"{path}: listed but not a test")
        elif n not in fails and not why.startswith("flaky:"):
            print(f"  PASSES   {path}: listed but passes; drop it from {os.path.basename(exp_file)}")
            errors.append(f"{path}: listed but passes")

    if have_node:
        node_ok = {n for n, ok in node_rc.items() if ok}
        both = sorted(n for n in node_ok if n in stock and stock[n][0] and not BAD.search(stock[n][2]))
        bad = [n for n in both if n in fails]
        print(f"\ntests that pass on stock jsrt and on Node: {len(both)}; failing on swapped: {len(bad)}")
        for n in bad:
            errors.append(f"{n}: passes on stock jsrt and Node, fails on swapped")
        fs_stream = sorted(n for n in node_ok if re.match(r"test_node_(fs|stream)_", n))
        bad = [n for n in fs_stream if n in fails]
        print(f"test/node/fs and test/node/stream tests that pass under Node: {len(fs_stream)}; "
              f"failing on swapped: {len(bad)}")
        for n in bad:
            errors.append(f"{n}: a test/node fs/stream test that passes under Node fails on swapped")

    total = len(swapped)
    print(f"\nstock jsrt: {total - len(stock_fail)}/{total} pass ctest; "
          f"swapped jsrt: {total - len(fails)}/{total} pass, {len([n for n in fails if n in expect])} listed failures")
    if errors:
        print("\njsrt-check: expectations NOT met:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("jsrt-check: expectations met")


if __name__ == "__main__":
    main()
