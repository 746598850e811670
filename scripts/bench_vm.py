#!/usr/bin/env python3
"""Benchmark (not a test): PVM's interpreter speed against CPython 3.11.

    python3 scripts/bench_vm.py [--pvm PATH] [--python PATH] [--repeat N]
                                [--timeout SEC] [--markdown] [NAME ...]

Runs every program in tests/bench/*.py (or only those NAMEs, e.g.
`recursion loops`) as a whole process, under both interpreters in the same
run, from the repository root:

* PVM:     `PVM run tests/bench/NAME.py`, PVM = target/release/pvm (relative
           to the repo root) unless --pvm says otherwise.
* CPython: `PYTHON tests/bench/NAME.py`, PYTHON = /usr/bin/python3.11
           (Debian's PGO build) when it exists, else `python3`; --python
           overrides it.

Each program runs --repeat times (default 3) under each interpreter,
alternating the two; the wall time reported for each is its minimum. PVM's
stdout must equal CPython's (every program prints a small checksum): a
mismatch, a nonzero exit or a timeout marks the program "fails", with the
reason (for a crash, the last line of its stderr); failed programs are left
out of the geometric mean and the max. Progress goes to stderr.

Prints a table of program, CPython seconds, PVM seconds and ratio
(PVM / CPython, lower is better), then the geometric mean and the maximum of
the ratios. --markdown prints the same as a Markdown table (for
docs/performance.md). Exits 1 if any program fails, else 0.

Uses only the standard library.
"""

import argparse
import math
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.path.join("tests", "bench")
DEFAULT_PVM = os.path.join("target", "release", "pvm")
DEBIAN_PYTHON = "/usr/bin/python3.11"


class Failure(Exception):
    pass


def default_python():
    if os.path.exists(DEBIAN_PYTHON):
        return DEBIAN_PYTHON
    return shutil.which("python3") or sys.executable


def resolve(path):
    """An absolute path for a program: absolute as given, else relative to the
    repo root, else to the current directory, else looked up on PATH."""
    if os.path.isabs(path):
        return path
    for base in (ROOT, os.getcwd()):
        cand = os.path.join(base, path)
        if os.path.exists(cand):
            return os.path.abspath(cand)
    if os.sep not in path:
        found = shutil.which(path)
        if found:
            return found
    return os.path.join(ROOT, path)


def list_programs(selected):
    names = sorted(
        f[:-3] for f in os.listdir(os.path.join(ROOT, BENCH_DIR))
        if f.endswith(".py") and not f.startswith("_")
    )
    if not selected:
        return names
    picked = []
    for s in selected:
        s = os.path.basename(s)
        s = s[:-3] if s.endswith(".py") else s
        if s not in names:
            sys.exit("bench_vm: no program %r in %s (have: %s)"
                     % (s, BENCH_DIR, ", ".join(names)))
        if s not in picked:
            picked.append(s)
    return picked


