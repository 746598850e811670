#!/usr/bin/env python3
"""The pause of a full cycle collection, PVM against CPython, in one run.

Runs tests/bench/gc/full_collection.py (about a million container objects,
five full collections, best pause printed in ms) under Debian's PGO
CPython (/usr/bin/python3.11) and target/release/pvm, each `--repeat`
times, and prints the best pause of each and the ratio PVM/CPython
(target: <= 1.0).

    python3 scripts/bench_gc.py [--repeat N] [--markdown]
"""

import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAM = os.path.join(ROOT, "tests", "bench", "gc", "full_collection.py")
CPYTHON = "/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else sys.executable
PVM = os.path.join(ROOT, "target", "release", "pvm")


def best_pause(command, repeat):
    """The smallest pause (ms) the program reports over `repeat` runs."""
    best = None
    for _ in range(repeat):
        out = subprocess.run(command + [PROGRAM], capture_output=True, text=True, check=True)
        pause = float(out.stdout.split()[-1])
        best = pause if best is None else min(best, pause)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    cpython = best_pause([CPYTHON], args.repeat)
    pvm = best_pause([PVM], args.repeat)
    ratio = pvm / cpython
    if args.markdown:
        print("| program | CPython ms | PVM ms | ratio |")
        print("|---|---:|---:|---:|")
        print(f"| gc/full_collection | {cpython:.1f} | {pvm:.1f} | {ratio:.2f}x |")
    else:
        print(f"full collection pause: CPython {cpython:.1f} ms, PVM {pvm:.1f} ms, ratio {ratio:.2f}x")


if __name__ == "__main__":
    main()
