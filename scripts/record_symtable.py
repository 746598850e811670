#!/usr/bin/env python3
"""(Re)record the compiler's symbol-table expectations from CPython 3.11.

Run from the repository root:

    python3 scripts/record_symtable.py

Inputs and outputs (all under core/compiler/tests/data/):

* NAME.py holds small snippets separated by lines that are exactly ``#---``
  (as in tests/syntax/errors/). For each one, NAME.json gets an object with
  ``first_line`` (1-based line of NAME.py where the snippet starts),
  ``stage`` ("parse" when ``ast.parse`` rejects it, "compile" when only
  ``compile()`` does, else "valid"), ``error`` (what ``compile()`` raises: type, message, line, col, end_line,
  end_col, or null), ``symtable`` (the tree of ``symtable.symtable``, or
  null when it raises) and ``code`` (the code objects ``compile()`` makes,
  or null when it raises).
* valid_symtables.json: ``symtable`` and ``code`` of every
  tests/syntax/valid/*.py file, keyed by file name.

A symtable node is ``{"type", "name", "lineno", "nested", "varnames",
"symbols": [[name, flags, scope], ...], "children": [...]}`` where
``flags`` are CPython's DEF_* bits (``symbols[name] & 2047``) and ``scope``
the scope number (``symbols[name] >> 11``); symbols are sorted by name
because CPython's order for propagated free names depends on string hashes.
A code entry is ``{"qualname", "firstlineno", "flags", "cellvars",
"freevars"}``, in depth-first order of ``co_consts``.

Only the standard library is used; the snippets are compiled, never run.
Re-running on unchanged inputs rewrites identical files.
"""

import ast
import json
import os
import symtable
import sys
import types
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA_DIR = os.path.join(ROOT, "core", "compiler", "tests", "data")
VALID_DIR = os.path.join(ROOT, "tests", "syntax", "valid")
SEPARATORS = (b"#---\n", b"#---\r\n", b"#---")


def split_snippets(data):
    """(first_line, bytes) for each snippet; separators belong to none."""
    snippets = [(1, b"")]
    lines = [line + b"\n" for line in data.split(b"\n")]
    lines[-1] = lines[-1][:-1]
    if not lines[-1]:
        lines.pop()
    for number, line in enumerate(lines, start=1):
        if line in SEPARATORS:
            snippets.append((number + 1, b""))
        else:
            first, text = snippets[-1]
            snippets[-1] = (first, text + line)
    return snippets


def table_tree(table):
    raw = table._table
    symbols = sorted(
        [name, flags & 2047, flags >> 11] for name, flags in raw.symbols.items()
    )
    return {
        "type": table.get_type(),
        "name": table.get_name(),
        "lineno": table.get_lineno(),
        "nested": bool(table.is_nested()),
        "varnames": list(raw.varnames),
        "symbols": symbols,
        "children": [table_tree(c) for c in table.get_children()],
    }


def code_list(code, out):
    out.append(
        {
            "qualname": code.co_qualname,
            "firstlineno": code.co_firstlineno,
            "flags": code.co_flags,
            "cellvars": list(code.co_cellvars),
            "freevars": list(code.co_freevars),
        }
    )
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            code_list(const, out)
    return out


def record(source):
    entry = {"stage": "valid", "error": None, "symtable": None, "code": None}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(source)
        except SyntaxError:
            entry["stage"] = "parse"
        try:
            code = compile(source, "<snippet>", "exec", dont_inherit=True)
            entry["code"] = code_list(code, [])
        except SyntaxError as e:
            if entry["stage"] == "valid":
                entry["stage"] = "compile"
            entry["error"] = {
                "type": type(e).__name__,
                "message": e.msg,
                "line": e.lineno,
                "col": e.offset,
                "end_line": e.end_lineno,
                "end_col": e.end_offset,
            }
        except RecursionError as e:
            entry["stage"] = "compile"
            entry["error"] = {"type": "RecursionError", "message": str(e)}
        try:
            entry["symtable"] = table_tree(symtable.symtable(source, "<snippet>", "exec"))
        except (SyntaxError, RecursionError):
            pass
    return entry


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_json(path, value):
    """One line per snippet (or file), so that diffs stay readable."""
    if isinstance(value, list):
        text = "[\n" + ",\n".join(compact(v) for v in value) + "\n]\n"
    else:
        items = (f"{compact(k)}:{compact(v)}" for k, v in value.items())
        text = "{\n" + ",\n".join(items) + "\n}\n"
    old = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    if old != text:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return 1
    return 0


def main():
    changed = 0
    for name in sorted(os.listdir(DATA_DIR)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(DATA_DIR, name), "rb") as f:
            data = f.read()
        entries = []
        for first_line, snippet in split_snippets(data):
            entry = {"first_line": first_line}
            entry.update(record(snippet))
            entries.append(entry)
        changed += write_json(os.path.join(DATA_DIR, name[:-3] + ".json"), entries)
    valid = {}
    for name in sorted(os.listdir(VALID_DIR)):
        if name.endswith(".py"):
            with open(os.path.join(VALID_DIR, name), "rb") as f:
                entry = record(f.read())
            del entry["error"], entry["stage"]
            valid[name] = entry
    changed += write_json(os.path.join(DATA_DIR, "valid_symtables.json"), valid)
    print(f"files changed: {changed}")


if __name__ == "__main__":
    sys.exit(main())