def last_line(text):
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def run_once(cmd, timeout):
    """Runs cmd from the repo root; returns (seconds, stdout) or raises Failure."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failure("timeout after %gs" % timeout)
    except OSError as e:
        raise Failure("cannot run %s: %s" % (cmd[0], e))
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        err = last_line(proc.stderr.decode("utf-8", "replace"))
        raise Failure("exit %d: %s" % (proc.returncode, err or "(no stderr)"))
    return elapsed, proc.stdout


def bench(name, python, pvm, repeat, timeout):
    """Returns dict(name, cpython, pvm, ratio, error)."""
    path = os.path.join(BENCH_DIR, name + ".py")
    py_cmd = [python, path]
    vm_cmd = [pvm, "run", path]
    res = {"name": name, "cpython": None, "pvm": None, "ratio": None, "error": None}
    py_times, vm_times = [], []
    expected = None
    vm_failed = None
    for _ in range(repeat):
        try:
            t, out = run_once(py_cmd, timeout)
        except Failure as e:
            res["error"] = "CPython fails: %s" % e
            return res
        if expected is None:
            expected = out
        py_times.append(t)
        if vm_failed is None:
            try:
                t, out = run_once(vm_cmd, timeout)
                if out != expected:
                    raise Failure("wrong output: %r, expected %r"
                                  % (last_line(out.decode("utf-8", "replace"))[:80],
                                     last_line(expected.decode("utf-8", "replace"))[:80]))
                vm_times.append(t)
            except Failure as e:
                vm_failed = str(e)  # no point repeating it
    res["cpython"] = min(py_times)
    if vm_failed is not None:
        res["error"] = vm_failed
    else:
        res["pvm"] = min(vm_times)
        res["ratio"] = res["pvm"] / res["cpython"]
    return res


def summary(results):
    ratios = [r["ratio"] for r in results if r["ratio"] is not None]
    if not ratios:
        return None, None
    geo = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
    return geo, max(ratios)


def fmt_row(r):
    py = "%.3f" % r["cpython"] if r["cpython"] is not None else "-"
    if r["error"] is not None:
        return [r["name"], py, "fails", "-"]
    return [r["name"], py, "%.3f" % r["pvm"], "%.2fx" % r["ratio"]]


def print_text(results, header):
    rows = [["program", "CPython s", "PVM s", "ratio"]] + [fmt_row(r) for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    print(header)
    for i, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        print("  ".join(cells).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    geo, mx = summary(results)
    ok = sum(r["error"] is None for r in results)
    if geo is None:
        print("no program ran under PVM (%d fail)" % (len(results) - ok))
    else:
        print("geometric mean %.2fx, max %.2fx (%d of %d programs)"
              % (geo, mx, ok, len(results)))
    for r in results:
        if r["error"] is not None:
            print("fails: %s: %s" % (r["name"], r["error"]))


def print_markdown(results, header):
    print(header)
    print()
    print("| program | CPython s | PVM s | ratio |")
    print("| --- | ---: | ---: | ---: |")
    for r in results:
        print("| " + " | ".join(fmt_row(r)) + " |")
    geo, mx = summary(results)
    ok = sum(r["error"] is None for r in results)
    if geo is not None:
        print("| **geometric mean** (%d of %d) | | | **%.2fx** |" % (ok, len(results), geo))
        print("| max | | | %.2fx |" % mx)
    fails = [r for r in results if r["error"] is not None]
    if fails:
        print()
        for r in fails:
            msg = r["error"].replace("|", "\\|")
            print("- `%s` fails: %s" % (r["name"], msg))


def interpreter_version(python):
    try:
        out = subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=30)
        return out.stdout.decode().strip() or "?"
    except (OSError, subprocess.TimeoutExpired):
        return "?"


def main():
    ap = argparse.ArgumentParser(
        description="Run tests/bench/*.py under PVM and CPython; print times and ratios.")
    ap.add_argument("names", nargs="*", metavar="NAME",
                    help="programs to run (file stems in tests/bench); default all")
    ap.add_argument("--pvm", default=DEFAULT_PVM,
                    help="PVM binary, relative to the repo root or absolute (default %(default)s)")
    ap.add_argument("--python", default=None,
                    help="CPython to compare with (default %s if present, else python3)"
                    % DEBIAN_PYTHON)
    ap.add_argument("--repeat", type=int, default=3, metavar="N",
                    help="runs per interpreter per program; the minimum counts (default 3)")
    ap.add_argument("--timeout", type=float, default=600, metavar="SEC",
                    help="per-run time limit; exceeding it fails the program (default 600)")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")

    python = resolve(args.python or default_python())
    pvm = resolve(args.pvm)
    if not os.path.exists(pvm):
        sys.exit("bench_vm: PVM binary %s not found (build it with "
                 "`cargo build --release`, or pass --pvm)" % pvm)

    programs = list_programs(args.names)
    results = []
    for name in programs:
        print("bench_vm: %s ..." % name, end="", file=sys.stderr, flush=True)
        r = bench(name, python, pvm, args.repeat, args.timeout)
        note = "fails" if r["error"] else "%.2fx" % r["ratio"]
        print(" %s" % note, file=sys.stderr, flush=True)
        results.append(r)

    shown = os.path.relpath(pvm, ROOT) if pvm.startswith(ROOT + os.sep) else pvm
    header = ("CPython %s (%s) vs PVM (%s), wall time, best of %d"
              % (interpreter_version(python), python, shown, args.repeat))
    if args.markdown:
        print_markdown(results, header)
    else:
        print_text(results, header)
    return 1 if any(r["error"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
