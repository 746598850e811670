# os.environ as a mapping kept in step with the process (getenv, putenv,
# unsetenv), environb, and the small functions of os.
import os


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


os.environ["PVM_ENV_A"] = "1"
print(os.getenv("PVM_ENV_A"), os.environ["PVM_ENV_A"], "PVM_ENV_A" in os.environ,
      os.environb[b"PVM_ENV_A"], os.getenvb(b"PVM_ENV_A"))
os.environ.update(PVM_ENV_B="2")
print(os.environ.get("PVM_ENV_B"), os.environ.setdefault("PVM_ENV_B", "x"),
      os.environ.setdefault("PVM_ENV_C", "3"), os.environ.pop("PVM_ENV_C"))
del os.environ["PVM_ENV_A"]
print(os.getenv("PVM_ENV_A"), os.getenv("PVM_ENV_A", "default"), "PVM_ENV_A" in os.environ)
attempt(lambda: os.environ["PVM_ENV_A"])
attempt(lambda: os.environ.__setitem__("x", 1))
attempt(lambda: os.environ.__setitem__(1, "x"))
attempt(lambda: os.environ.__delitem__("PVM_ENV_NEVER"))
copy = os.environ.copy()
print(type(copy).__name__, copy["PVM_ENV_B"], type(os.environ).__name__, repr(os.environ)[:9])
print(isinstance(os.environ | {"k": "v"}, dict), (os.environ | {"PVM_ENV_B": "9"})["PVM_ENV_B"])
os.putenv("PVM_ENV_D", "4")
print(os.getenv("PVM_ENV_D"))
os.unsetenv("PVM_ENV_B")
print(os.getenv("PVM_ENV_B"))
attempt(lambda: os.putenv("A=B", "x"))
attempt(lambda: os.putenv("", "x"))
print(os.get_exec_path({"PATH": "/bin:/usr/bin"}), os.get_exec_path({}))

print(os.fsencode("caf\u00e9"), os.fsdecode(b"caf\xc3\xa9"), os.fspath("s"), os.fspath(b"b"))
attempt(lambda: os.fspath(1))
class P:
    def __fspath__(self):
        return 3
attempt(lambda: os.fspath(P()))
class Q:
    def __fspath__(self):
        return "q"
print(os.fspath(Q()), isinstance(Q(), os.PathLike), issubclass(str, os.PathLike),
      issubclass(os.DirEntry, os.PathLike))
print(os.strerror(2), os.strerror(13), len(os.urandom(16)), type(os.getpid()).__name__,
      os.cpu_count() >= 1, os.getppid() > 0, os.getuid() >= 0, type(os.umask(0o22)).__name__)
attempt(lambda: os.urandom(-1))
print(os.name, os.sep, os.pathsep, os.linesep == "\n", os.extsep, os.altsep, os.curdir,
      os.pardir, os.devnull, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.error is OSError, "makedirs" in os.__all__, os.path.__name__, os.uname().sysname)
attempt(lambda: os.stat(1.5))
attempt(lambda: os.listdir(1.5))
attempt(lambda: os.mkdir(None))
attempt(lambda: os.remove(3))
attempt(lambda: os.rename(1.5, "x"))
attempt(lambda: os.stat("a\0b"))
attempt(lambda: os.stat(b"a\0b"))
attempt(lambda: os.chdir(None))
attempt(lambda: os.stat("no_such_file"))
attempt(lambda: os.rename("no_such_1", "no_such_2"))
attempt(lambda: os.rmdir("no_such_dir"))
attempt(lambda: os.listdir("no_such_dir"))
attempt(lambda: os.mkdir("."))
attempt(lambda: os.makedirs("."))
print(os.makedirs(".", exist_ok=True))
