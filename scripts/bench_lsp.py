#!/usr/bin/env python3
"""Benchmark (not a test): the language server's latency on a big file.

    python3 scripts/bench_lsp.py [--pvm PATH] [--repeat N] [--markdown]
                                 [FILE ...]

Starts `PVM lsp` (PVM = target/release/pvm unless --pvm says otherwise) and
speaks LSP to it over stdio, on one document made by concatenating FILEs
(default: argparse, typing, inspect and dataclasses from CPython's standard
library, about 10,900 lines). It measures, in milliseconds of wall time
seen by this client:

* open: from sending didOpen to receiving its publishDiagnostics;
* edit: from a one-line didChange (a constant inside a function body
  changed in place) to the diagnostics of the new version, median of
  --repeat edits (default 20) on different lines;
* hover: from a hover request to its answer, median of --repeat hovers on
  lines inside different functions (each the first hover in its function,
  so its code object is compiled), the same hovers again (warm), and a
  hover on a module-level line right after each of --repeat edits (the
  module's code object is rebuilt around the unchanged functions);
* rss: the server's resident memory (VmRSS, MB) right after the last
  edit, after the open and the edits once the server has been idle for a
  second, and after all of it (the module-level hovers compile every
  function of the file).

Prints a table (--markdown: a Markdown table for docs/performance.md).
Uses only the standard library.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import sysconfig
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_MODULES = ["argparse.py", "typing.py", "inspect.py", "dataclasses.py"]
URI = "file:///tmp/pvm-bench/big.py"


class Server:
    """A `pvm lsp` process and the messages it sends."""

    def __init__(self, pvm):
        self.proc = subprocess.Popen(
            [pvm, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self.next_id = 1

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError("the server closed its output")
            line = line.strip()
            if not line:
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        return json.loads(self.proc.stdout.read(length))

    def request(self, method, params):
        rid = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        while True:
            message = self.read()
            if message.get("id") == rid and "method" not in message:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, version):
        while True:
            message = self.read()
            if message.get("method") == "textDocument/publishDiagnostics":
                if message["params"].get("version") == version:
                    return message["params"]["diagnostics"]

    def rss_mb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def close(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.wait(timeout=5)
        except Exception:
            self.proc.kill()


def function_body_lines(text):
    """(line, column) of a digit on an indented `return`/assignment line of
    distinct functions: places to edit and hover."""
    out, seen_def = [], None
    for i, line in enumerate(text.splitlines()):
        if re.match(r"\s*def ", line):
            seen_def = i
        elif seen_def is not None and line.startswith("        ") and re.search(r"\b\d\b", line):
            m = re.search(r"\b(\d)\b", line)
            if '"' not in line[: m.start()] and "'" not in line[: m.start()] and "#" not in line:
                out.append((i, m.start()))
                seen_def = None
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pvm", default=os.path.join(ROOT, "target", "release", "pvm"))
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    stdlib = sysconfig.get_paths()["stdlib"]
    files = args.files or [os.path.join(stdlib, m) for m in DEFAULT_MODULES]
    text = "".join(open(f, encoding="utf-8").read() for f in files)
    lines = text.count("\n")
    spots = function_body_lines(text)[: args.repeat * 2]
    if len(spots) < args.repeat * 2:
        sys.exit("not enough functions with a digit to edit in the file")
    edit_spots, hover_spots = spots[::2], spots[1::2]

    server = Server(args.pvm)
    server.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    server.notify("initialized", {})

    start = time.perf_counter()
    server.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": URI, "languageId": "python", "version": 1, "text": text}},
    )
    errors = server.diagnostics(1)
    open_ms = (time.perf_counter() - start) * 1000
    if errors:
        print(f"note: the file has {len(errors)} diagnostics", file=sys.stderr)

    edits, version = [], 1
    for line, col in edit_spots:
        version += 1
        change = {
            "range": {"start": {"line": line, "character": col}, "end": {"line": line, "character": col + 1}},
            "text": "7",
        }
        start = time.perf_counter()
        server.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": URI, "version": version}, "contentChanges": [change]},
        )
        server.diagnostics(version)
        edits.append((time.perf_counter() - start) * 1000)

    rss_busy = server.rss_mb()
    # The server's threads give freed memory back once idle for 300 ms.
    time.sleep(1.0)
    rss_edits = server.rss_mb()

    def hovers():
        out = []
        for line, col in hover_spots:
            params = {"textDocument": {"uri": URI}, "position": {"line": line, "character": col}}
            start = time.perf_counter()
            answer = server.request("textDocument/hover", params)
            out.append((time.perf_counter() - start) * 1000)
            if not answer.get("result"):
                print(f"note: no hover on line {line + 1}", file=sys.stderr)
        return out

    cold, warm = hovers(), hovers()

    # A module-level line after each edit: the module's code is rebuilt
    # around the units that did not change.
    module_line = next(i for i, l in enumerate(text.splitlines()) if l.startswith("import "))
    after_edit = []
    for line, col in edit_spots:
        version += 1
        change = {
            "range": {"start": {"line": line, "character": col}, "end": {"line": line, "character": col + 1}},
            "text": "8",
        }
        server.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": URI, "version": version}, "contentChanges": [change]},
        )
        server.diagnostics(version)
        params = {"textDocument": {"uri": URI}, "position": {"line": module_line, "character": 0}}
        start = time.perf_counter()
        server.request("textDocument/hover", params)
        after_edit.append((time.perf_counter() - start) * 1000)
    rss = server.rss_mb()
    server.close()

    rows = [
        ("file", f"{lines} lines, {len(text) / 1024:.0f} KiB"),
        ("didOpen → diagnostics", f"{open_ms:.1f} ms"),
        (f"one-line edit → diagnostics (median of {len(edits)})", f"{statistics.median(edits):.1f} ms"),
        (f"hover, first in its function (median of {len(cold)})", f"{statistics.median(cold):.2f} ms"),
        (f"hover, again (median of {len(warm)})", f"{statistics.median(warm):.2f} ms"),
        (
            f"hover on a module-level line after an edit (median of {len(after_edit)})",
            f"{statistics.median(after_edit):.2f} ms",
        ),
        ("server RSS right after the last edit's diagnostics", f"{rss_busy:.0f} MB"),
        ("server RSS after the open and the edits, idle 1 s", f"{rss_edits:.0f} MB"),
        ("server RSS after all of it (every function compiled)", f"{rss:.0f} MB"),
    ]
    if args.markdown:
        print("| measure | result |\n| --- | --- |")
        for name, value in rows:
            print(f"| {name} | {value} |")
    else:
        for name, value in rows:
            print(f"{name:55} {value}")


if __name__ == "__main__":
    main()
