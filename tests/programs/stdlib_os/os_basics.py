# os and os.path on a small tree: directories, files, stat, scandir,
# rename/replace, walk, removedirs, environ, the OSError messages.
import os, os.path, stat, errno, sys
print(os.name, os.sep, os.path.__name__, os.linesep == "\n", os.devnull, os.curdir, os.pardir)
base = os.path.join(os.getcwd(), "_tmp_os_basics")
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "a"))
except FileExistsError as e:
    print("exists", e.errno, os.path.basename(e.filename))
os.chdir(base)
print(os.path.basename(os.getcwd()))
with open("f.txt", "w") as f:
    f.write("hello\n")
print(sorted(os.listdir(".")), sorted(os.listdir()))
st = os.stat("f.txt")
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat("a").st_mode), stat.filemode(st.st_mode)[0], len(st), type(st).__name__, st[6])
print(os.path.exists("f.txt"), os.path.isfile("f.txt"), os.path.isdir("a"), os.path.islink("f.txt"), os.path.getsize("f.txt"))
print(os.path.exists("nope"), os.path.isfile("a"), os.path.isdir("f.txt"))
for e in sorted(os.scandir("."), key=lambda e: e.name):
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else "-")
os.rename("f.txt", "g.txt")
print(sorted(os.listdir(".")))
os.replace("g.txt", os.path.join("a", "g.txt"))
for root, dirs, files in os.walk("."):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk(".", topdown=False):
    print(root, sorted(dirs), sorted(files))
try:
    os.remove("nope")
except FileNotFoundError as e:
    print(e, e.errno, e.strerror, e.filename, e.args, errno.errorcode[e.errno])
try:
    os.rmdir("a")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.rename("nope", "nope2")
except OSError as e:
    print(type(e).__name__, e, e.filename2)
try:
    os.mkdir("a")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.listdir("nope")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.chdir("nope")
except OSError as e:
    print(type(e).__name__, e)
os.unlink(os.path.join("a", "g.txt"))
os.removedirs(os.path.join("a", "b"))
print(os.listdir("."))
os.environ["PVM_TEST_VAR"] = "42"
print(os.getenv("PVM_TEST_VAR"), os.environ.get("PVM_TEST_VAR"), "PVM_TEST_VAR" in os.environ)
del os.environ["PVM_TEST_VAR"]
print(os.getenv("PVM_TEST_VAR"), os.getenv("PVM_TEST_VAR", "d"))
try:
    os.environ["x"] = 1
except TypeError as e:
    print(e)
try:
    os.environ["NOPE_NOPE"]
except KeyError as e:
    print(repr(e))
print(type(os.getpid()), len(os.urandom(8)), os.cpu_count() > 0, os.fspath("x"), os.fspath(b"y"))
class P:
    def __fspath__(self): return "f"
print(os.fspath(P()), isinstance(P(), os.PathLike), issubclass(str, os.PathLike))
try:
    os.fspath(1)
except TypeError as e:
    print(e)
try:
    os.stat(1.5)
except TypeError as e:
    print(e)
try:
    os.mkdir(None)
except TypeError as e:
    print(e)
print(os.strerror(2), os.path.splitext("a/b.tar.gz"), os.path.splitext(".bashrc"), os.path.split("/a/b/"), os.path.split("//x"))
print(os.path.normpath("a//b/../c/./d"), os.path.normpath("//a"), os.path.normpath("///a/.."), os.path.normpath(""), os.path.normpath("../x/.."))
print(os.path.join("a", "b", "/c", "d"), os.path.join("a", ""), os.path.isabs("/x"), os.path.isabs("x"))
try:
    os.path.join("a", 1)
except TypeError as e:
    print(e)
try:
    os.path.join("a", b"b")
except TypeError as e:
    print(e)
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("x", "x"), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["abc", "abd"]))
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print(e)
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.realpath(".") == os.getcwd())
print(os.path.expandvars("$HOME_NOPE and ${NOPE} $ $1x"), os.path.expanduser("~nouser/x"))
print(os.path.dirname("/a/b"), os.path.basename("/a/b"), os.path.dirname("a"), os.path.splitdrive("/x"))
os.chdir("..")
os.rmdir(base)
print(os.path.exists(base))
