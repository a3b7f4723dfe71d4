#!/usr/bin/env python3
"""Proves the engine layer uses only the portable QuickJS subset (DESIGN.md §3).

1. Symbols: every undefined JS_*/js_*/__JS* symbol of the library archive's own
   members (the Rust code; the bundled engine's and libuv's C members and
   host_compat.c's object are skipped) must be named in the allow-list. In host
   mode the archive must also hold no engine object at all.
2. Prototypes (given --host-header): each allowed function must have the same
   prototype in quickjs-ng's header (what the Rust bindings were generated from)
   and in the host's header, as the C compiler sees them (gcc -aux-info), and
   the function-pointer typedefs they take must match.
3. Constants and layouts (given --host-header): every QuickJS constant the engine
   layer names (q::JS_TAG_*, JS_PROP_*, ...) must have the same value in both
   headers, and the structs it reads must have the same size and offsets.

Run by ctest (test `engine_portability`) in every build; the host-mode build of
the engine matrix (.ci/engine-matrix.sh) runs all three parts against Bellard's
quickjs.h.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ENGINE_MEMBER = re.compile(r"^[0-9a-f]+-(quickjs|libregexp|libunicode|dtoa|cutils|libbf)\.o$")
C_MEMBER = re.compile(r"^[0-9a-f]{16}-.*\.o$")  # objects the cc crate builds (engine, libuv)
COMPAT_MEMBER = re.compile(r"host_compat\.c\.o(bj)?$")
ENGINE_SYM = re.compile(r"^(JS_|js_|__JS)")
# Exported by quickjs-ng, `static inline` in Bellard's header: host_compat.c defines them.
COMPAT_FUNCS = ["JS_FreeValue", "JS_FreeValueRT", "JS_DupValue", "JS_DupValueRT", "JS_GetProperty", "JS_SetProperty"]
# JSValue constants and helpers rquickjs-sys implements in Rust: not integer constants.
NOT_INT_CONSTANTS = {"JS_UNDEFINED", "JS_NULL", "JS_TRUE", "JS_FALSE", "JS_EXCEPTION", "JS_UNINITIALIZED"}


def fail(msg):
    print("engine_portability: FAIL: " + msg)
    return 1


def read_allowlist(path):
    """(names, bundled_only): a name followed by `bundled-only` has a different
    ABI per engine; only the bundled build's Rust code may call it (through the
    bindings of the engine it is built with), a host-engine build never."""
    names, bundled_only = [], set()
    with open(path) as f:
        for line in f:
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            names.append(words[0])
            if words[1:] == ["bundled-only"]:
                bundled_only.add(words[0])
            elif words[1:]:
                raise SystemExit(f"engine_portability: bad allow-list line: {line.strip()}")
    return names, bundled_only


def archive_symbols(archive):
    """{member: (undefined set, defined set)} from `readelf -s` (no BFD plugin involved)."""
    out = subprocess.run(["readelf", "-s", "--wide", archive], capture_output=True, text=True).stdout
    members, cur = {}, None
    for line in out.splitlines():
        m = re.match(r"^File: .*\((.*)\)$", line)
        if m:
            cur = m.group(1)
            members.setdefault(cur, (set(), set()))
            continue
        parts = line.split()
        if cur is None or len(parts) < 8 or not parts[0].endswith(":"):
            continue
        bind, ndx, name = parts[4], parts[6], parts[7].split("@")[0]
        if bind not in ("GLOBAL", "WEAK"):
            continue
        (members[cur][0] if ndx == "UND" else members[cur][1]).add(name)
    return members


def check_symbols(args, allowed):
    if not os.path.exists(args.archive):
        return fail(f"archive {args.archive} not found (build first)")
    members = archive_symbols(args.archive)
    if not members:
        return fail(f"readelf listed no members of {args.archive}")
    undefined, defined_engine, errors = set(), [], 0
    for member, (und, dfn) in members.items():
        if ENGINE_MEMBER.match(member):
            if args.host_mode:
                errors += fail(f"host-mode archive still holds engine member {member}")
            continue
        if COMPAT_MEMBER.search(member):
            extra = sorted(s for s in dfn if ENGINE_SYM.match(s) and s not in COMPAT_FUNCS)
            if extra:
                errors += fail(f"{member} defines more than the compat functions: {extra}")
            continue
        if C_MEMBER.match(member):
            continue  # libuv
        undefined |= {s for s in und if ENGINE_SYM.match(s)}
        if args.host_mode:
            defined_engine += [f"{member}: {s}" for s in dfn if s.startswith("JS_")]
    if defined_engine:
        errors += fail("host-mode archive defines engine functions:\n  " + "\n  ".join(sorted(defined_engine)[:20]))
    if args.host_mode:
        for name in sorted(undefined & args.bundled_only):
            errors += fail(f"{name}: bundled-only (its ABI differs per engine), yet the host-engine archive calls it"
                           " (build the crate with --features host-engine)")
    extra = sorted(undefined - set(allowed))
    if extra:
        errors += fail(
            "the engine layer calls QuickJS functions outside .ci/quickjs-allowlist.txt:\n  "
            + "\n  ".join(extra)
            + "\nEach must exist with the same prototype in Bellard's quickjs.h (hirofa-quickjs-sys 0.11.0,"
            " bellard/quickjs/quickjs.h) and quickjs-ng's; if it does, add it to the allow-list (the engine"
            " matrix, .ci/engine-matrix.sh, then compares the prototypes), otherwise use the portable route"
            " in DESIGN.md §3."
        )
    if not extra:
        print(f"engine_portability: the library calls {len(undefined)} QuickJS functions, all allowed"
              f" ({len(set(allowed) - undefined)} more allowed but unused)")
    return errors


def aux_info(header, workdir, tag):
    src = os.path.join(workdir, f"{tag}.c")
    aux = os.path.join(workdir, f"{tag}.aux")
    with open(src, "w") as f:
        f.write('#include "quickjs.h"\n')
    subprocess.run(["gcc", "-fsyntax-only", "-I", os.path.dirname(header), "-aux-info", aux, src], check=True)
    protos = {}
    with open(aux) as f:
        for line in f:
            line = re.sub(r"/\*.*?\*/", "", line).strip()
            m = re.match(r"^(extern|static)\s+(.*?)\b([A-Za-z_]\w*)\s*\((.*)\);$", line)
            if m:
                protos[m.group(3)] = (m.group(1), m.group(2).strip(), m.group(4).strip())
    return protos


def strip_param_names(params):
    """'JSContext *ctx, JSValue v' -> 'JSContext *, JSValue' (aux-info keeps names for static functions)."""
    out = []
    for p in split_params(params):
        p = p.strip()
        m = re.match(r"^(.*?[\s*])([A-Za-z_]\w*)$", p)
        if m and m.group(1).strip() not in ("", "const", "struct", "unsigned", "signed") and not p.endswith(")"):
            p = m.group(1)
        out.append(re.sub(r"\s+", " ", p).replace(" *", " *").strip())
    return ", ".join(out)


def split_params(s):
    depth, cur, out = 0, "", []
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur)
    return out


def norm(sig):
    return re.sub(r"\s+", " ", sig).replace("( *)", "(*)").strip()


def typedef_text(header, name):
    text = open(header).read()
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    m = re.search(r"typedef\s+([^;{}]*?)\b" + re.escape(name) + r"\s*\(([^;]*?)\)\s*;", text, re.S)
    if not m:
        return None
    ret = m.group(1).strip()
    params = strip_param_names(m.group(2))
    s = f"{ret} {name}({params})"
    s = s.replace("JSValueConst", "JSValue").replace("JS_BOOL", "bool")
    return norm(s)


def check_prototypes(args, allowed, workdir):
    ng = aux_info(args.ng_header, workdir, "ng")
    host = aux_info(args.host_header, workdir, "host")
    errors, bool_notes, typedefs = 0, [], set()
    for name in allowed:
        if name not in ng:
            errors += fail(f"{name}: not declared in quickjs-ng's header")
            continue
        if name not in host:
            errors += fail(f"{name}: not declared in the host's header {args.host_header}")
            continue
        ng_kind, ng_ret, ng_params = ng[name]
        h_kind, h_ret, h_params = host[name]
        if h_kind == "static" and name not in COMPAT_FUNCS:
            errors += fail(f"{name}: static inline in the host header and not provided by host_compat.c")
        a = norm(f"{ng_ret} ({strip_param_names(ng_params)})")
        b = norm(f"{h_ret} ({strip_param_names(h_params)})")
        if a != b:
            if a.replace("_Bool", "int") == b.replace("_Bool", "int"):
                bool_notes.append(f"{name}: {a}  vs  {b}")
            else:
                errors += fail(f"{name}: prototypes differ:\n    quickjs-ng: {a}\n    host:       {b}")
        typedefs |= set(re.findall(r"\b(JS[A-Za-z]*Func\w*|JSCFunction\w*)\b", ng_params))
    for t in sorted(typedefs):
        a, b = typedef_text(args.ng_header, t), typedef_text(args.host_header, t)
        if a is None or b is None:
            continue  # not a function typedef (e.g. an enum)
        if a != b:
            errors += fail(f"typedef {t} differs:\n    quickjs-ng: {a}\n    host:       {b}")
    print(f"engine_portability: {len(allowed)} prototypes compared with {args.host_header}")
    for n in bool_notes:
        print(f"  note: bool vs JS_BOOL (int) only — same ABI for 0/1 values: {n}")
    return errors


def engine_constants(engine_src):
    names = set()
    for root, _, files in os.walk(engine_src):
        for fn in files:
            if fn.endswith(".rs"):
                text = open(os.path.join(root, fn)).read()
                text = re.sub(r"//[^\n]*", "", text)
                for m in re.finditer(r"\bq::(?:JSCFunctionEnum_)?(JS_(?:ATOM_\w+|[A-Z][A-Z0-9_]*))\b(\s*\()?", text):
                    if m.group(2) is None and m.group(1) not in NOT_INT_CONSTANTS:
                        names.add(m.group(1))
    return sorted(names)


LAYOUTS = [
    ("sizeof(JSValue)", "sizeof(JSValue)"),
    ("sizeof(JSAtom)", "sizeof(JSAtom)"),
    ("sizeof(JSClassID)", "sizeof(JSClassID)"),
    ("sizeof(JSPropertyEnum)", "sizeof(JSPropertyEnum)"),
    ("offsetof(JSPropertyEnum, atom)", "offsetof(JSPropertyEnum, atom)"),
    ("sizeof(JSCFunctionEnum)", "sizeof(JSCFunctionEnum)"),
]


def constants_of(header, names, workdir, tag):
    src = os.path.join(workdir, f"{tag}-const.c")
    exe = os.path.join(workdir, f"{tag}-const")
    with open(src, "w") as f:
        f.write('#include <stddef.h>\n#include <stdio.h>\n#include "quickjs.h"\nint main(void) {\n')
        for n in names:
            f.write(f'  printf("%s=%lld\\n", "{n}", (long long)({n}));\n')
        for label, expr in LAYOUTS:
            f.write(f'  printf("%s=%lld\\n", "{label}", (long long)({expr}));\n')
        f.write("  return 0;\n}\n")
    r = subprocess.run(["gcc", "-w", "-I", os.path.dirname(header), "-o", exe, src], capture_output=True, text=True)
    if r.returncode != 0:
        missing = re.findall(r"'(JS_\w+)' undeclared", r.stderr)
        raise RuntimeError(f"constants do not compile against {header}: {sorted(set(missing)) or r.stderr[:2000]}")
    out = subprocess.run([exe], capture_output=True, text=True, check=True).stdout
    return dict(line.split("=", 1) for line in out.splitlines())


def check_constants(args, workdir):
    names = engine_constants(args.engine_src)
    errors = 0
    names = [n for n in names if not n.startswith("JS_ATOM_")]  # check_atoms reports them
    try:
        a = constants_of(args.ng_header, names, workdir, "ng")
        b = constants_of(args.host_header, names, workdir, "host")
    except RuntimeError as e:
        return fail(str(e))
    for k in a:
        if a[k] != b.get(k):
            errors += fail(f"{k} is {a[k]} in quickjs-ng but {b.get(k)} in the host's header")
    if not errors:
        print(f"engine_portability: {len(names)} constants and {len(LAYOUTS)} layouts agree")
    return errors


def check_atoms(args):
    atoms = [n for n in engine_constants(args.engine_src) if n.startswith("JS_ATOM_")]
    if atoms:
        return fail(f"rquickjs-sys's atom constants are engine-private (only ids 1-36 agree): {atoms}; "
                    "make atoms with JS_NewAtom and cache them per runtime")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--archive", required=True)
    ap.add_argument("--allowlist", required=True)
    ap.add_argument("--ng-header", required=True)
    ap.add_argument("--host-header")
    ap.add_argument("--host-mode", action="store_true")
    ap.add_argument("--engine-src", required=True)
    args = ap.parse_args()
    allowed, args.bundled_only = read_allowlist(args.allowlist)
    errors = check_symbols(args, allowed) + check_atoms(args)
    if args.host_header:
        with tempfile.TemporaryDirectory() as d:
            errors += check_prototypes(args, [n for n in allowed if n not in args.bundled_only], d)
            errors += check_constants(args, d)
    if errors:
        print(f"engine_portability: {errors} problem(s)")
        return 1
    print("engine_portability: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
