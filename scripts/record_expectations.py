#!/usr/bin/env python3
"""(Re)record the syntax test expectations from CPython 3.11, the oracle.

Run from the repository root:

    python3 scripts/record_expectations.py            # everything
    python3 scripts/record_expectations.py strings    # only errors/strings.py
    python3 scripts/record_expectations.py errors     # every error file
    python3 scripts/record_expectations.py valid      # every valid file
    python3 scripts/record_expectations.py literals   # errors/literals.py and/or valid/literals.py
    python3 scripts/record_expectations.py --messages # also list every distinct message

What it writes (see tests/syntax/README.md for the formats):

* tests/syntax/errors/NAME.expected.json for every tests/syntax/errors/NAME.py:
  the file is split into snippets at lines that are exactly ``#---``; each
  snippet is compiled from bytes and the first error CPython reports is
  recorded, with the stage ("parse", "compile" or "valid").
* tests/syntax/valid/NAME.tokens, NAME.ast and NAME.ast-pos for every
  tests/syntax/valid/NAME.py: ``python3 -m tokenize NAME.py`` output,
  ``ast.dump(ast.parse(src))`` and ``ast.dump(..., indent=2,
  include_attributes=True)``.

The script uses only the standard library, never runs the snippets, and is
deterministic: re-running it on unchanged inputs rewrites identical files.
It exits 1 when a snippet's stage contradicts its marking (an error snippet
that CPython accepts without being marked ``# valid``, or a ``# valid``
snippet that CPython rejects) or when a valid/ file does not parse, so the
corpus cannot silently drift.
"""

import ast
import collections
import json
import os
import subprocess
import sys
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERRORS_DIR = os.path.join(ROOT, "tests", "syntax", "errors")
VALID_DIR = os.path.join(ROOT, "tests", "syntax", "valid")

SEPARATORS = (b"#---\n", b"#---\r\n", b"#---")
VALID_MARK = b"# valid"
SNIPPET_FILENAME = "<snippet>"


def split_snippets(data):
    """Split an error file's bytes into (first_line, snippet_bytes) pairs.

    Lines end after each b"\\n" (a lone b"\\r" does not end a line here). A
    line that is exactly ``#---`` (followed by "\\n", "\\r\\n" or the end of
    the file) separates two snippets and belongs to neither. Every other
    byte belongs to exactly one snippet, verbatim, so a snippet keeps its
    final newline, and the last snippet of a file ends where the file ends.
    The first snippet starts at line 1. first_line is 1-based.
    """
    lines = _split_lf(data)
    snippets = []
    current = []
    start = 1
    for number, line in enumerate(lines, 1):
        if line in SEPARATORS:
            snippets.append((start, b"".join(current)))
            current = []
            start = number + 1
        else:
            current.append(line)
    snippets.append((start, b"".join(current)))
    return snippets


def _split_lf(data):
    lines = []
    pos = 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:
            lines.append(data[pos:])
            break
        lines.append(data[pos:nl + 1])
        pos = nl + 1
    return lines


def _error_record(exc):
    return {
        "type": type(exc).__name__,
        "message": exc.msg,
        "line": exc.lineno,
        "col": exc.offset,
        "end_line": exc.end_lineno,
        "end_col": exc.end_offset,
    }


def classify(src):
    """Compile src (bytes) like a file; return the record fields."""
    with warnings.catch_warnings():
        # SyntaxWarning / DeprecationWarning (invalid escapes, `is` with a
        # literal, ...) are not errors; never let a filter turn them into one.
        warnings.simplefilter("ignore")
        try:
            ast.parse(src, SNIPPET_FILENAME, "exec")
        except SyntaxError as exc:
            return dict(stage="parse", **_error_record(exc))
        try:
            compile(src, SNIPPET_FILENAME, "exec", dont_inherit=True)
        except SyntaxError as exc:
            return dict(stage="compile", **_error_record(exc))
    return {"stage": "valid", "type": None, "message": None, "line": None,
            "col": None, "end_line": None, "end_col": None}


def dump_json(obj):
    return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"


def write_if_changed(path, text):
    """Write text (str, UTF-8, "\\n" newlines); return True when it changed."""
    data = text.encode("utf-8")
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except FileNotFoundError:
        pass
    with open(path, "wb") as f:
        f.write(data)
    return True


