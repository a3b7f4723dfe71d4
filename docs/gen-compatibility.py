#!/usr/bin/env python3
"""Generates docs/COMPATIBILITY.md from the registry and the Node test-suite expectations.

    python3 docs/gen-compatibility.py [build/jsrt-node]           # rewrite the page
    python3 docs/gen-compatibility.py --check [build/jsrt-node]   # exit 1 if it is stale

Sources: src/registry/mod.rs (NATIVE, UNSUPPORTED, PREFIX_ONLY), src/registry/node20_exports.rs
(Node 20's built-in names and their function exports), c-tests/node-suite/expectations.txt
(Node's own test files per native module), and the reference host (build/jsrt-node), which is
asked for each module's exports and for the exact error texts. Needs no `node`.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "docs", "COMPATIBILITY.md")
EXPECTATIONS = os.path.join(REPO, "c-tests", "node-suite", "expectations.txt")

# Which of Node's test/parallel file prefixes belong to which module (as the
# runner's default prefixes, c-tests/node-suite/runner.py).
TEST_PREFIXES = {
    "path": ["test-path"],
    "string_decoder": ["test-string-decoder"],
    "os": ["test-os"],
    "events": ["test-event-emitter", "test-events", "test-eventtarget"],
    "buffer": ["test-buffer"],
    "util": ["test-util", "test-mime", "test-parse-args"],
    "assert": ["test-assert"],
    "process": ["test-process", "test-signal"],
    "stream": ["test-stream", "test-readable"],
    "fs": ["test-fs"],
    "url": ["test-url", "test-whatwg-url"],
}


# Native modules with a part that throws ERR_NOT_SUPPORTED or differs in
# shape from Node's, said in words (the export lists below cannot show it).
PARTIAL = {
    "url": "`URL` and `URLSearchParams` are the WHATWG classes, also installed as globals "
           "(`JSRT_NODE_GLOBAL_URL`) where the host has none. When the host has a global `URL` "
           "of its own (jsrt does), `url.URL`/`url.URLSearchParams` are the host's classes (as "
           "Node's `url.URL === globalThis.URL`): `fileURLToPath` and `urlToHttpOptions` take any "
           "URL-like object, `format(url, options)` an instance of that class. The legacy API "
           "(`Url`, `parse`, `resolve`, `resolveObject`, `format` of an object) is Node's.",
    "test": "Not here: `run()` (test files in child processes) and `mock.timers` throw "
            "`ERR_NOT_SUPPORTED`; `only` runs like a plain test (no `--test-only`); the TAP "
            "report has no `location`/`stack` lines.",
    "stream": "The module object is a proxy over the legacy `Stream` constructor that runs the "
              "module's script on its first use, not at `require` (docs/STARTUP.md): "
              "`util.types.isProxy`, `util.inspect` and `util.isDeepStrictEqual` see Node's plain "
              "function, but `String(require('stream'))` is `function Stream() { [native code] }` "
              "where Node prints the source.",
    "fs": "The module object is a proxy over the object fs.js fills on the module's first use, "
          "not at `require` (docs/STARTUP.md): `util.types.isProxy`, `util.inspect` and "
          "`util.isDeepStrictEqual` see Node's plain object.",
    "async_hooks": "Only `AsyncResource` is implemented (the library tracks no async context, so "
                   "`runInAsyncScope` calls the function, as Node does when no hook or store "
                   "listens); `createHook`, `AsyncLocalStorage`, `executionAsyncId`, "
                   "`triggerAsyncId` and `executionAsyncResource` are the stub's and throw "
                   "`ERR_NOT_SUPPORTED`.",
    "crypto": "Only the random functions are implemented: `randomBytes`, `randomFill`, "
              "`randomFillSync`, `randomInt`, `randomUUID`, `getRandomValues` and `webcrypto`'s "
              "`getRandomValues`/`randomUUID` (bytes from the kernel's `getrandom`). Every other "
              "function (hashes, HMACs, ciphers, keys, `scrypt`, `pbkdf2`, ...) is the stub's: it "
              "throws `ERR_NOT_SUPPORTED`, and `webcrypto.subtle`'s operations reject with it.",
}


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def registry():
    src = read(os.path.join(REPO, "src", "registry", "mod.rs"))
    native = re.findall(r'\("([\w/]+)",\s*modules::', src[src.index("const NATIVE"):src.index("];", src.index("const NATIVE"))])
    block = src[src.index("const UNSUPPORTED"):]
    unsupported = re.findall(r'"([\w/]+)"', block[:block.index(";")])
    block = src[src.index("const PREFIX_ONLY"):]
    prefix_only = re.findall(r'"([\w/]+)"', block[:block.index(";")])
    exports = {}
    for name, fns in re.findall(r'\("([\w/]+)",\s*&\[(.*?)\]\)', read(os.path.join(REPO, "src", "registry", "node20_exports.rs"))):
        exports[name] = re.findall(r'"(\w+)"', fns)
    return native, unsupported, prefix_only, exports


PROBE = r"""
'use strict';
const plan = %s;
const out = {};
function err(f) {
  try { f(); return null; } catch (e) { return { name: e && e.name, code: e && e.code, message: e && e.message }; }
}
for (const [id, spec, tier, first] of plan) {
  const r = { tier };
  const e = err(() => { r.mod = require(spec); });
  if (e) { r.requireError = e; delete r.mod; out[id] = r; continue; }
  const m = r.mod; delete r.mod;
  r.keys = Object.keys(m);
  r.functions = r.keys.filter((k) => typeof m[k] === 'function');
  if (tier === 'stub' && first) r.callError = err(() => m[first]());
  out[id] = r;
}
// The library's answer for an unknown `node:` name (the reference host's CJS
// require resolves such names as files; its ES loader asks the library).
import('node:no-such-module').then(
  () => { out['<unknown>'] = { requireError: null }; },
  (e) => { out['<unknown>'] = { requireError: { name: e.name, code: e.code, message: e.message } }; },
).then(() => process.stdout.write(JSON.stringify(out)));
"""


def probe(binary, native, unsupported, prefix_only, exports):
    plan = []
    for name in exports:
        spec = ("node:" + name) if name in prefix_only else name
        tier = "native" if name in native else "unsupported" if name in unsupported else "stub"
        plan.append([name, spec, tier, (exports[name] or [None])[0]])
    with tempfile.TemporaryDirectory() as d:
        f = os.path.join(d, "probe.js")
        with open(f, "w", encoding="utf-8") as fh:
            fh.write(PROBE % json.dumps(plan))
        r = subprocess.run([binary, f], capture_output=True, text=True, timeout=60, cwd=d)
    if r.returncode != 0:
        sys.exit(f"probe failed under {binary}:\n{r.stderr}")
    return json.loads(r.stdout)


def suite_counts():
    """{module: (passing, total)} from the expectations file."""
    lines = []
    if os.path.exists(EXPECTATIONS):
        for l in read(EXPECTATIONS).splitlines():
            l = l.strip()
            if l and not l.startswith("#"):
                p = l.split(None, 2)
                lines.append((p[0], p[1]))
    all_prefixes = [p for ps in TEST_PREFIXES.values() for p in ps]
    out = {}
    for mod, prefixes in TEST_PREFIXES.items():
        mine = [(f, s) for f, s in lines
                if max((q for q in all_prefixes if f.startswith(q)), key=len, default="") in prefixes]
        if mine:
            out[mod] = (sum(1 for _, s in mine if s == "pass"), len(mine))
    return out


def code_list(names):
    return ", ".join(f"`{n}`" for n in names) if names else "—"


def render(native, unsupported, prefix_only, exports, info):
    counts = suite_counts()
    tiers = {}
    for name in exports:
        tiers[name] = info[name]["tier"]
    lines = []
    w = lines.append
    w("# Node.js compatibility")
    w("")
    w("<!-- Generated by docs/gen-compatibility.py from src/registry/ and c-tests/node-suite/expectations.txt;")
    w("     do not edit. `python3 docs/gen-compatibility.py build/jsrt-node` rewrites it; the ctest")
    w("     `compatibility_doc` fails when it is stale. -->")
    w("")
    w("What `require('<name>')` / `import 'node:<name>'` gives for every Node 20 core module, as the")
    w("library ships it (a host may register its own module under any of these names: that one wins).")
    w("")
    w("## Tiers")
    w("")
    stub_example = next((info[n] for n in exports if tiers[n] == "stub" and info[n].get("callError")), None)
    unsup_example = next((info[n] for n in exports if tiers[n] == "unsupported"), None)
    unknown = info["<unknown>"]["requireError"]
    w("- **native** — implemented by this library.")
    w("- **host** — registered by the host with `JSRT_NodeRegisterModule` (jsrt's C modules); replaces")
    w("  whatever tier the name has below.")
    if stub_example:
        e = stub_example["callError"]
        w("- **stub** — requireable; the object has Node's function names and each throws (when called,")
        w("  and a class under `new` too)")
        w(f"  `{e['name']}` with `code` `{e['code']}` and message `<module>.<api> is not supported`")
        first = next(n for n in exports if tiers[n] == "stub" and info[n].get("callError"))
        w(f"  (e.g. `require('{first}').{exports[first][0]}()` → `{e['message']}`).")
        w("  What programs (and Node's `test/common`) touch at load time is kept working without")
        w("  pretending to work: setters of process-wide defaults (`setDefault*`, e.g.")
        w("  `net.setDefaultAutoSelectFamilyAttemptTimeout`) are no-ops; `child_process.spawnSync`")
        w("  returns Node's result of a spawn that failed (`status: null`, the `ERR_NOT_SUPPORTED` error")
        w("  in `error`); plain data has Node's main-thread value (`worker_threads.isMainThread` true,")
        w("  `threadId` 0, `parentPort`/`workerData` null, `resourceLimits` {}).")
    if unsup_example:
        e = unsup_example["requireError"]
        first = next(n for n in exports if tiers[n] == "unsupported")
        w("- **unsupported** — `require` throws")
        w(f"  `{e['name']}` with `code` `{e['code']}`: `{e['message']}` (for `{first}`).")
    w(f"- Any other `node:` name throws `{unknown['name']}` with `code` `{unknown['code']}`: `{unknown['message']}`")
    w("  (for `node:no-such-module`; a name without the prefix is left to the host's package lookup).")
    w("- A native module's API that is not implemented yet throws `ERR_NOT_SUPPORTED` naming")
    w("  `<module>.<api>`; the lists below name Node's function exports a native module lacks.")
    w("")
    w("Node's own tests: files of Node v20.11.1's `test/parallel` for the module, run through the")
    w("reference host by `c-tests/node-suite/run.sh` (expected results in")
    w("`c-tests/node-suite/expectations.txt`; skipped files carry their reason there).")
    w("")
    w("## Modules")
    w("")
    w("| module | tier | exports | Node's test files passing |")
    w("|---|---|---|---|")
    for name in sorted(exports, key=lambda n: (n.startswith("_"), n)):
        shown = ("node:" + name) if name in prefix_only else name
        r = info[name]
        nkeys = str(len(r["keys"])) if "keys" in r else "—"
        c = counts.get(name) if tiers[name] == "native" else None
        suite = f"{c[0]} / {c[1]}" if c else "—"
        w(f"| `{shown}` | {tiers[name]} | {nkeys} | {suite} |")
    w("")
    w("## Native modules")
    for name in exports:
        if tiers[name] != "native":
            continue
        r = info[name]
        w("")
        w(f"### `{('node:' + name) if name in prefix_only else name}`")
        w("")
        if name in PARTIAL:
            w(PARTIAL[name])
            w("")
        c = counts.get(name)
        if c:
            w(f"Node's test files passing: {c[0]} of {c[1]}.")
            w("")
        w(f"Exports ({len(r['keys'])}): {code_list(r['keys'])}.")
        w("")
        missing = [f for f in exports[name] if f not in r["keys"]]
        w(f"Node function exports not provided: {code_list(missing)}.")
    w("")
    w("## Stub modules")
    w("")
    w("Each function listed throws `ERR_NOT_SUPPORTED` when called.")
    w("")
    for name in exports:
        if tiers[name] == "stub":
            shown = ("node:" + name) if name in prefix_only else name
            w(f"- `{shown}`: {code_list(info[name].get('functions', []))}")
    w("")
    w("## Unsupported modules")
    w("")
    for name in exports:
        if tiers[name] == "unsupported":
            shown = ("node:" + name) if name in prefix_only else name
            e = info[name]["requireError"]
            w(f"- `{shown}`: `{e['message']}`")
    w("")
    return "\n".join(lines)


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    binary = os.path.abspath(args[0]) if args else os.path.join(REPO, "build", "jsrt-node")
    if not os.access(binary, os.X_OK):
        sys.exit(f"jsrt-node binary not found: {binary}")
    native, unsupported, prefix_only, exports = registry()
    text = render(native, unsupported, prefix_only, exports, probe(binary, native, unsupported, prefix_only, exports))
    if check:
        old = read(OUT) if os.path.exists(OUT) else ""
        if old != text:
            import difflib
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), text.splitlines(True),
                                                       "docs/COMPATIBILITY.md", "regenerated", n=1))
            print("\ndocs/COMPATIBILITY.md is stale: run python3 docs/gen-compatibility.py build/jsrt-node")
            return 1
        print("docs/COMPATIBILITY.md is current")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
