#!/usr/bin/env python3
"""Node's own test files through the reference host, against an expectations file.

See run.sh for usage. One process per test file, JOBS parallel slots (each with
its own TEST_THREAD_ID, as Node's test runner and Deno's node_compat set it),
cwd = the test directory root, TIMEOUT seconds per file. Exit status 0 when
every file expected to pass passed, 1 otherwise, 2 on a usage error.
"""
import os
import re
import signal
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# Node's test files for the modules this library implements natively.
DEFAULT_PREFIXES = [
    "test-path", "test-string-decoder", "test-os", "test-event-emitter", "test-events",
    "test-eventtarget", "test-event-capture-rejections", "test-event-target", "test-eventemitter", "test-buffer", "test-util", "test-mime", "test-parse-args", "test-assert", "test-process", "test-signal", "test-stream", "test-readable", "test-fs", "test-url", "test-whatwg-url",
    # process.stdout/stderr/stdin and the console over them (docs/STDIO.md).
    "test-console", "test-stdout", "test-stdin", "test-stdio",
    # node:tty (terminal streams over the same adapter).
    "test-tty", "test-ttywrap",
    # node:readline (line input over any stream, terminal line editing).
    "test-readline",
    # structuredClone (the global the library installs where the engine has none).
    "test-structuredClone",
    # node:module's CommonJS loader (require, resolution, package exports).
    "test-module", "test-require",
    # node:buffer's Blob/File, fs's FileHandle files (test-filehandle-*).
    "test-blob", "test-file",
    # The globals the library installs where the host has none (atob/btoa,
    # DOMException) and the reference host's queueMicrotask.
    "test-btoa-atob", "test-domexception", "test-global", "test-queue-microtask",
    # node:querystring.
    "test-querystring",
    # node:sys (an alias of node:util).
    "test-sys",
    # node:punycode.
    "test-punycode",
    # node:crypto's random functions (the rest of crypto is a stub).
    "test-crypto-random", "test-crypto-randomuuid", "test-crypto-randomfillsync-regression",
]

PLACEHOLDER = "TODO"


def usage(msg=None):
    if msg:
        print(f"error: {msg}", file=sys.stderr)
    print("usage: run.sh [--update] <node-test-dir> [file-prefix...]", file=sys.stderr)
    sys.exit(2)


def read_expectations(path):
    """{file: (status, reason)} in file order; '#' starts a comment line."""
    out = {}
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split(None, 2)
            if len(parts) < 2 or parts[1] not in ("pass", "skip") or (parts[1] == "skip" and len(parts) < 3):
                print(f"{path}:{n}: expected `test-x.js pass` or `test-x.js skip <reason>`", file=sys.stderr)
                sys.exit(2)
            out[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else "")
    return out


HEADER = """\
# Node v20.11.1's test/parallel files for the native modules, run by
# c-tests/node-suite/run.sh through build/jsrt-node.
#   <file> pass            must pass (exit 0 within the timeout)
#   <file> skip <reason>   known not to pass; run anyway, reported if it starts passing
# Regenerate after a change: c-tests/node-suite/run.sh --update <node-test-dir>
# (a new failure gets a "TODO" reason: replace it by hand with the cause; a
# reason starting with "TODO" is provisional and --update replaces it).
"""


def write_expectations(path, table):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for name in sorted(table):
            status, reason = table[name]
            f.write(f"{name} {status}{' ' + reason if status == 'skip' else ''}\n")


def flags_of(src):
    m = re.search(r"^//\s*Flags:(.*)$", src, re.M)
    return m.group(1).split() if m else []


def guess_reason(src, flags, result):
    """A reason for a failing file, from its flags and what it died of; None if nothing obvious."""
    err = result["err"] + result["out"]
    if "--expose-internals" in flags or re.search(r"require\(['\"]internal/", src):
        return "needs --expose-internals"
    if result["timeout"]:
        return "times out"
    m = re.search(r"(node:)?([\w/]+)\.\w+ is not supported", err)
    if m:
        return f"needs {m.group(2)}"
    m = re.search(r"(node:[\w/]+) is not supported", err)
    if m:
        return f"needs {m.group(1)}"
    m = re.search(r"ReferenceError: (\w+) is not defined", err)
    if m:
        return f"needs global {m.group(1)}"
    if "--expose-gc" in flags or "--expose_gc" in flags:
        return "needs --expose-gc"
    other = [f for f in flags if f != "--no-warnings"]
    if other:
        return "needs flag " + " ".join(other)
    return None


