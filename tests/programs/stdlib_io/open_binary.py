# open() in binary and update modes: the buffered classes and FileIO,
# reads, peeks, mixing reads and writes, truncate, modes and reprs.
import io
import os

tmp = "_tmp_open_binary"
os.makedirs(tmp, exist_ok=True)
os.chdir(tmp)


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


with open("b.bin", "wb") as w:
    print(w.write(b"abc"), w.write(bytearray(b"def")), w.tell(), repr(w), w.mode, w.raw.mode)
with open("b.bin", "rb") as r:
    print(r.peek(1)[:1], r.read1(2), r.tell(), r.read(2), r.readline(), r.read(), r.tell())
    print(r.seek(-2, 2), r.read(), r.seek(1), r.read(1), r.seek(1, 1), r.read())
    buf = bytearray(3)
    r.seek(0)
    print(r.readinto(buf), buf, r.readable(), r.writable(), r.seekable(), r.isatty(),
          r.name, r.closed, r.raw.closefd, r.fileno() > 2)
with open("b.bin", "r+b") as f:
    print(f.read(1), f.write(b"Z"), f.tell())
    f.seek(0)
    print(f.read(), f.truncate(2), f.tell())
    f.seek(0)
    print(f.read(), f.mode, type(f).__name__)
with open("b.bin", "ab") as f:
    print(f.tell(), f.write(b"++"), f.mode)
with open("b.bin", "rb", buffering=0) as f:
    print(type(f).__name__, f.read(), f.mode, repr(f))
open("c.bin", "w").close()
for mode in ["r", "w", "a", "r+", "w+", "a+", "rb", "wb+", "ab", "x", "xb"]:
    if mode.startswith("x"):
        os.remove("c.bin")
    f = open("c.bin", mode)
    inner = f.buffer if hasattr(f, "buffer") else f.raw
    print(mode, f.mode, type(f).__name__, repr(inner), f.readable(), f.writable(), f.seekable())
    f.close()
with open("c.bin", "wb") as f:
    f.write(b"line1\nline2\n" * 3)
with open("c.bin", "rb") as f:
    print(list(f))
with open("c.bin", "rb") as f:
    print(f.readlines(8), f.readline(3), next(f))
with open("c.bin", "w+b") as f:
    f.write(b"0123456789")
    f.seek(3)
    print(f.read(2), f.write(b"XX"), f.tell())
    f.seek(0)
    print(f.read())

raw = io.FileIO("c.bin", "r")
print(raw.read(2), raw.readall(), raw.read(), raw.tell(), raw.seek(0), raw.read(-1), raw.name,
      raw.mode, raw.closefd, raw.readable(), raw.writable(), raw.seekable())
attempt(lambda: raw.write(b"x"))
attempt(lambda: raw.truncate())
raw.close()
print(repr(raw), raw.closed)
attempt(raw.read)
raw = io.FileIO("c.bin", "w")
attempt(raw.read)
print(raw.write(b"xyz"), raw.truncate(2), raw.tell())
raw.close()
print(open("c.bin", "rb").read())
fd = os.open("c.bin", os.O_RDONLY)
raw = io.FileIO(fd, "r", closefd=True)
print(raw.read(), raw.name == fd, raw.closefd)
raw.close()
buffered = io.BufferedReader(io.BytesIO(b"abc\ndef"))
print(buffered.readline(), buffered.read(), repr(buffered), buffered.raw.getvalue())
writer = io.BufferedWriter(io.BytesIO())
print(writer.write(b"hi"), writer.raw.getvalue(), writer.flush(), writer.raw.getvalue())
print(writer.detach().getvalue(), repr(writer))
attempt(lambda: writer.write(b"x"))
attempt(lambda: writer.name)

for name in sorted(os.listdir(".")):
    os.remove(name)
os.chdir("..")
os.rmdir(tmp)
