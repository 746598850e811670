# The io ABCs and their generic methods, used by Python subclasses: read
# over readinto, readline over read/peek, readlines, writelines, context
# managers, iteration and isinstance checks.
import io
import sys


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


r = Raw(b"ab\ncd\nef")
attempt(lambda: r.read(2))
attempt(r.readline)
attempt(r.readlines)
attempt(r.read)
attempt(r.readall)
print(r.closed, r.close(), r.closed)
attempt(r.__enter__)
attempt(r.flush)
attempt(lambda: list(r))

buffered = io.BufferedReader(Raw(b"one\ntwo\nthree"))
print(buffered.readline(), buffered.peek()[:3], list(buffered))

base = io.IOBase()
for op in [lambda: base.read, lambda: base.seek(0), base.tell, base.fileno, base.truncate,
           base.isatty, base.readable, base.writable, base.seekable, base._checkReadable,
           base._checkWritable, base._checkSeekable, base._checkClosed, lambda: base.readline()]:
    attempt(op)
for op in [io.BufferedIOBase().read, io.BufferedIOBase().read1, lambda: io.BufferedIOBase().write(b""),
           io.TextIOBase().read, io.TextIOBase().readline, lambda: io.TextIOBase().encoding,
           io.TextIOBase().detach, lambda: io.RawIOBase().read(3), io.RawIOBase().readall,
           lambda: io.RawIOBase().write(b"x")]:
    attempt(op)


class Writer(io.IOBase):
    def write(self, x):
        print("write", repr(x))


w = Writer()
with w as same:
    print(same is w)
    w.writelines(["a", "b"])
print(w.closed)
attempt(lambda: w.writelines(["a"]))
attempt(lambda: w.__exit__(None, None, None))


class Lines(io.TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


print(list(Lines(["x\n", "y\n"])), Lines(["a\n", "bb\n", "c\n"]).readlines(2))

print([c.__name__ for c in io.FileIO.__mro__], [c.__name__ for c in io.TextIOWrapper.__mro__])
print([c.__name__ for c in io.BufferedRandom.__mro__], [c.__name__ for c in io.BytesIO.__mro__])
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.IOBase),
      isinstance(sys.stdout, io.TextIOBase), isinstance(io.BytesIO(), io.TextIOBase))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open,
      io.text_encoding(None), io.text_encoding("latin-1"))
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc"), encoding="utf-8")
print(t.readlines(), t.newlines, t.encoding, t.errors, t.line_buffering, repr(t))
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc"), encoding="utf-8", newline="")
print(t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")
t.write("x\ny")
print(t.buffer.getvalue(), t.flush(), t.buffer.getvalue())
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True)
t.write("no newline")
print(t.buffer.getvalue())
t.write("!\n")
print(t.buffer.getvalue())
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8")
print(t.read(1), t.tell(), t.detach().read())
attempt(t.read)
attempt(lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope"))
attempt(lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
attempt(lambda: io.TextIOWrapper(io.BytesIO(), encoding=1))
