#!/usr/bin/env python3
"""Run the differential corpus under PVM and list the programs that differ.

    python3 scripts/programs_status.py [SUBSTRING...] [--pvm PATH]

Runs every tests/programs/**/*.py (or those whose path contains one of the
substrings) under target/release/pvm (or --pvm PATH) with a 5 s timeout,
compares with the recorded NAME.expected.json as tests/programs.rs does,
and prints one line per differing program, then the pass count. A quicker
view than `cargo test` while working on the VM; the test is the authority.
"""
import json, os, subprocess, sys, concurrent.futures as cf

PVM = "target/release/pvm"
if "--pvm" in sys.argv:
    i = sys.argv.index("--pvm")
    PVM = sys.argv[i + 1]
    del sys.argv[i:i + 2]
root = "tests/programs"
# Programs are AREA/NAME.py; deeper files are modules the programs import.
progs = sorted(
    os.path.join(root, area, f)
    for area in os.listdir(root)
    if os.path.isdir(os.path.join(root, area))
    for f in os.listdir(os.path.join(root, area))
    if f.endswith(".py") and os.path.exists(os.path.join(root, area, f[:-3] + ".expected.json"))
)
if len(sys.argv) > 1:
    progs = [p for p in progs if any(a in p for a in sys.argv[1:])]
def run(p):
    exp = json.load(open(p[:-3] + ".expected.json"))
    d = os.path.dirname(p)
    try:
        r = subprocess.run([os.path.abspath(PVM), os.path.basename(p)], cwd=d, capture_output=True, timeout=5, env=dict(os.environ, PYTHONHASHSEED="0"))
    except subprocess.TimeoutExpired:
        return p, "TIMEOUT"
    folder = os.path.abspath(d) + "/"
    out = r.stdout.decode("utf-8", "replace").replace(folder, "<DIR>/")
    err = r.stderr.decode("utf-8", "replace").replace(folder, "<DIR>/")
    last = lambda s: ([l for l in s.splitlines() if l.strip()] or [""])[-1]
    if r.returncode < 0 or "panicked" in err:
        return p, "CRASH " + last(err)
    if out != exp["stdout"]:
        ol, el = out.splitlines(), exp["stdout"].splitlines()
        i = next((i for i, (a, b) in enumerate(zip(ol, el)) if a != b), min(len(ol), len(el)))
        return p, f"OUT@{i+1}: got {ol[i] if i < len(ol) else '<end>'!r} want {el[i] if i < len(el) else '<end>'!r} | {last(err)}"
    if last(err) != last(exp["stderr"]):
        return p, f"ERR: got {last(err)!r} want {last(exp['stderr'])!r}"
    if r.returncode != exp["status"]:
        return p, f"STATUS {r.returncode} want {exp['status']}"
    if "tracebacks" in p and err != exp["stderr"]:
        return p, "TB differs"
    return p, None
with cf.ThreadPoolExecutor(4) as ex:
    res = list(ex.map(run, progs))
fails = [(p, w) for p, w in res if w]
for p, w in fails:
    print(p[len(root)+1:], "::", w[:300])
print(f"PASS {len(progs)-len(fails)}/{len(progs)}", file=sys.stderr)