def record_error_file(path, stats, problems, messages):
    with open(path, "rb") as f:
        data = f.read()
    name = os.path.basename(path)
    records = []
    for index, (first_line, src) in enumerate(split_snippets(data)):
        result = classify(src)
        record = {"index": index, "first_line": first_line}
        record.update(result)
        records.append(record)
        stats[name][result["stage"]] += 1
        marked_valid = src.startswith(VALID_MARK)
        where = "%s:%d (snippet %d)" % (os.path.relpath(path, ROOT), first_line, index)
        if result["stage"] == "valid" and not marked_valid:
            problems.append("%s: CPython accepts this snippet; mark it '# valid' or fix it" % where)
        elif result["stage"] != "valid" and marked_valid:
            problems.append("%s: marked '# valid' but CPython says %s: %s"
                            % (where, result["type"], result["message"]))
        if result["message"] is not None:
            messages[(result["stage"], result["type"], result["message"])] += 1
    out = path[:-3] + ".expected.json"
    return write_if_changed(out, dump_json(records))


def record_valid_file(path, problems):
    with open(path, "rb") as f:
        src = f.read()
    base = path[:-3]
    changed = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(src, os.path.basename(path), "exec")
            compile(src, os.path.basename(path), "exec", dont_inherit=True)
    except SyntaxError as exc:
        problems.append("%s: not valid: %s: %s (line %s)"
                        % (os.path.relpath(path, ROOT), type(exc).__name__, exc.msg, exc.lineno))
        return 0
    # `python3 -m tokenize FILE` prints file-relative positions; run it from
    # the file's directory with a relative name so the output never depends
    # on where the repository is checked out.
    proc = subprocess.run(
        [sys.executable, "-m", "tokenize", os.path.basename(path)],
        cwd=os.path.dirname(path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONUTF8="1"),
    )
    if proc.returncode != 0:
        problems.append("%s: python3 -m tokenize failed: %s"
                        % (os.path.relpath(path, ROOT), proc.stderr.decode("utf-8", "replace").strip()))
    tokens = proc.stdout.decode("utf-8")
    changed += write_if_changed(base + ".tokens", tokens)
    changed += write_if_changed(base + ".ast", ast.dump(tree) + "\n")
    changed += write_if_changed(base + ".ast-pos",
                                ast.dump(tree, indent=2, include_attributes=True) + "\n")
    return changed


def select(directory, areas):
    names = sorted(n for n in os.listdir(directory) if n.endswith(".py"))
    if areas:
        names = [n for n in names if n[:-3] in areas]
    return [os.path.join(directory, n) for n in names]


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.exit("record_expectations.py must run under CPython 3.11 (this is %s)"
                 % sys.version.split()[0])
    args = argv[1:]
    show_messages = "--messages" in args
    args = [a for a in args if a != "--messages"]
    do_errors = do_valid = True
    if args and args[0] in ("errors", "valid"):
        do_errors, do_valid = args[0] == "errors", args[0] == "valid"
        args = args[1:]
    areas = set(args)

    problems = []
    stats = collections.defaultdict(collections.Counter)
    messages = collections.Counter()
    changed = 0

    error_files = select(ERRORS_DIR, areas) if do_errors else []
    valid_files = select(VALID_DIR, areas) if do_valid else []
    if areas and not error_files and not valid_files:
        sys.exit("no area named %s" % ", ".join(sorted(areas)))

    for path in error_files:
        changed += record_error_file(path, stats, problems, messages)
    for path in valid_files:
        changed += record_valid_file(path, problems)

    if error_files:
        total = collections.Counter()
        print("error snippets (%d files):" % len(error_files))
        print("  %-28s %6s %6s %8s %6s" % ("file", "parse", "compile", "valid", "total"))
        for path in error_files:
            name = os.path.basename(path)
            c = stats[name]
            total.update(c)
            print("  %-28s %6d %6d %8d %6d" % (name, c["parse"], c["compile"], c["valid"], sum(c.values())))
        print("  %-28s %6d %6d %8d %6d" % ("TOTAL", total["parse"], total["compile"], total["valid"], sum(total.values())))
        by_type = collections.Counter()
        for (stage, typ, _msg), n in messages.items():
            by_type[typ] += n
        print("  by type: " + ", ".join("%s %d" % kv for kv in sorted(by_type.items())))
        print("  distinct messages: %d" % len(messages))
        if show_messages:
            for (stage, typ, msg), n in sorted(messages.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2])):
                print("    %-7s %-16s %3d  %s" % (stage, typ, n, msg))
    if valid_files:
        print("valid files: %d" % len(valid_files))
    print("files changed: %d" % changed)
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
