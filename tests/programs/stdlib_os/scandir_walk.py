# os.scandir (DirEntry), os.walk top-down and bottom-up with pruning,
# os.listdir of bytes, stat fields, and file descriptors.
import os
import stat

tmp = "_tmp_scandir_walk"
os.makedirs(os.path.join(tmp, "a", "b"))
os.makedirs(os.path.join(tmp, "c"))
for name in ["x.txt", "a/y.txt", "a/b/z.txt", "c/w.txt"]:
    with open(os.path.join(tmp, name), "w") as f:
        f.write(name * 3)
os.symlink("x.txt", os.path.join(tmp, "link"))
os.symlink("missing", os.path.join(tmp, "broken"))

with os.scandir(tmp) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_file(follow_symlinks=False), e.inode() == e.stat(follow_symlinks=False).st_ino,
          os.fspath(e) == e.path)
print(entries[0].stat().st_size if entries[0].is_file() else "-", isinstance(entries[0], os.DirEntry))
try:
    os.DirEntry()
except TypeError as e:
    print(e)
print(sorted(os.listdir(os.fsencode(tmp))), sorted(e.name for e in os.scandir(os.fsencode(tmp))))
for root, dirs, files in os.walk(tmp):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk(tmp):
    if "a" in dirs:
        dirs.remove("a")
    print(root, sorted(dirs), sorted(files))
for root, dirs, files in os.walk(tmp, topdown=False):
    print(root, sorted(dirs), sorted(files))
errors = []
print(list(os.walk("no_such_dir", onerror=lambda e: errors.append(type(e).__name__))), errors)

st = os.stat(os.path.join(tmp, "x.txt"))
print(st.st_size, stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0], len(st), st[6],
      type(st).__name__, type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__,
      st.st_mtime_ns // 10**9 == int(st.st_mtime), st.st_nlink, st.st_blocks >= 0)
print(stat.S_ISLNK(os.lstat(os.path.join(tmp, "link")).st_mode), os.readlink(os.path.join(tmp, "link")),
      os.path.islink(os.path.join(tmp, "link")), os.path.exists(os.path.join(tmp, "broken")),
      os.path.lexists(os.path.join(tmp, "broken")))
print(os.stat_result.n_sequence_fields, os.stat_result.n_fields, os.stat_result.n_unnamed_fields)

fd = os.open(os.path.join(tmp, "fd.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello fd"), os.lseek(fd, 0, os.SEEK_CUR), os.fstat(fd).st_size)
os.close(fd)
fd = os.open(os.path.join(tmp, "fd.bin"), os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10), os.isatty(fd))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(e)
os.truncate(os.path.join(tmp, "fd.bin"), 2)
print(os.path.getsize(os.path.join(tmp, "fd.bin")), os.access(os.path.join(tmp, "fd.bin"), os.R_OK),
      os.access("no_such_file", os.F_OK))
os.chmod(os.path.join(tmp, "fd.bin"), 0o600)
print(oct(stat.S_IMODE(os.stat(os.path.join(tmp, "fd.bin")).st_mode)))
os.utime(os.path.join(tmp, "fd.bin"), (1000000000, 1234567890))
print(os.stat(os.path.join(tmp, "fd.bin")).st_mtime, os.path.getmtime(os.path.join(tmp, "fd.bin")))
os.utime(os.path.join(tmp, "fd.bin"), ns=(5, 1500000000123456789))
print(os.stat(os.path.join(tmp, "fd.bin")).st_mtime_ns)

for root, dirs, files in os.walk(tmp, topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    for name in dirs:
        os.rmdir(os.path.join(root, name))
os.rmdir(tmp)
print(os.path.exists(tmp))
