# shutil: copyfile/copy/copy2/copymode/copystat, copytree (ignore,
# dirs_exist_ok), move, rmtree (errors, onerror), which, errors.
import os
import shutil
import stat

base = "_tmp_shutil_basics"
os.makedirs(base + "/d1/d2")
for name in ["a.txt", "d1/c.py", "d1/d2/e.py", "d1/d2/f.txt"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name * 2)


def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


attempt(lambda: shutil.copyfile(base + "/a.txt", base + "/a.txt"))
attempt(lambda: shutil.copyfile(base + "/nope", base + "/z"))
attempt(lambda: shutil.copyfile(base + "/a.txt", base))
attempt(lambda: shutil.copyfile(base, base + "/q"))
attempt(lambda: shutil.copyfile(base + "/a.txt", base + "/no/dir/q"))
attempt(lambda: shutil.copy(base + "/a.txt", base + "/d1"))
attempt(lambda: shutil.copy2(base + "/a.txt", base + "/a2.txt"))
print(open(base + "/a2.txt").read(), os.stat(base + "/a2.txt").st_mtime_ns == os.stat(base + "/a.txt").st_mtime_ns)
os.chmod(base + "/a.txt", 0o640)
shutil.copymode(base + "/a.txt", base + "/a2.txt")
print(oct(stat.S_IMODE(os.stat(base + "/a2.txt").st_mode)))
os.utime(base + "/a.txt", (1000000000, 1100000000))
shutil.copystat(base + "/a.txt", base + "/a2.txt")
print(os.stat(base + "/a2.txt").st_mtime)
with open(base + "/a.txt", "rb") as src, open(base + "/a3.txt", "wb") as dst:
    shutil.copyfileobj(src, dst, 3)
print(open(base + "/a3.txt").read())
attempt(lambda: shutil.copytree(base + "/d1", base + "/d3"))
print(sorted(os.listdir(base + "/d3")), sorted(os.listdir(base + "/d3/d2")))
attempt(lambda: shutil.copytree(base + "/d1", base + "/d3"))
attempt(lambda: shutil.copytree(base + "/d1", base + "/d3", dirs_exist_ok=True))
attempt(lambda: shutil.copytree(base + "/d1", base + "/d4", ignore=shutil.ignore_patterns("*.txt", "c*")))
print(sorted(os.listdir(base + "/d4")), sorted(os.listdir(base + "/d4/d2")))
attempt(lambda: shutil.copytree(base + "/nope", base + "/d5"))
attempt(lambda: shutil.move(base + "/d4", base + "/d3"))
attempt(lambda: shutil.move(base + "/d4", base + "/d5"))
attempt(lambda: shutil.move(base + "/a2.txt", base + "/d5"))
attempt(lambda: shutil.move(base + "/d5/a2.txt", base + "/d5"))
attempt(lambda: shutil.move(base + "/d5", base + "/d5/inner"))
attempt(lambda: shutil.move(base + "/nope", base + "/x"))
attempt(lambda: shutil.rmtree(base + "/nope"))
attempt(lambda: shutil.rmtree(base + "/a3.txt"))
attempt(lambda: shutil.rmtree(base + "/nope", ignore_errors=True))
errors = []
shutil.rmtree(base + "/nope", onerror=lambda func, path, info: errors.append((func.__name__, path, info[0].__name__)))
print(errors)
os.symlink("d1", base + "/dlink")
attempt(lambda: shutil.rmtree(base + "/dlink"))
os.remove(base + "/dlink")
attempt(lambda: shutil.rmtree(base + "/d5"))
print(sorted(os.listdir(base)))
print(shutil.which("sh") is not None, shutil.which("no-such-command-here"), shutil.which("sh", path=""),
      shutil.which(base + "/a.txt"), shutil.get_terminal_size((99, 11)))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError), shutil.COPY_BUFSIZE)
shutil.rmtree(base)
print(os.path.exists(base))
