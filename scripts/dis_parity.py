#!/usr/bin/env python3
"""Print PVM's bytecode parity with CPython 3.11, the figure of
core/compiler/tests/dis_parity.rs, by running ``pvm dis --format json``
against ``python3``'s own ``dis``.

    python3 scripts/dis_parity.py [PATH ...] [--pvm BINARY] [--verbose]

PATHs are files or folders of *.py (default: tests/compiler/programs).
A code object matches when its opnames equal CPython's, ignoring RESUME,
CACHE, PRECALL, KW_NAMES, PUSH_NULL, NOP, EXTENDED_ARG, COPY_FREE_VARS,
MAKE_CELL, RETURN_GENERATOR and the direction of jumps. Files CPython
cannot compile are skipped.

With ``--text``, it compares instead the whole ``pvm dis FILE`` listing
with ``python3 -m dis FILE`` (code object addresses masked) and prints the
share of files whose listings are identical.
"""

import argparse
import dis
import io
import json
import os
import re
import subprocess
import sys
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IGNORED = {
    "RESUME", "CACHE", "PRECALL", "KW_NAMES", "PUSH_NULL", "NOP",
    "EXTENDED_ARG", "COPY_FREE_VARS", "MAKE_CELL", "RETURN_GENERATOR",
}


def normalize(ops):
    return [o.replace("_FORWARD", "").replace("_BACKWARD", "")
            for o in ops if o not in IGNORED]


def code_objects(code):
    yield code
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            yield from code_objects(const)


def cpython(path):
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code = compile(source, path, "exec", dont_inherit=True)
    return [(co.co_qualname, normalize(i.opname for i in dis.get_instructions(co)))
            for co in code_objects(code)]


def pvm(binary, path):
    run = subprocess.run([binary, "dis", "--format", "json", path],
                         capture_output=True, text=True)
    if run.returncode != 0:
        return None, (run.stderr or run.stdout).strip().splitlines()[-1:]
    items = json.loads(run.stdout)
    return [(c["qualname"], normalize(i["opname"] for i in c["instructions"]))
            for c in items], None


ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def text_listing(path):
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code = compile(source, path, "exec", dont_inherit=True)
    out = io.StringIO()
    dis.dis(code, file=out)
    return ADDRESS.sub(" at 0x?", out.getvalue())


def text_parity(binary, paths, verbose):
    total = matched = 0
    for path in files(paths):
        try:
            want = text_listing(path)
        except (SyntaxError, ValueError, UnicodeDecodeError):
            continue
        total += 1
        run = subprocess.run([binary, "dis", path], capture_output=True, text=True)
        got = ADDRESS.sub(" at 0x?", run.stdout)
        if got == want:
            matched += 1
        elif verbose:
            wl, gl = want.splitlines(), got.splitlines()
            for i in range(max(len(wl), len(gl))):
                w = wl[i] if i < len(wl) else "<end>"
                g = gl[i] if i < len(gl) else "<end>"
                if w != g:
                    print(f"{path}:{i + 1}:\n  python: {w}\n  pvm:    {g}")
                    break
    pct = 100.0 * matched / max(total, 1)
    print(f"dis text parity: {matched}/{total} files ({pct:.1f}%) "
          f"list exactly as python3 -m dis")


def files(paths):
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames.sort()
                for name in sorted(filenames):
                    if name.endswith(".py"):
                        yield os.path.join(dirpath, name)
        else:
            yield p


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*",
                    default=[os.path.join(ROOT, "tests", "compiler", "programs")])
    ap.add_argument("--pvm", default=None, help="the pvm binary")
    ap.add_argument("--verbose", action="store_true", help="list mismatches")
    ap.add_argument("--text", action="store_true",
                    help="compare whole listings with python3 -m dis")
    args = ap.parse_args()
    binary = args.pvm
    if binary is None:
        for profile in ("release", "debug"):
            candidate = os.path.join(ROOT, "target", profile, "pvm")
            if os.path.exists(candidate):
                binary = candidate
                break
    if binary is None:
        sys.exit("no pvm binary: build it with `cargo build -p pvm` or pass --pvm")
    if args.text:
        text_parity(binary, args.paths, args.verbose)
        return
    total = matched = 0
    for path in files(args.paths):
        try:
            want = cpython(path)
        except (SyntaxError, ValueError, UnicodeDecodeError):
            continue
        total += len(want)
        got, error = pvm(binary, path)
        if got is None:
            if args.verbose:
                print(f"{path}: pvm failed: {' '.join(error)}")
            continue
        for i, (qualname, ops) in enumerate(want):
            if i < len(got) and got[i][0] == qualname and got[i][1] == ops:
                matched += 1
            elif args.verbose:
                print(f"{path}: {qualname}: differs")
    pct = 100.0 * matched / max(total, 1)
    print(f"dis parity: {matched}/{total} code objects ({pct:.1f}%) "
          f"match CPython 3.11's opnames")


if __name__ == "__main__":
    main()
