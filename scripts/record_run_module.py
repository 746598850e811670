#!/usr/bin/env python3
"""Record what ``python3 -m ...`` prints for the cases of server/tests/run_module.rs.

Run from the repository root:

    python3 scripts/record_run_module.py

Each case runs ``python3 -m MODULE ARGS...`` (through a link named
``pvm``, see ``main``) in tests/run_module/ (stdin
closed, no bytecode written, 80 columns) and the results go to
tests/run_module/expected.json as a list of
``{"args": [...], "stdout": ..., "stderr": ..., "status": N}``.

The parts that differ from run to run or between interpreters are
normalised, here and in the test alike: the folder becomes ``<DIR>/``,
the interpreter (its path, or its name in unittest's usage) ``<EXE>``,
and the duration in unittest's "Ran N tests in T" line ``<T>``.
"""

import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDER = os.path.join(ROOT, "tests", "run_module")

CASES = [
    ["unittest", "test_sample"],
    ["unittest", "-v", "test_sample.Strings"],
    ["unittest", "test_sample.py"],
    ["unittest", "-q", "test_other"],
    ["unittest"],
    ["unittest", "discover", "-p", "test_o*.py"],
    ["unittest", "-v", "test_sample.Arithmetic.test_add", "test_other"],
    ["unittest.__main__", "test_other"],
    ["unittest", "-h"],
    ["unittest", "discover", "-h"],
    ["unittest", "-k", "upper", "test_sample"],
    ["json"],
    ["math"],
    ["no_such_module"],
    ["json.no_such_module"],
    ["json.tool", "data.json"],
    ["json.tool", "--sort-keys", "--indent", "2", "data.json"],
    ["json.tool", "--compact", "--no-ensure-ascii", "data.json"],
    ["json.tool", "--tab", "data.json"],
    ["json.tool", "--json-lines", "--no-indent", "lines.json"],
    ["json.tool", "broken.json"],
    ["json.tool", "missing.json"],
    ["json.tool", "--indent", "2", "--tab", "data.json"],
    ["json.tool", "-h"],
    ["greet", "a", "b"],
    ["spec"],
    ["tool", "x"],
]


def normalise(text, exe_path, exe_name):
    """The output with run-dependent parts replaced (see the docstring)."""
    text = text.replace(FOLDER + os.sep, "<DIR>/")
    text = text.replace(exe_path, "<EXE>")
    text = text.replace(exe_name + " -m", "<EXE> -m")
    lines = []
    for line in text.split("\n"):
        if line.startswith("Ran ") and " in " in line:
            line = line[: line.index(" in ")] + " in <T>"
        lines.append(line)
    return "\n".join(lines)


def main():
    # CPython runs through a link named "pvm", so that unittest's usage
    # (which names os.path.basename(sys.executable)) is wrapped at the
    # same widths as pvm's.
    links = tempfile.mkdtemp()
    exe = os.path.join(links, "pvm")
    os.symlink(sys.executable, exe)
    try:
        record(exe)
    finally:
        os.unlink(exe)
        os.rmdir(links)


def record(exe):
    results = []
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # argparse's help is laid out for the terminal's width.
    env["COLUMNS"] = "80"
    for case in CASES:
        proc = subprocess.run(
            [exe, "-m", *case],
            cwd=FOLDER,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=30,
        )
        results.append(
            {
                "args": ["-m", *case],
                "stdout": normalise(proc.stdout.decode(), exe, "pvm"),
                "stderr": normalise(proc.stderr.decode(), exe, "pvm"),
                "status": proc.returncode,
            }
        )
    path = os.path.join(FOLDER, "expected.json")
    with open(path, "w") as f:
        json.dump(results, f, indent=1, sort_keys=True)
        f.write("\n")
    print("recorded %d cases" % len(results))


if __name__ == "__main__":
    main()
