#!/usr/bin/env python3
"""Measure PVM's parser against CPython 3.11 over the standard library.

    python3 scripts/stdlib_parity.py [--pvm target/release/pvm] [--show N]
                                     [--min-ast PCT] [--min-check PCT]
                                     [--jobs 2] [--timeout S] [--files F ...]

Files: every *.py under sysconfig.get_paths()['stdlib'] (site-packages and
dist-packages excluded), or the files given with --files.

For each file that CPython's ast.parse accepts:

* `PVM ast FILE` must print exactly ast.dump(ast.parse(src)) + "\\n";
* `PVM check FILE` must exit 0 when CPython's compile() accepts the file too
  (a nonzero exit there is a false syntax error).

Files CPython rejects (a few deliberate bad-syntax test files) are only run
through `PVM check`, and reported as missed errors when it exits 0.

Prints the counts, the no-false-error and ast-equal percentages, and up to
--show mismatching files with the first differing position. Exits 0 unless
--min-ast / --min-check is given and not met (exit 1); exits 2 when the PVM
binary does not exist or this is not CPython 3.11.
"""

import argparse
import ast
import concurrent.futures
import os
import subprocess
import sys
import sysconfig
import warnings

CONTEXT = 60  # characters of dump shown before and after the first difference


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "dist-packages", "__pycache__"))
        for name in sorted(filenames):
            if name.endswith(".py"):
                found.append(os.path.join(dirpath, name))
    return sorted(found)


# Set by --positions: compare `ast.dump(..., include_attributes=True)`.
POSITIONS = False


def cpython_expectation(path):
    """(parse_ok, compile_ok, dump) for one file, compiled from its bytes."""
    with open(path, "rb") as f:
        src = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(src, path)
        except (SyntaxError, ValueError):
            return False, False, None
        dump = ast.dump(tree, include_attributes=POSITIONS) + "\n"
        try:
            compile(src, path, "exec", dont_inherit=True)
            compile_ok = True
        except (SyntaxError, ValueError):
            compile_ok = False
    return True, compile_ok, dump


def run(cmd, timeout):
    try:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, b"", b"timed out after %ds" % timeout
    return proc.returncode, proc.stdout, proc.stderr


def first_line(data):
    text = data.decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else ""


def check_file(path, pvm, timeout):
    parse_ok, compile_ok, expected = cpython_expectation(path)
    result = {"path": path, "parse_ok": parse_ok, "compile_ok": compile_ok}
    if not parse_ok:
        code, _, _ = run([pvm, "check", path], timeout)
        result["check_ok"] = code == 0
        return result
    code, out, err = run([pvm, "ast", path] + (["--positions"] if POSITIONS else []), timeout)
    actual = out.decode("utf-8", "replace")
    result["ast_equal"] = code == 0 and actual == expected
    if not result["ast_equal"]:
        result["ast_detail"] = describe_ast_mismatch(expected, actual, code, err)
    code, out, err = run([pvm, "check", path], timeout)
    result["check_ok"] = code == 0
    if code != 0:
        result["check_detail"] = "exit %s: %s" % (
            "timeout" if code is None else code, first_line(err) or first_line(out))
    return result


def describe_ast_mismatch(expected, actual, code, err):
    if code != 0:
        return "`pvm ast` exit %s: %s" % ("timeout" if code is None else code, first_line(err))
    n = 0
    limit = min(len(expected), len(actual))
    while n < limit and expected[n] == actual[n]:
        n += 1
    lo = max(0, n - CONTEXT)
    exp = expected[lo:n + CONTEXT].rstrip("\n")
    act = actual[lo:n + CONTEXT].rstrip("\n")
    prefix = "..." if lo else ""
    return ("first difference at character %d (expected %d chars, got %d)\n"
            "      cpython: %s%s\n"
            "      pvm:     %s%s\n"
            "               %s^"
            % (n, len(expected), len(actual), prefix, exp, prefix, act, " " * (len(prefix) + n - lo)))


