# open() in text mode: reading and writing, newline translation in all
# five modes, encodings and error handlers, tell/seek cookies, attributes.
import io
import os

tmp = "_tmp_open_text"
os.makedirs(tmp, exist_ok=True)
os.chdir(tmp)


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


with open("t1.txt", "w", newline="") as f:
    print(f.write("line1\r\nline2\rline3\nlast"))
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open("t1.txt", newline=nl) as f:
        print(repr(nl), [f.readline() for _ in range(5)], f.newlines)
    with open("t1.txt", newline=nl) as f:
        print(repr(nl), list(f), repr(f.read()))
    with open("t1.txt", newline=nl) as f:
        marks = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((pos, line))
        print(marks, f.tell())
        for pos, line in marks:
            f.seek(pos)
            assert f.readline() == line, (pos, line)
    with open("t1.txt", newline=nl) as f:
        print(repr(f.read(3)), f.tell(), repr(f.read(6)), f.tell(), repr(f.readline(2)),
              f.tell(), repr(f.read()))

for nl in [None, "", "\n", "\r", "\r\n"]:
    with open("t2.txt", "w", newline=nl) as f:
        print(f.write("a\nb\r\nc\rd"), f.tell())
    with open("t2.txt", "rb") as f:
        print(repr(nl), f.read())

with open("t3.txt", "w", encoding="utf-8") as f:
    f.write("héllo wörld\n€uro\n" * 3)
with open("t3.txt", encoding="utf-8") as f:
    print(repr(f.readline()), f.tell(), f.read(4), f.tell())
    mark = f.tell()
    chunk = f.read(5)
    f.seek(mark)
    print(chunk == f.read(5))
with open("t3.txt", encoding="latin-1") as f:
    print(repr(f.readline()))
attempt(lambda: open("t3.txt", encoding="ascii").read())
print(repr(open("t3.txt", encoding="ascii", errors="replace").readline()))
print(repr(open("t3.txt", encoding="ascii", errors="ignore").readline()))
with open("t4.txt", "w", encoding="latin-1") as f:
    f.write("café")
    attempt(lambda: f.write("€"))
print(open("t4.txt", "rb").read())
with open("t5.txt", "w", encoding="ascii", errors="replace") as f:
    f.write("naïve €")
print(open("t5.txt").read())
with open("t6.txt", "w", encoding="utf-16") as f:
    f.write("hi\n")
    f.write("there")
print(open("t6.txt", "rb").read(), repr(open("t6.txt", encoding="utf-16").read()))
with open("t7.txt", "w", encoding="utf-8-sig") as f:
    f.write("sig")
    f.write("!")
print(open("t7.txt", "rb").read(), repr(open("t7.txt", encoding="utf-8-sig").read()),
      repr(open("t7.txt").read()))

with open("t8.txt", "w") as f:
    f.writelines(["a\n", "b\n"])
    print(f.name, f.mode, f.closed, f.encoding, f.errors, f.newlines, f.line_buffering,
          f.buffer.name, f.readable(), f.writable(), f.seekable(), f.isatty())
    print(repr(f), repr(f.buffer), repr(f.buffer.raw))
print(f.closed, repr(f))
f = open("t8.txt")
next(f)
attempt(f.tell)
print(list(f), f.tell())
f.close()

f = open("t9.txt", "w")
f.write("unflushed")
del f
print(open("t9.txt").read())
f = open("t9.txt", "w")
f.write("abc")
print(repr(open("t9.txt").read()))
f.flush()
print(repr(open("t9.txt").read()))
f.close()

big = "x" * 10000 + "\n" + "y" * 10000 + "\n"
with open("t10.txt", "w") as f:
    f.write(big * 3)
with open("t10.txt") as f:
    print([len(line) for line in f.readlines()])
with open("t10.txt") as f:
    f.readline()
    mark = f.tell()
    f.readline()
    f.seek(mark)
    print(mark, len(f.readline()))
with open("t10.txt") as f:
    print(len(f.read(15000)), f.tell(), f.seek(0, 2), f.seek(0, 1))

for name in sorted(os.listdir(".")):
    os.remove(name)
os.chdir("..")
os.rmdir(tmp)
