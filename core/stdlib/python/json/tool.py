"""``pvm -m json.tool [infile [outfile]]``: checks that the input is JSON
and writes it out again, indented (or compact, or with sorted keys), with
the options and messages of CPython's json.tool."""

import argparse
import json
import sys
from pathlib import Path


def _parser():
    parser = argparse.ArgumentParser(
        prog="python -m json.tool",
        description="A simple command line interface for json module "
        "to validate and pretty-print JSON objects.",
    )
    parser.add_argument(
        "infile",
        nargs="?",
        type=argparse.FileType(encoding="utf-8"),
        help="a JSON file to be validated or pretty-printed",
        default=sys.stdin,
    )
    parser.add_argument(
        "outfile",
        nargs="?",
        type=Path,
        help="write the output of infile to outfile",
        default=None,
    )
    parser.add_argument(
        "--sort-keys",
        action="store_true",
        default=False,
        help="sort the output of dictionaries alphabetically by key",
    )
    parser.add_argument(
        "--no-ensure-ascii",
        dest="ensure_ascii",
        action="store_false",
        help="disable escaping of non-ASCII characters",
    )
    parser.add_argument(
        "--json-lines",
        action="store_true",
        default=False,
        help="parse input using the JSON Lines format. "
        "Use with --no-indent or --compact to produce valid JSON Lines output.",
    )
    # One way of laying the output out at most.
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument(
        "--indent",
        default=4,
        type=int,
        help="separate items with newlines and use this number of spaces for indentation",
    )
    layout.add_argument(
        "--tab",
        action="store_const",
        dest="indent",
        const="\t",
        help="separate items with newlines and use tabs for indentation",
    )
    layout.add_argument(
        "--no-indent",
        action="store_const",
        dest="indent",
        const=None,
        help="separate items with spaces rather than newlines",
    )
    layout.add_argument(
        "--compact",
        action="store_true",
        help="suppress all whitespace separation (most compact)",
    )
    return parser


def main():
    options = _parser().parse_args()
    dump_args = {
        "sort_keys": options.sort_keys,
        "indent": options.indent,
        "ensure_ascii": options.ensure_ascii,
    }
    if options.compact:
        dump_args["indent"] = None
        dump_args["separators"] = ",", ":"
    with options.infile as infile:
        try:
            if options.json_lines:
                documents = (json.loads(line) for line in infile)
            else:
                documents = (json.load(infile),)
            if options.outfile is None:
                out = sys.stdout
            else:
                out = options.outfile.open("w", encoding="utf-8")
            with out as outfile:
                for document in documents:
                    json.dump(document, outfile, **dump_args)
                    outfile.write("\n")
        except ValueError as e:
            # The decoder's message ("Expecting value: line 1 column 1
            # (char 0)") is what the user sees, with status 1.
            raise SystemExit(e)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
