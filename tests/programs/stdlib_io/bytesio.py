# io.BytesIO: reading, writing, seek clamping, truncate, readinto,
# iteration and errors.
import io


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


b = io.BytesIO(b"hello\nworld")
print(b.read(2), b.read1(2), b.readline(), b.readline(-1), b.read(), b.tell())
print(b.seek(-10, 1), b.seek(3, 2), b.tell(), b.seek(0), b.readlines(), b.seek(0), list(b))
print(b.seek(20), b.read(), b.tell(), b.write(b"!"), b.getvalue())
print(b.truncate(3), b.tell(), b.getvalue(), b.read(), b.write(bytearray(b"zz")), b.getvalue())
b.seek(0)
buf = bytearray(4)
print(b.readinto(buf), buf, b.tell())
print(b.write(memoryview(b"MV")), b.getvalue())
b = io.BytesIO(b"a\nbb\nccc\ndddd\n")
print(b.readlines(3), b.readlines())
b = io.BytesIO()
print(b.writelines([b"x", bytearray(b"y")]), b.getvalue(), b.readable(), b.writable(),
      b.seekable(), b.isatty(), b.flush(), b.closed)
print(io.BytesIO(initial_bytes=b"kw").read(), io.BytesIO(None).read(), io.BytesIO(b"abc").read(None))

attempt(lambda: io.BytesIO("x"))
b = io.BytesIO(b"abc")
attempt(lambda: b.seek(-1))
attempt(lambda: b.seek(0, 3))
attempt(lambda: b.truncate(-1))
attempt(lambda: b.write("x"))
attempt(lambda: b.readinto(b"xy"))
attempt(lambda: b.fileno())
b.close()
for f in [b.read, b.getvalue, b.tell, lambda: b.write(b"x"), b.seekable, lambda: next(b),
          b.flush, lambda: b.readlines(), lambda: b.seek(0)]:
    attempt(f)
print(isinstance(b, io.BufferedIOBase), b.closed)