def first_error(text):
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    for l in lines:
        if re.match(r"^(\w*Error|AssertionError|TypeError|RangeError)\b", l) or "Error [" in l or "Error:" in l:
            return l[:160]
    return lines[0][:160] if lines else ""


def run_one(binary, args, cwd, env, timeout):
    start = time.monotonic()
    try:
        p = subprocess.Popen([binary] + args, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    except OSError as e:
        return {"ok": False, "code": None, "out": "", "err": str(e), "timeout": False, "secs": 0.0}
    try:
        out, err = p.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = p.communicate()
        timed_out = True
    code = p.returncode
    text = out.decode("utf-8", "replace")
    # common.skip() prints a TAP plan of 0 and exits 0: the file tested nothing,
    # so it is not a pass (Node's own runner reports it as skipped too).
    skipped = re.search(r"^1\.\.0 # Skipped:\s*(.*)$", text, re.M)
    return {"ok": code == 0 and not timed_out and not skipped, "code": code, "timeout": timed_out,
            "self_skip": skipped.group(1).strip() if skipped else None,
            "out": text, "err": err.decode("utf-8", "replace"),
            "secs": time.monotonic() - start}


def describe(r):
    if r.get("self_skip") is not None:
        return f"skipped itself: {r['self_skip']}"
    if r["timeout"]:
        return "timed out"
    if r["code"] is None:
        return "did not start"
    if r["code"] < 0:
        return f"signal {-r['code']}"
    return f"exit {r['code']}"


def main(argv):
    update = False
    rest = []
    for a in argv:
        if a == "--update":
            update = True
        elif a in ("-h", "--help"):
            usage()
        elif a.startswith("--"):
            usage(f"unknown option {a}")
        else:
            rest.append(a)
    if not rest:
        usage()
    root = os.path.abspath(rest[0])
    if not os.path.isdir(os.path.join(root, "parallel")) and os.path.isdir(os.path.join(root, "test", "parallel")):
        root = os.path.join(root, "test")
    par = os.path.join(root, "parallel")
    if not os.path.isdir(par) or not os.path.isdir(os.path.join(root, "common")):
        usage(f"{rest[0]} has no parallel/ and common/ directories (Node's test/)")
    prefixes = rest[1:] or DEFAULT_PREFIXES

    binary = os.environ.get("JSRT_NODE") or os.path.join(REPO, "build", "jsrt-node")
    binary = os.path.abspath(binary)
    if not os.access(binary, os.X_OK):
        usage(f"jsrt-node binary not found: {binary} (set JSRT_NODE)")
    node = os.environ.get("NODE", "node")
    if node:
        from shutil import which
        node = which(node) or ""
    jobs = max(1, int(os.environ.get("JOBS", "2")))
    timeout = float(os.environ.get("TIMEOUT", "10"))
    exp_path = os.environ.get("EXPECTATIONS") or os.path.join(HERE, "expectations.txt")
    expectations = read_expectations(exp_path)

    files = sorted(f for f in os.listdir(par)
                   if re.match(r"^test-.*\.m?js$", f) and any(f.startswith(p) for p in prefixes))
    if not files:
        usage(f"no test/parallel files start with {' '.join(prefixes)}")

    results = {}
    lock = threading.Lock()
    queue = list(files)
    node_version = ""
    if node:
        node_version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()

    def env_for(slot):
        env = dict(os.environ)
        env.update({"NODE_TEST_KNOWN_GLOBALS": "0", "NODE_SKIP_FLAG_CHECK": "1", "NO_COLOR": "1",
                    # test/common/tmpdir makes test/.tmp.<id>: unique per run as
                    # well as per slot, so two runs on one checkout never share one.
                    "TEST_THREAD_ID": f"{os.getpid()}-{slot}"})
        env.pop("NODE_OPTIONS", None)
        return env

    def worker(slot):
        env = env_for(slot)
        while True:
            with lock:
                if not queue:
                    return
                name = queue.pop(0)
            path = os.path.join("parallel", name)
            with open(os.path.join(par, name), encoding="utf-8", errors="replace") as f:
                src = f.read()
            flags = flags_of(src)
            ours = run_one(binary, [path], root, env, timeout)
            ref = run_one(node, flags + [path], root, env, timeout) if node else None
            with lock:
                results[name] = (ours, ref, src, flags)
                report(name)

    counts = {"passed": 0, "failed": 0, "skipped": 0}
    failed, unexpected, placeholders = [], [], []

    def report(name):
        ours, ref, src, flags = results[name]
        status, reason = expectations.get(name, ("pass", ""))
        node_note = ""
        if ref is not None:
            node_note = "  [node: pass]" if ref["ok"] else f"  [node: fail, {describe(ref)}]"
        if ours["ok"]:
            if status == "skip":
                counts["skipped"] += 1
                unexpected.append((name, reason))
                print(f"UNEXPECTED PASS {name}  (expected skip: {reason}){node_note}", flush=True)
            else:
                counts["passed"] += 1
                print(f"ok    {name}{node_note}", flush=True)
        elif status == "skip":
            counts["skipped"] += 1
            if reason.startswith(PLACEHOLDER):
                placeholders.append(name)
            print(f"skip  {name}  # {reason}{node_note}", flush=True)
        else:
            counts["failed"] += 1
            failed.append(name)
            print(f"FAIL  {name}  ({describe(ours)}){node_note}", flush=True)
            # The error line first (the stack below it can be long), then the tail.
            lines = (ours["err"] or ours["out"]).strip().splitlines()
            first = [l for l in lines if "Error" in l or "Uncaught" in l][:1]
            tail = first + [l for l in lines[-7:] if l not in first]
            for l in tail:
                print(f"      | {l[:200]}", flush=True)

    threads = [threading.Thread(target=worker, args=(slot,)) for slot in range(1, jobs + 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # What a test left of its scratch directory goes with the run.
    import glob
    import shutil
    for d in glob.glob(os.path.join(root, f".tmp.{os.getpid()}-*")):
        shutil.rmtree(d, ignore_errors=True)

    # Per-prefix table: a file counts under the longest prefix it starts with.
    print()
    print(f"{'prefix':<22} {'ours':>9} {'node':>9}")
    for p in prefixes:
        mine = [f for f in files if max((q for q in prefixes if f.startswith(q)), key=len) == p]
        if not mine:
            continue
        ours_ok = sum(1 for f in mine if results[f][0]["ok"])
        node_col = f"{sum(1 for f in mine if results[f][1]['ok'])}/{len(mine)}" if node else "-"
        print(f"{p:<22} {f'{ours_ok}/{len(mine)}':>9} {node_col:>9}")
    if node_version:
        print(f"(node column: {node_version})")
    if unexpected:
        print("\nunexpected passes (mark them `pass`, or run with --update):")
        for name, reason in unexpected:
            print(f"  {name}  (was: {reason})")
    if placeholders:
        shown = " ".join(placeholders[:5]) + (" ..." if len(placeholders) > 5 else "")
        print(f"\n{len(placeholders)} skip reason(s) still say {PLACEHOLDER} (provisional): {shown}")
    print(f"\n{counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped")

    if update:
        table = dict(expectations)
        for name in files:
            ours, ref, src, flags = results[name]
            old = expectations.get(name)
            if ours["ok"]:
                table[name] = ("pass", "")
            elif old and old[0] == "skip" and not old[1].startswith(PLACEHOLDER):
                table[name] = old
            else:
                guess = guess_reason(src, flags, ours)
                if ref is not None and not ref["ok"]:
                    guess = f"fails under node {node_version} too ({describe(ref)})"
                if guess is None:
                    guess = f"{PLACEHOLDER}: {first_error(ours['err'] or ours['out']) or describe(ours)}"
                table[name] = ("skip", guess)
        write_expectations(exp_path, table)
        print(f"wrote {exp_path} ({len(table)} files)")
        gen = os.path.join(REPO, "docs", "gen-compatibility.py")
        if os.path.exists(gen) and exp_path == os.path.join(HERE, "expectations.txt"):
            r = subprocess.run([sys.executable, gen, binary])
            if r.returncode != 0:
                print("regenerating docs/COMPATIBILITY.md failed", file=sys.stderr)
                return 1
        return 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
