# os.path's string functions on str and bytes, with CPython's edge cases
# and type errors.
import os
import posixpath


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


paths = ["", "/", "//", "///", "a", "a/", "/a", "a/b", "/a/b/", "a//b", "./a", "../a",
         "a/./b", "a/../b", ".bashrc", "a.b.c", "a/.b", "/a.b/c", "a..", "...", "a/b.", "~x", "//a/b"]
for p in paths:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p),
          os.path.dirname(p), os.path.normpath(p), os.path.isabs(p), os.path.splitdrive(p))
for p in [b"/a//b/../c", b"x.tar.gz", b"", b"/"]:
    print(p, os.path.split(p), os.path.splitext(p), os.path.normpath(p), os.path.basename(p))
print(os.path.join("a"), os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"),
      os.path.join("", "x"), os.path.join("a", ""), os.path.join(b"a", b"b"))
attempt(lambda: os.path.join("a", 1))
attempt(lambda: os.path.join(1))
attempt(lambda: os.path.join("a", b"b"))
attempt(lambda: os.path.join(b"a", "b"))
print(os.path.commonprefix(["interface", "internet", "interval"]), os.path.commonprefix([]),
      os.path.commonprefix([["a", "b"], ["a", "c"]]))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c/d", "a"]),
      os.path.commonpath([b"/x/y", b"/x/z"]))
attempt(lambda: os.path.commonpath([]))
attempt(lambda: os.path.commonpath(["/a", "b"]))
attempt(lambda: os.path.commonpath(["/a", b"/b"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("a/b", "a"),
      os.path.relpath(b"/x/y", b"/x"))
attempt(lambda: os.path.relpath(""))
attempt(lambda: os.path.relpath("a", b"b"))
os.environ["PVM_PATH_TEST"] = "value"
print(os.path.expandvars("$PVM_PATH_TEST/${PVM_PATH_TEST}x $NOPE_NOPE ${NOPE_NOPE} $ ${ $1 a$"),
      os.path.expandvars(b"$PVM_PATH_TEST-$"), os.path.expandvars("no dollars"))
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/tester/"
print(os.path.expanduser("~"), os.path.expanduser("~/x"), os.path.expanduser("~other/x"),
      os.path.expanduser("x~"), os.path.expanduser(b"~/b"))
if home is None:
    del os.environ["HOME"]
else:
    os.environ["HOME"] = home
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.abspath("/a/../b"),
      os.path.realpath("/") == "/", os.path.normcase("AbC"), os.path is posixpath)
print(os.path.sep, os.path.pathsep, os.path.extsep, os.path.altsep, os.path.curdir, os.path.pardir,
      os.path.defpath, os.path.devnull, os.path.supports_unicode_filenames)
print(os.path.exists(""), os.path.isdir(""), os.path.isfile("\0"), os.path.lexists("."),
      os.path.ismount("/"), os.path.islink("/"))
attempt(lambda: os.path.getsize("definitely/not/here"))
attempt(lambda: os.path.exists(3.5))
class P:
    def __fspath__(self):
        return "dir/name.ext"
print(os.path.basename(P()), os.path.splitext(P()), os.path.join(P(), "x"), os.fspath(P()))
