# The errors of open() and of the file objects: bad arguments, missing
# files, closed files, unsupported operations, io.UnsupportedOperation.
import io
import os

tmp = "_tmp_errors"
os.makedirs(tmp, exist_ok=True)
os.chdir(tmp)


def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
        if hasattr(r, "close"):
            r.close()
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e, e.args)


with open("a.txt", "w") as f:
    f.write("hello\nworld\n")
attempt(lambda: open("nope.txt"))
attempt(lambda: open("."))
attempt(lambda: open(".", "w"))
attempt(lambda: open("no/such/dir/x.txt", "w"))
attempt(lambda: open("a.txt", "x"))
for mode in ["rw", "z", "rbt", "", "r+w", "rr", "++", "b", "t", "aw"]:
    attempt(lambda: open("a.txt", mode))
attempt(lambda: open("a.txt", "rb", encoding="utf-8"))
attempt(lambda: open("a.txt", "rb", errors="strict"))
attempt(lambda: open("a.txt", "rb", newline=""))
attempt(lambda: open("a.txt", "r", buffering=0))
attempt(lambda: open("a.txt", newline="x"))
attempt(lambda: open("a.txt", encoding="nope"))
attempt(lambda: open("a.txt", encoding=3))
attempt(lambda: open("a.txt", errors=3))
attempt(lambda: open("a.txt", mode=3))
attempt(lambda: open("a.txt", buffering="x"))
attempt(lambda: open(1.5))
attempt(lambda: open(None))
attempt(lambda: open("a\0b"))
attempt(lambda: open("a.txt", closefd=False))
attempt(lambda: io.FileIO(-1))
attempt(lambda: io.FileIO("a.txt", "rw"))
attempt(lambda: io.FileIO("a.txt", "q"))
attempt(lambda: io.BufferedReader(io.BytesIO(b"x"), 0))
attempt(lambda: io.BufferedReader(io.FileIO("a.txt", "w")))
attempt(lambda: io.BufferedWriter(io.FileIO("a.txt", "r")))

f = open("a.txt")
attempt(lambda: f.write("x"))
attempt(lambda: f.writelines(["x"]))
attempt(f.truncate)
attempt(lambda: f.seek(1, 1))
attempt(lambda: f.seek(1, 2))
attempt(lambda: f.seek(-1))
attempt(lambda: f.seek(0, 3))
attempt(lambda: f.read("x"))
f.close()
for op in [f.read, f.readline, f.tell, lambda: f.write("x"), lambda: iter(f),
           lambda: next(f), f.fileno, f.flush, f.seekable, f.readable, f.__enter__,
           lambda: f.closed, lambda: f.name]:
    attempt(op)
f = open("a.txt", "w")
attempt(f.read)
attempt(f.readline)
attempt(lambda: list(f))
attempt(lambda: f.write(b"x"))
attempt(lambda: f.write(3))
f.close()
b = open("a.txt", "rb")
attempt(lambda: b.write(b"x"))
attempt(lambda: b.read(-2))
attempt(lambda: b.seek(0, 5))
attempt(lambda: b.seek(1.5))
attempt(lambda: b.write("x"))
b.close()
for op in [b.read, b.readline, b.peek, b.read1, b.tell, b.seekable, b.flush,
           lambda: b.seek(0), lambda: b.raw.read(), lambda: repr(b.raw)]:
    attempt(op)
w = open("a.txt", "wb")
attempt(lambda: w.read())
attempt(lambda: w.write("text"))
w.close()
for op in [w.flush, lambda: w.write(b"x"), lambda: w.seek(0), w.truncate, lambda: w.writelines([b"x"])]:
    attempt(op)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError),
      io.UnsupportedOperation.__module__)
try:
    open("nope.txt")
except OSError as e:
    print(repr(e), e.errno, e.strerror, e.filename, e.filename2)

os.remove("a.txt")
os.chdir("..")
os.rmdir(tmp)
