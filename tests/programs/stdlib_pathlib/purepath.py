# Pure paths: parsing, parts, names and suffixes, parents, joining,
# with_*, relative_to, match, comparisons, reprs and errors (POSIX and
# Windows rules).
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath
import os


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["", ".", "a", "a/b", "/a/b/", "//a/b", "///a/b", "a/./b/../c//d", "/", "..", "a/b.tar.gz",
          ".bashrc", "a.b.", "a..b", "x/y."]:
    p = PurePath(s)
    print(repr(s), repr(p), str(p), p.parts, p.drive, p.root, p.anchor, p.name, p.suffix, p.suffixes,
          p.stem, repr(p.parent), list(p.parents), p.is_absolute(), p.as_posix())
p = PurePath("/a/b/c.tar.gz")
print(p.parents, len(p.parents), p.parents[0], p.parents[-1], p.parents[1:], p.parents[::2])
attempt(lambda: p.parents[10])
print(p.with_name("d.txt"), p.with_stem("q"), p.with_suffix(".bz2"), p.with_suffix(""),
      PurePath("a").with_suffix(".x"))
for bad in [lambda: p.with_name(""), lambda: PurePath("/").with_name("x"), lambda: p.with_suffix("gz"),
            lambda: p.with_suffix("."), lambda: p.with_suffix("./x"), lambda: PurePath("a").with_name("b/c"),
            lambda: PurePath("").with_suffix(".x")]:
    attempt(bad)
print(PurePath("a") / "b" / PurePath("c"), "x" / PurePath("y"), PurePath("a").joinpath("b", "/c", "d"),
      PurePath("a", PurePath("/b"), "c"), PurePath("a", "", "b"), os.fspath(PurePath("q/r")),
      bytes(PurePath("a/b")), str(PurePath()))
attempt(lambda: PurePath(1))
attempt(lambda: PurePath(b"x"))
attempt(lambda: PurePath("a") / 1)
attempt(lambda: 1 / PurePath("a"))
print(p.relative_to("/a"), p.relative_to("/", "a", "b"), p.is_relative_to("/a"), p.is_relative_to("/x"))
attempt(lambda: p.relative_to("/x"))
attempt(lambda: PurePath("a").relative_to("/a"))
attempt(lambda: p.relative_to())
print(PurePath("a/b").match("*/b"), PurePath("/a/b").match("/b"), PurePath("a/b.py").match("*.py"),
      PurePath("a/b/c").match("a/*"), PurePath("/a/b").match("/*/b"), PurePath("A.PY").match("*.py"))
attempt(lambda: PurePath("a").match(""))
print(PurePath("a") == PurePosixPath("a"), PurePath("a") == Path("a"), PurePath("a") == "a",
      hash(PurePath("a/b")) == hash(PurePath("a//b/")), PurePath("a") != PurePath("A"))
print(sorted([PurePath("b"), PurePath("a/c"), PurePath("a"), PurePath("/z")]),
      PurePath("a") < PurePath("b"), PurePath("b") >= PurePath("a"))
attempt(lambda: PurePath("a") < "b")
attempt(lambda: PurePath("a") < PureWindowsPath("b"))
print({PurePath("a"): 1}[PurePosixPath("a")], type(PurePath("x")).__name__, type(Path("x")).__name__,
      [c.__name__ for c in PosixPath.__mro__])
print(PurePath("/a/b").as_uri(), PurePath("/a b/ü").as_uri())
attempt(lambda: PurePath("a").as_uri())
w = PureWindowsPath("C:\\x\\y.txt")
print(repr(w), str(w), w.parts, w.drive, w.root, w.anchor, w.name, w.parent, w.as_posix(), w.is_absolute())
print(PureWindowsPath("c:/a/B"), PureWindowsPath("a") == PureWindowsPath("A"),
      str(PureWindowsPath("//srv/share/x")), PureWindowsPath("//srv/share/x").drive,
      PureWindowsPath("c:/x").as_uri(), PureWindowsPath("c:x").parts, PureWindowsPath("x", "d:/y", "z"),
      PureWindowsPath("c:x").is_absolute(), PureWindowsPath("con").is_reserved(),
      PureWindowsPath("C:/a") == PurePosixPath("C:/a"), PureWindowsPath("c:/A/b").relative_to("C:/a"))
attempt(lambda: Path("x").__class__("a", "b"))
attempt(lambda: __import__("pathlib").WindowsPath("x"))
