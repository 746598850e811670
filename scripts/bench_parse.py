#!/usr/bin/env python3
"""Benchmark (not a test): parse throughput of PVM against CPython 3.11.

    python3 scripts/bench_parse.py [--pvm target/release/pvm] [--mode parse|compile]
                                   [--runs 3] [--jobs N] [--python PATH] [PATH ...]

The input set is every *.py under sysconfig.get_paths()['stdlib'] (without
site-packages), or the given files and directories, minus the files CPython
cannot parse (--mode parse) or compile (--mode compile). All files are read
into memory before timing; each tool reports its best of --runs passes over
the whole set.

* CPython: `ast.parse(src, path)` (or `compile(src, path, 'exec')` with
  --mode compile) of the bytes of every file, measured under
  /usr/bin/python3.11 (Debian's PGO build) when it exists, else under the
  python3 running this script; override with --python. The measurement runs
  in a child process of that interpreter (this same script, --child).
* PVM: `PVM bench-parse --list LISTFILE [--compile] --runs N --jobs J`,
  which parses the same files in-process and prints one JSON line
  {"files": N, "bytes": B, "seconds": S, "jobs": J} for its best pass
  (wall clock). It is measured on one thread and on --jobs threads (the
  cores by default), which take whole files from a shared queue, as
  `pvm check` on a folder would; CPython's ast.parse cannot use a second
  core for this (the GIL), so both rows are printed.

Prints a Markdown table: tool, MB/s (10^6 bytes of source per second), and
the ratio to CPython. Always exits 0 unless a measurement itself fails.
"""

import argparse
import ast
import json
import os
import subprocess
import sys
import sysconfig
import tempfile
import time
import warnings

DEBIAN_PYTHON = "/usr/bin/python3.11"


def collect(paths):
    if not paths:
        paths = [sysconfig.get_paths()["stdlib"]]
    files = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "dist-packages", "__pycache__"))
                files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
        else:
            files.append(p)
    return sorted(os.path.abspath(f) for f in files)


def accepted(path, src, mode):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            if mode == "compile":
                compile(src, path, "exec", dont_inherit=True)
            else:
                ast.parse(src, path)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return False
    return True


def child(list_file, mode, runs):
    """Runs under the measuring interpreter: time CPython over the list."""
    with open(list_file, encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    items = []
    for path in paths:
        with open(path, "rb") as f:
            src = f.read()
        if accepted(path, src, mode):
            items.append((path, src))
    total = sum(len(src) for _, src in items)
    best = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _ in range(runs):
            if mode == "compile":
                start = time.perf_counter()
                for path, src in items:
                    compile(src, path, "exec", dont_inherit=True)
                elapsed = time.perf_counter() - start
            else:
                start = time.perf_counter()
                for path, src in items:
                    ast.parse(src, path)
                elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
    print(json.dumps({"files": len(items), "bytes": total, "seconds": best,
                      "skipped": len(paths) - len(items),
                      "python": sys.version.split()[0], "executable": sys.executable}))


def last_json_line(text):
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except ValueError:
                continue
    return None


def mbps(result):
    return result["bytes"] / 1e6 / result["seconds"] if result and result["seconds"] else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="files or directories (default: the stdlib)")
    parser.add_argument("--pvm", default="target/release/pvm", help="PVM binary (default: %(default)s)")
    parser.add_argument("--mode", choices=("parse", "compile"), default="parse",
                        help="parse: ast.parse vs `bench-parse`; compile: compile() vs `bench-parse --compile`")
    parser.add_argument("--runs", type=int, default=3, help="passes per tool; the best counts (default: %(default)s)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="PVM threads for the second PVM row (one thread is always measured; default: the cores, %(default)s)")
    parser.add_argument("--python", help="CPython used for the measurement (default: %s if it exists, else this python3)" % DEBIAN_PYTHON)
    parser.add_argument("--child", metavar="LIST", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        child(args.child, args.mode, args.runs)
        return 0

    python = args.python or (DEBIAN_PYTHON if os.path.exists(DEBIAN_PYTHON) else sys.executable)
    files = collect(args.paths)
    usable = []
    for path in files:
        with open(path, "rb") as f:
            src = f.read()
        if accepted(path, src, args.mode):
            usable.append(path)
    print("input: %d files, %d usable for --mode %s (%d skipped: CPython rejects them)"
          % (len(files), len(usable), args.mode, len(files) - len(usable)))
    if not usable:
        print("nothing to measure")
        return 0

    with tempfile.NamedTemporaryFile("w", suffix=".txt", prefix="bench-parse-", encoding="utf-8", delete=False) as lf:
        lf.write("".join(p + "\n" for p in usable))
        list_file = lf.name
    try:
        proc = subprocess.run([python, os.path.abspath(__file__), "--child", list_file,
                               "--mode", args.mode, "--runs", str(args.runs)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
        cpython = last_json_line(proc.stdout)
        if proc.returncode != 0 or cpython is None:
            print("CPython measurement failed (%s):\n%s" % (python, proc.stderr.strip()), file=sys.stderr)
            return 1

        pvm_path = os.path.abspath(args.pvm)
        pvm = None
        if os.path.isfile(pvm_path) and os.access(pvm_path, os.X_OK):
            pvm = []
            for jobs in sorted({1, args.jobs}):
                cmd = [pvm_path, "bench-parse", "--list", list_file, "--runs", str(args.runs), "--jobs", str(jobs)]
                if args.mode == "compile":
                    cmd.append("--compile")
                proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
                result = last_json_line(proc.stdout)
                if proc.returncode != 0 or result is None:
                    print("PVM measurement failed (exit %d): %s\n%s"
                          % (proc.returncode, " ".join(cmd), (proc.stderr or proc.stdout).strip()), file=sys.stderr)
                    return 1
                pvm.append(result)
        else:
            print("note: no PVM binary at %s; measuring CPython only" % pvm_path)
    finally:
        os.unlink(list_file)

    what = "compile()" if args.mode == "compile" else "ast.parse"
    print("CPython %s (%s), %s, best of %d: %d files, %.2f MB"
          % (cpython["python"], cpython["executable"], what, args.runs, cpython["files"], cpython["bytes"] / 1e6))
    if cpython.get("skipped"):
        print("note: that interpreter skipped %d files it could not %s" % (cpython["skipped"], args.mode))
    if pvm and (pvm[0].get("files"), pvm[0].get("bytes")) != (cpython["files"], cpython["bytes"]):
        print("note: PVM measured %s files / %s bytes, CPython %d / %d"
              % (pvm[0].get("files"), pvm[0].get("bytes"), cpython["files"], cpython["bytes"]))
    base = mbps(cpython)
    print()
    print("| tool | MB/s | ratio |")
    print("| --- | ---: | ---: |")
    print("| CPython %s `%s` | %.2f | 1.00x |" % (cpython["python"], what, base))
    for result in pvm or []:
        label = "`pvm bench-parse%s --jobs %d`" % (" --compile" if args.mode == "compile" else "", result["jobs"])
        rate = mbps(result)
        print("| PVM %s | %.2f | %.2fx |" % (label, rate, rate / base if base else 0.0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
