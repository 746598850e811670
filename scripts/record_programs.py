#!/usr/bin/env python3
"""(Re)record what CPython 3.11 does with each program of tests/programs/.

Run from the repository root:

    python3 scripts/record_programs.py                 # every program
    python3 scripts/record_programs.py classes         # one area (a folder)
    python3 scripts/record_programs.py tests/programs/classes/mro.py   # one file

Programs are the files AREA/NAME.py; folders inside an area hold the
modules and packages its programs import. For every program it runs ``python3 NAME.py`` in the
program's folder with PYTHONHASHSEED=0 (so set order is stable) and stdin
closed, and writes tests/programs/AREA/NAME.expected.json:

    {"stdout": "...", "stderr": "...", "stderr_last_line": "...", "status": 0}

``stderr`` is the whole of stderr (tracebacks are compared in full only for
the programs of the ``tracebacks`` area); ``stderr_last_line`` is its last
non-empty line, which every test compares. The script is deterministic and
exits 1 when a program times out (10 s) or its output shows a default
object repr (`` at 0x...``), which would make the expectation unstable.
The program's folder in the output (CPython names the main script by its
absolute path) is written as ``<DIR>/``.
"""

import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "tests", "programs")
ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def programs(selectors):
    """The programs selected by area names or paths (all when none)."""
    found = []
    for area in os.listdir(PROGRAMS):
        folder = os.path.join(PROGRAMS, area)
        if not os.path.isdir(folder):
            continue
        for name in os.listdir(folder):
            if name.endswith(".py"):
                found.append(os.path.join(folder, name))
    found.sort()
    if not selectors:
        return found
    chosen = []
    for path in found:
        rel = os.path.relpath(path, PROGRAMS)
        area = rel.split(os.sep)[0]
        for sel in selectors:
            if sel == area or os.path.abspath(sel) == path or rel == sel:
                chosen.append(path)
                break
    return chosen


def record(path):
    """Run one program under python3 and return its expectation dict."""
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run(
        [sys.executable, "-B", os.path.basename(path)],
        cwd=os.path.dirname(path),
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=10,
    )
    # CPython names the main script by its absolute path; the tests run
    # from wherever the repository is cloned, so the folder becomes <DIR>.
    folder = os.path.dirname(path) + os.sep
    stdout = proc.stdout.decode("utf-8", "replace").replace(folder, "<DIR>/")
    stderr = proc.stderr.decode("utf-8", "replace").replace(folder, "<DIR>/")
    lines = [line for line in stderr.splitlines() if line.strip()]
    return {
        "stdout": stdout,
        "stderr": stderr,
        "stderr_last_line": lines[-1] if lines else "",
        "status": proc.returncode,
    }


def main(argv):
    failed = False
    chosen = programs(argv)
    for path in chosen:
        rel = os.path.relpath(path, ROOT)
        try:
            expected = record(path)
        except subprocess.TimeoutExpired:
            print(f"{rel}: timed out", file=sys.stderr)
            failed = True
            continue
        if ADDRESS.search(expected["stdout"]) or ADDRESS.search(expected["stderr"]):
            print(f"{rel}: output contains a memory address", file=sys.stderr)
            failed = True
        out = path[: -len(".py")] + ".expected.json"
        with open(out, "w", encoding="utf-8", newline="\n") as f:
            json.dump(expected, f, indent=1, ensure_ascii=False, sort_keys=True)
            f.write("\n")
    print(f"recorded {len(chosen)} programs")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
