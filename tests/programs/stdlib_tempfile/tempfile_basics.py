# tempfile: mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile,
# TemporaryDirectory and SpooledTemporaryFile (names are random: only
# their shape is printed).
import os
import tempfile

print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX,
      os.path.isdir(tempfile.gettempdir()), isinstance(tempfile.gettempdirb(), bytes))

fd, path = tempfile.mkstemp(suffix=".txt", prefix="pvm_")
name = os.path.basename(path)
print(type(fd).__name__, os.path.isabs(path), name.startswith("pvm_"), name.endswith(".txt"),
      len(name), oct(os.stat(path).st_mode & 0o777))
os.write(fd, b"data")
os.close(fd)
with open(path) as f:
    print(f.read())
os.remove(path)

d = tempfile.mkdtemp(prefix="dir_", suffix="_x")
print(os.path.isdir(d), os.path.basename(d).startswith("dir_"), d.endswith("_x"), oct(os.stat(d).st_mode & 0o777))
fd, path = tempfile.mkstemp(dir=d)
os.close(fd)
print(os.path.dirname(path) == d, os.listdir(d) == [os.path.basename(path)])
os.remove(path)
os.rmdir(d)
bd = tempfile.mkdtemp(dir=os.fsencode(tempfile.gettempdir()), prefix=b"b_")
print(isinstance(bd, bytes), os.path.basename(bd).startswith(b"b_"))
os.rmdir(bd)
try:
    tempfile.mkstemp(prefix="a", suffix=b"b")
except TypeError as e:
    print(e)

with tempfile.NamedTemporaryFile("w+", suffix=".log") as f:
    print(type(f).__name__, f.name.endswith(".log"), os.path.exists(f.name), f.mode, f.delete)
    f.write("line1\nline2\n")
    f.seek(0)
    print(f.read(), list(f), f.tell())
    kept = f.name
print(os.path.exists(kept))
f = tempfile.NamedTemporaryFile(delete=False)
f.write(b"stay")
f.close()
print(open(f.name, "rb").read(), f.file.closed)
os.remove(f.name)

with tempfile.TemporaryFile() as t:
    print(type(t).__name__, t.mode, isinstance(t.name, int))
    t.write(b"abc")
    t.seek(0)
    print(t.read())
with tempfile.TemporaryFile("w+", encoding="utf-8") as t:
    t.write("text")
    t.seek(0)
    print(type(t).__name__, t.read())

with tempfile.TemporaryDirectory(prefix="td_") as tmp:
    print(type(tmp).__name__, os.path.isdir(tmp), os.path.basename(tmp).startswith("td_"))
    with open(os.path.join(tmp, "inner.txt"), "w") as f:
        f.write("x")
    os.mkdir(os.path.join(tmp, "sub"))
    saved = tmp
print(os.path.exists(saved))
td = tempfile.TemporaryDirectory()
print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))

s = tempfile.SpooledTemporaryFile(max_size=10, mode="w+")
s.write("short")
print(s._rolled, s.tell())
s.write(" and longer than ten")
print(s._rolled, s.tell())
s.seek(0)
print(s.read(), s.name is not None)
s.close()
with tempfile.SpooledTemporaryFile() as s:
    s.write(b"bytes")
    s.seek(0)
    print(s.read(), s.mode, s._rolled)
