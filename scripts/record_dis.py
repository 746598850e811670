#!/usr/bin/env python3
"""(Re)record CPython 3.11's bytecode for the compiler's parity corpus.

Run from the repository root:

    python3 scripts/record_dis.py

For every tests/compiler/programs/NAME.py, writes NAME.dis.json: the code
objects that ``compile(source, "NAME.py", "exec")`` makes, depth-first in
the order ``dis`` shows them (each one, then the code objects among its
``co_consts``), as ``{"qualname", "firstlineno", "instructions"}`` where
``instructions`` lists ``[opname, argrepr]`` pairs from
``dis.get_instructions`` (caches hidden, as ``dis`` shows them), and
NAME.dis.txt: the whole listing ``dis.dis`` prints (what ``python3 -m dis``
prints). Code object addresses are masked as ``0x?``.

Only the standard library is used; the programs are compiled, never run.
Re-running on unchanged inputs rewrites identical files (hash seed fixed).
"""

import dis
import io
import json
import os
import re
import sys
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "tests", "compiler", "programs")
ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def code_objects(code):
    """The code object and its nested ones, depth-first."""
    yield code
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            yield from code_objects(const)


def record(code):
    return [
        {
            "qualname": co.co_qualname,
            "firstlineno": co.co_firstlineno,
            "instructions": [
                [i.opname, ADDRESS.sub(" at 0x?", i.argrepr)]
                for i in dis.get_instructions(co)
            ],
        }
        for co in code_objects(code)
    ]


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record_dis.py must run under CPython 3.11")
    if os.environ.get("PYTHONHASHSEED") != "0":
        # Frozenset constants iterate in hash order: fix the seed.
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    names = sorted(n for n in os.listdir(PROGRAMS) if n.endswith(".py"))
    for name in names:
        path = os.path.join(PROGRAMS, name)
        with open(path, "rb") as f:
            source = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            code = compile(source, name, "exec")
        out = os.path.join(PROGRAMS, name[:-3] + ".dis.json")
        with open(out, "w", encoding="utf-8") as f:
            json.dump(record(code), f, indent=1, ensure_ascii=False)
            f.write("\n")
        listing = io.StringIO()
        dis.dis(code, file=listing)
        out = os.path.join(PROGRAMS, name[:-3] + ".dis.txt")
        with open(out, "w", encoding="utf-8") as f:
            f.write(ADDRESS.sub(" at 0x?", listing.getvalue()))
    print(f"recorded {len(names)} programs in {os.path.relpath(PROGRAMS, ROOT)}")


if __name__ == "__main__":
    main()
