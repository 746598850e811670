# io.StringIO: reading, writing past the end, newline modes, seek/tell,
# truncate, iteration, closed-stream errors, subclasses.
import io


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


s = io.StringIO("hello\nworld\nlast")
print(s.read(3), s.tell(), repr(s.readline()), repr(s.readline(2)), s.readlines())
print(repr(s.read()), s.tell(), s.seek(0), list(s))
s.seek(0)
print(s.write("HE"), s.getvalue(), s.tell())
print(s.seek(0, 2), s.write("!"), s.getvalue())
s.seek(25)
print(s.write("x"), repr(s.getvalue()), s.tell())
print(s.truncate(5), s.getvalue(), s.tell(), s.write("Y"), repr(s.getvalue()))
s.seek(2)
print(s.truncate(), s.getvalue(), s.tell())

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\nz\r")
    print(repr(nl), repr(s.getvalue()), s.newlines)

s = io.StringIO("héllo wörld €")
s.seek(7)
print(s.read(3), s.tell(), s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering)
print(s.encoding, s.errors, s.closed)

attempt(lambda: io.StringIO(b"x"))
attempt(lambda: io.StringIO(newline=3))
attempt(lambda: io.StringIO(newline="x"))
attempt(lambda: io.StringIO("a", "\n", 3))
s = io.StringIO("abc")
attempt(lambda: s.write(b"x"))
attempt(lambda: s.seek(-1))
attempt(lambda: s.seek(1, 1))
attempt(lambda: s.seek(1, 2))
attempt(lambda: s.seek(0, 3))
attempt(lambda: s.seek(1.0))
attempt(lambda: s.truncate(-1))
attempt(lambda: s.read("x"))
attempt(lambda: s.fileno())
attempt(lambda: s.detach())
attempt(lambda: s.name)
with io.StringIO("x") as s:
    print(s.read(), s.closed)
print(s.closed)
for f in [s.read, s.readline, s.getvalue, s.tell, s.readable, lambda: s.write("x"),
          lambda: s.seek(0), lambda: s.truncate(0), lambda: next(s), lambda: iter(s),
          lambda: s.line_buffering, lambda: s.newlines, lambda: s.readlines()]:
    attempt(f)
attempt(s.close)


class Upper(io.StringIO):
    def readline(self, *args):
        return super().readline(*args).upper()


print(list(Upper("ab\ncd\n")), Upper("q").getvalue())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase),
      type(io.StringIO()).__name__, io.StringIO.__module__)
s = io.StringIO()
print(s.writelines(["a", "b\n", "c"]), repr(s.getvalue()))
print(s.readlines(), io.StringIO("a\nbb\nccc\ndddd\n").readlines(2))
print(print("to a stream", 42, sep="|", end="$\n", file=s), repr(s.getvalue()))
s = io.StringIO("abcdef")
s.seek(2)
print(s.write("é€"), s.getvalue(), s.tell(), s.read(), s.seek(1), s.read(2), s.readline())
s.seek(10)
print(s.write("z"), repr(s.getvalue()), len(s.getvalue()), s.truncate(4), s.getvalue())
s = io.StringIO()
for i in range(1000):
    s.write("row %d\n" % i)
print(len(s.getvalue()), s.getvalue()[-8:], s.tell(), s.seek(0), s.readline(), len(s.readlines()))
