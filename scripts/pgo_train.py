#!/usr/bin/env python3
"""Records the PGO profile optimised builds use: pgo/pvm.profdata.

    python3 scripts/pgo_train.py [--keep-builds]

1. Builds `pvm` instrumented (RUSTFLAGS=-Cprofile-generate, release
   profile) into target/pgo-train, with the wrapper's profile off.
2. Runs the training workload under it: parsing and compiling every
   Python file of this repository (the test corpora, the modules of
   core/stdlib, the examples; `pvm bench-parse --compile`), then running
   every program of the differential corpus, tests/programs (`pvm run`).
   What the benchmarks measure is left out on purpose: CPython's standard
   library (scripts/bench_parse.py) and tests/bench (scripts/bench_vm.py),
   so the figures in docs/performance.md are of code the profile has not
   seen.
3. Merges the raw profiles with rustup's `llvm-profdata` (the llvm-tools
   component, installed when missing) into pgo/pvm.profdata.
4. Removes target/release and target/fast: cargo does not see the profile
   (scripts/rustc-pgo adds it behind its back), so builds made with the old
   one would otherwise be kept.

Run it after changes that move the hot paths, before recording figures.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROFILE = os.path.join(ROOT, "pgo", "pvm.profdata")
TRAIN_DIR = os.path.join(ROOT, "target", "pgo-train")


def llvm_profdata():
    sysroot = subprocess.check_output(["rustc", "--print", "sysroot"], text=True, cwd=ROOT).strip()
    host = next(
        line.split(":", 1)[1].strip()
        for line in subprocess.check_output(["rustc", "-vV"], text=True, cwd=ROOT).splitlines()
        if line.startswith("host:")
    )
    tool = os.path.join(sysroot, "lib", "rustlib", host, "bin", "llvm-profdata")
    if not os.path.exists(tool):
        subprocess.check_call(["rustup", "component", "add", "llvm-tools"], cwd=ROOT)
    return tool


def python_files(*parts, skip=()):
    """Every *.py below ROOT/parts, in a stable order, minus the `skip` folders."""
    out = []
    for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, *parts)):
        dirnames[:] = sorted(d for d in dirnames if d not in skip and d != "__pycache__")
        out.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep-builds", action="store_true", help="leave target/release and target/fast alone")
    args = ap.parse_args()
    tool = llvm_profdata()
    with tempfile.TemporaryDirectory(prefix="pvm-pgo-") as raw:
        env = dict(os.environ, PVM_PGO="off", RUSTFLAGS=f"-Cprofile-generate={raw}")
        subprocess.check_call(
            ["cargo", "build", "--release", "-p", "pvm", "--target-dir", TRAIN_DIR], cwd=ROOT, env=env
        )
        pvm = os.path.join(TRAIN_DIR, "release", "pvm")
        run_env = dict(
            os.environ,
            LLVM_PROFILE_FILE=os.path.join(raw, "pvm-%p-%m.profraw"),
            # As server/tests/programs.rs runs the corpus: no __pycache__ in the tree.
            PYTHONHASHSEED="0",
            PYTHONDONTWRITEBYTECODE="1",
        )
        # Build scripts ran instrumented too: only the workload's profiles count.
        for f in os.listdir(raw):
            os.remove(os.path.join(raw, f))

        with tempfile.NamedTemporaryFile("w", suffix=".txt") as listing:
            sources = python_files("tests", skip=("bench",)) + python_files("core") + python_files("examples")
            listing.write("\n".join(sources) + "\n")
            listing.flush()
            print(f"training: compiling {len(sources)} files of the repository", file=sys.stderr)
            subprocess.run(
                [pvm, "bench-parse", "--compile", "--list", listing.name, "--runs", "1", "--jobs", "1"],
                env=run_env,
                stdout=subprocess.DEVNULL,
                check=True,
            )
        # As server/tests/programs.rs picks them: tests/programs/AREA/NAME.py;
        # deeper files are modules those programs import.
        corpus = os.path.join(ROOT, "tests", "programs")
        programs = [p for p in python_files("tests", "programs") if os.path.relpath(p, corpus).count(os.sep) == 1]
        print(f"training: running {len(programs)} corpus programs", file=sys.stderr)
        for path in programs:
            try:
                subprocess.run(
                    [pvm, "run", os.path.basename(path)],
                    cwd=os.path.dirname(path),
                    env=run_env,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    timeout=60,
                )
            except subprocess.TimeoutExpired:
                print(f"  timed out: {os.path.relpath(path, ROOT)}", file=sys.stderr)

        profiles = [os.path.join(raw, f) for f in os.listdir(raw) if f.endswith(".profraw")]
        os.makedirs(os.path.dirname(PROFILE), exist_ok=True)
        subprocess.check_call([tool, "merge", "--sparse", "-o", PROFILE, *profiles])
    print(f"wrote {os.path.relpath(PROFILE, ROOT)} ({os.path.getsize(PROFILE)} bytes)", file=sys.stderr)
    if not args.keep_builds:
        for name in ("release", "fast"):
            shutil.rmtree(os.path.join(ROOT, "target", name), ignore_errors=True)
        print("removed target/release and target/fast (built with the old profile)", file=sys.stderr)


if __name__ == "__main__":
    main()
