# Concrete paths on a small tree: mkdir, read/write, iterdir, glob and
# rglob, stat and is_*, rename/replace, touch, unlink, resolve, errors.
from pathlib import Path
import os

base = Path("_tmp_path_fs")
base.mkdir()


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


(base / "d1" / "d2").mkdir(parents=True)
for name in ["a.txt", "b.py", ".hidden.py", "d1/c.py", "d1/d2/e.py", "d1/d2/f.txt"]:
    print((base / name).write_text(name.upper() + "\n"))
print((base / "a.txt").read_text(), (base / "a.txt").read_bytes(), (base / "n.bin").write_bytes(b"\x00\x01"))
print(sorted(base.iterdir()))
print(sorted(base.glob("*.py")), sorted(base.glob("**/*.py")), sorted(base.rglob("*.txt")))
print(sorted(base.glob("**")), sorted(base.glob("*/")), sorted(base.glob("d1/*")), sorted(base.glob("**/d2")),
      sorted(base.glob("d?")), sorted(base.glob("a.txt")), sorted(base.glob("nope")), sorted(base.glob("[ab].*")))
attempt(lambda: list(base.glob("")))
attempt(lambda: list(base.glob("/abs")))
attempt(lambda: list(base.glob("x**")))
p = base / "a.txt"
print(p.exists(), p.is_file(), p.is_dir(), p.is_symlink(), base.is_dir(), (base / "nope").exists(),
      (base / "nope").is_file(), p.stat().st_size, p.lstat().st_size, p.is_mount(), p.is_fifo())
print(p.resolve() == Path(os.path.realpath(p)), p.absolute().is_absolute(), p.absolute().name,
      (base / "d1" / ".." / "a.txt").resolve().name, Path.cwd() == Path(os.getcwd()),
      Path().absolute() == Path.cwd(), p.samefile(str(p)))
with p.open() as f:
    print(type(f).__name__, f.read())
with p.open("a") as f:
    f.write("more\n")
print(p.read_text().splitlines(), p.open("rb").read(4))
attempt(lambda: (base / "x/y/z").mkdir())
attempt(lambda: (base / "x/y/z").mkdir(parents=True))
attempt(lambda: (base / "x/y/z").mkdir(parents=True, exist_ok=True))
attempt(lambda: (base / "x").mkdir())
attempt(lambda: (base / "n.bin").rename(base / "m.bin"))
attempt(lambda: (base / "m.bin").replace(base / "o.bin"))
attempt(lambda: (base / "o.bin").unlink())
attempt(lambda: (base / "o.bin").unlink())
attempt(lambda: (base / "o.bin").unlink(missing_ok=True))
attempt(lambda: (base / "t.txt").touch())
attempt(lambda: (base / "t.txt").touch())
attempt(lambda: (base / "t.txt").touch(exist_ok=False))
attempt(lambda: (base / "nope.txt").read_text())
attempt(lambda: (base / "w.txt").write_text(3))
attempt(lambda: (base / "w.bin").write_bytes("text"))
attempt(lambda: (base / "nope").rmdir())
attempt(lambda: (base / "x").rmdir())
(base / "link").symlink_to("a.txt")
print((base / "link").is_symlink(), (base / "link").readlink(), (base / "link").read_text().split())
print(sorted(str(q.relative_to(base)) for q in base.rglob("*")))
for q in sorted(base.rglob("*"), reverse=True):
    if q.is_dir() and not q.is_symlink():
        q.rmdir()
    else:
        q.unlink()
base.rmdir()
print(base.exists())
