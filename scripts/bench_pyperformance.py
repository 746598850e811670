#!/usr/bin/env python3
"""Cross-check (not a test): pyperformance's pure-Python benchmarks under PVM.

    python3 scripts/bench_pyperformance.py [--pvm target/release/pvm]
                                           [--python PATH] [--version 1.0.9]
                                           [NAME ...]

Downloads the pyperformance source distribution from PyPI into a cache
folder (nothing of it is kept in the repo), then runs each benchmark's
run_benchmark.py under CPython and under PVM with a stand-in `pyperf`
module (written here) whose Runner calls the benchmark function twice and
prints "NAME ok". For each benchmark it prints whether both exit alike
with the same stdout, and the user CPU time of both (start-up included,
so short benchmarks mostly measure start-up). Benchmarks that need
packages outside the standard library, threads or sockets are not in the
default list.
"""

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile

DEBIAN_PYTHON = "/usr/bin/python3.11"

DEFAULT = [
    "chaos", "deltablue", "fannkuch", "float", "go", "hexiom", "nbody", "nqueens",
    "raytrace", "richards", "richards_super", "spectral_norm", "unpack_sequence",
    "generators", "coroutines", "comprehensions", "deepcopy", "json_dumps",
    "json_loads", "pprint", "meteor_contest", "pyflate", "scimark", "pidigits",
    "regex_effbot", "regex_v8", "typing_runtime_protocols", "gc_collect", "gc_traversal",
]

# The stand-in for the `pyperf` package: enough of Runner for these benchmarks.
PYPERF_SHIM = '''
import argparse, time

def perf_counter():
    return time.perf_counter()

class Runner:
    def __init__(self, *args, **kwargs):
        self.metadata = {}
        self.argparser = argparse.ArgumentParser()
        self.args = None

    def parse_args(self, args=None):
        self.args = self.argparser.parse_args([] if args is None else args)
        return self.args

    def _ready(self):
        if self.args is None:
            self.parse_args()

    def bench_func(self, name, func, *args, **kwargs):
        self._ready()
        for _ in range(2):
            func(*args)
        print(name, "ok")

    def bench_time_func(self, name, func, *args, **kwargs):
        self._ready()
        func(2, *args)
        print(name, "ok")

    def bench_command(self, name, *args, **kwargs):
        print(name, "skipped")

    def bench_async_func(self, name, *args, **kwargs):
        print(name, "skipped")
'''


def fetch(version, cache):
    """The benchmarks folder of pyperformance `version`, downloaded once."""
    root = os.path.join(cache, "pyperformance-%s" % version)
    bench = os.path.join(root, "pyperformance", "data-files", "benchmarks")
    if os.path.isdir(bench):
        return bench
    os.makedirs(cache, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                    "pyperformance==%s" % version, "-d", cache], check=True,
                   stdout=subprocess.DEVNULL)
    with tarfile.open(os.path.join(cache, "pyperformance-%s.tar.gz" % version)) as tar:
        tar.extractall(cache)
    return bench


def run(cmd, cwd, env):
    """Exit status, stdout and user CPU seconds of one run."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        proc = subprocess.run(["/usr/bin/time", "-f", "%U", "-o", t.name] + cmd, cwd=cwd, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              universal_newlines=True, timeout=900)
        lines = t.read().strip().splitlines()
    seconds = float(lines[-1]) if lines and lines[-1].replace(".", "").isdigit() else float("nan")
    return proc.returncode, proc.stdout, seconds, proc.stderr


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="benchmarks (default: the pure-Python ones)")
    parser.add_argument("--pvm", default="target/release/pvm")
    parser.add_argument("--python", default=DEBIAN_PYTHON if os.path.exists(DEBIAN_PYTHON) else sys.executable)
    parser.add_argument("--version", default="1.0.9", help="pyperformance version (default: %(default)s)")
    parser.add_argument("--cache", default=os.path.join(tempfile.gettempdir(), "pvm-pyperformance"))
    args = parser.parse_args()

    bench = fetch(args.version, args.cache)
    shim = os.path.join(args.cache, "shim")
    os.makedirs(shim, exist_ok=True)
    with open(os.path.join(shim, "pyperf.py"), "w") as f:
        f.write(PYPERF_SHIM)
    env = dict(os.environ, PYTHONPATH=shim, PYTHONHASHSEED="0")
    pvm = os.path.abspath(args.pvm)

    print("| benchmark | same output | CPython s | PVM s | ratio |")
    print("| --- | --- | ---: | ---: | ---: |")
    failures = 0
    for name in args.names or DEFAULT:
        folder = os.path.join(bench, "bm_" + name)
        if not os.path.isfile(os.path.join(folder, "run_benchmark.py")):
            print("| %s | missing | | | |" % name)
            continue
        c_rc, c_out, c_s, _ = run([args.python, "run_benchmark.py"], folder, env)
        p_rc, p_out, p_s, p_err = run([pvm, "run_benchmark.py"], folder, env)
        same = c_rc == p_rc and c_out == p_out
        failures += not same
        note = "yes" if same else "NO (exit %d/%d: %s)" % (c_rc, p_rc, p_err.strip().splitlines()[-1:] or "")
        ratio = p_s / c_s if c_s > 0 else float("nan")
        print("| %s | %s | %.2f | %.2f | %.2fx |" % (name, note, c_s, p_s, ratio))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
