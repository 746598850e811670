#!/usr/bin/env python3
"""Import time of standard-library modules: pvm against CPython 3.11.

    python3 scripts/bench_import.py [PVM] [RUNS]

For each statement it runs ``PVM -c STATEMENT`` (the frozen modules'
build-time code), the same with PVM_FROZEN_SOURCE=1 (their sources
compiled at import, as before build.rs), and ``/usr/bin/python3.11 -c
STATEMENT`` (``python3`` when that is missing), RUNS times each (7 by
default), and prints the best wall-clock time of each in milliseconds as
a Markdown table for docs/performance.md. Process start-up is included:
the ``pass`` row is the baseline.
"""

import os
import shutil
import subprocess
import sys
import time

STATEMENTS = [
    "pass",
    "import typing",
    "import unittest",
    "import argparse",
    "import json",
    "import dataclasses",
    "import pathlib",
]


def best(cmd, env, runs):
    """The shortest of `runs` wall-clock times of `cmd`, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    pvm = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "target", "release", "pvm")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    cpython = "/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else shutil.which("python3")
    env = dict(os.environ)
    env.pop("PVM_FROZEN_SOURCE", None)
    source_env = dict(env, PVM_FROZEN_SOURCE="1")
    print("| statement | pvm, sources compiled at import | pvm, build-time code | CPython 3.11 |")
    print("|---|---:|---:|---:|")
    for stmt in STATEMENTS:
        src = best([pvm, "-c", stmt], source_env, runs)
        pre = best([pvm, "-c", stmt], env, runs)
        cpy = best([cpython, "-c", stmt], env, runs)
        print("| `%s` | %.1f ms | %.1f ms | %.1f ms |" % (stmt, src, pre, cpy))


if __name__ == "__main__":
    main()
