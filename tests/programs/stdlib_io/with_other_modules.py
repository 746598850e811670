# File objects as other code uses them: print(file=...), redirect_stdout,
# sys.stdout replaced by a StringIO, json.dump/load on files, flush of
# closed streams.
import contextlib
import io
import json
import os
import sys

s = io.StringIO()
s.close()
print(s.flush())
f = io.FileIO(os.devnull)
f.close()
try:
    f.flush()
except ValueError as e:
    print(e)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1, 2)
    print("flushed", flush=True)
print(repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("x", end="")
sys.stdout.write("y")
value = sys.stdout.getvalue()
sys.stdout = old
print(repr(value))
name = "_tmp_with_other_modules.json"
with open(name, "w") as fh:
    json.dump({"a": [1, 2], "b": "\u00e9"}, fh, indent=1)
print(open(name).read())
with open(name) as fh:
    print(json.load(fh))
with open(name, "w", encoding="ascii") as fh:
    json.dump(["\u00e9"], fh)
print(open(name, "rb").read())
with open(name, "a") as fh:
    print("appended", 3, sep="=", file=fh)
print(open(name).read().splitlines())
os.remove(name)