def pct(num, den):
    return 100.0 * num / den if den else 100.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pvm", default="target/release/pvm", help="PVM binary (default: %(default)s)")
    parser.add_argument("--show", type=int, default=10, metavar="N", help="list up to N mismatching files of each kind (default: %(default)s)")
    parser.add_argument("--min-ast", type=float, metavar="PCT", help="exit 1 when fewer than PCT%% of the files dump equal ASTs")
    parser.add_argument("--min-check", type=float, metavar="PCT", help="exit 1 when fewer than PCT%% of the files pass `pvm check`")
    parser.add_argument("--jobs", type=int, default=2, help="worker threads (default: %(default)s)")
    parser.add_argument("--timeout", type=int, default=60, help="seconds allowed for one PVM run (default: %(default)s)")
    parser.add_argument("--files", nargs="+", metavar="F", help="only these files")
    parser.add_argument("--positions", action="store_true", help="compare dumps with include_attributes=True")
    args = parser.parse_args()
    global POSITIONS
    POSITIONS = args.positions

    if sys.version_info[:2] != (3, 11):
        print("stdlib_parity.py must run under CPython 3.11 (this is %s)" % sys.version.split()[0], file=sys.stderr)
        return 2
    pvm = os.path.abspath(args.pvm)
    if not (os.path.isfile(pvm) and os.access(pvm, os.X_OK)):
        print("no PVM binary at %s (build it with `cargo build --release`, or pass --pvm)" % pvm, file=sys.stderr)
        return 2

    files = sorted(os.path.abspath(f) for f in args.files) if args.files else stdlib_files()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda p: check_file(p, pvm, args.timeout), files))

    parsed = [r for r in results if r["parse_ok"]]
    compilable = [r for r in parsed if r["compile_ok"]]
    ast_equal = sum(1 for r in parsed if r["ast_equal"])
    false_errors = [r for r in compilable if not r["check_ok"]]
    ast_mismatches = [r for r in parsed if not r["ast_equal"]]
    rejected = [r for r in results if not r["compile_ok"]]
    missed = [r for r in rejected if r["check_ok"]]
    check_pct = pct(len(compilable) - len(false_errors), len(compilable))
    ast_pct = pct(ast_equal, len(parsed))

    print("files:                %d" % len(results))
    print("CPython-parseable:    %d" % len(parsed))
    if len(compilable) != len(parsed):
        print("CPython-compilable:   %d" % len(compilable))
    print("no false error:       %.2f%% (%d/%d; %d false syntax errors)"
          % (check_pct, len(compilable) - len(false_errors), len(compilable), len(false_errors)))
    print("ast equal:            %.2f%% (%d/%d)" % (ast_pct, ast_equal, len(parsed)))
    print("missed errors:        %d of the %d files CPython rejects pass `pvm check`"
          % (len(missed), len(rejected)))

    if args.show > 0 and false_errors:
        print("\nfalse syntax errors (first %d of %d):" % (min(args.show, len(false_errors)), len(false_errors)))
        for r in false_errors[:args.show]:
            print("  %s\n      %s" % (r["path"], r["check_detail"]))
    if args.show > 0 and missed:
        print("\nmissed syntax errors (first %d of %d):" % (min(args.show, len(missed)), len(missed)))
        for r in missed[:args.show]:
            print("  %s" % r["path"])
    if args.show > 0 and ast_mismatches:
        print("\nAST mismatches (first %d of %d):" % (min(args.show, len(ast_mismatches)), len(ast_mismatches)))
        for r in ast_mismatches[:args.show]:
            print("  %s\n      %s" % (r["path"], r["ast_detail"]))

    failed = []
    if args.min_ast is not None and ast_pct < args.min_ast:
        failed.append("ast equal %.2f%% < %.2f%%" % (ast_pct, args.min_ast))
    if args.min_check is not None and check_pct < args.min_check:
        failed.append("no false error %.2f%% < %.2f%%" % (check_pct, args.min_check))
    if failed:
        print("\nFAILED: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
