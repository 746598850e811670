# fnmatch (translate, fnmatch, fnmatchcase, filter) and glob (glob,
# iglob, recursive, root_dir, include_hidden, escape, has_magic).
import fnmatch
import glob
import os

pats = ["*.py", "a?c", "[abc]x", "[!a-c]*", "[z-a]", "[]]", "[!]]", "[", "a[", "**x*y", "[a-c-e]",
        "[&&x]", "[\\]", "a.b", "*a*b*", "[a-]", "[!-]x", "[--0]", "[^x]", "[[]", "x*", "*", ""]
names = ["a.py", "b.txt", ".c.py", "abc", "x", "xy", "-x", "]", "[", "a-", "A.PY", "^", "\\"]
for p in pats:
    print(repr(p), fnmatch.translate(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.filter(names, "*.py"), fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatchcase(b"ab", b"a*"),
      fnmatch.filter([b"x.c", b"y.h"], b"*.c"))

tmp = "_tmp_fnmatch_glob"
os.makedirs(os.path.join(tmp, "d1", "d2"))
for name in ["a.txt", "b.py", ".hidden.py", "d1/c.py", "d1/d2/e.py", "d1/d2/f.txt", "d1/.h/g.py"]:
    os.makedirs(os.path.dirname(os.path.join(tmp, name)), exist_ok=True)
    with open(os.path.join(tmp, name), "w") as f:
        f.write(name)
print(sorted(glob.glob(tmp + "/*")))
print(sorted(glob.glob(tmp + "/*.py")), sorted(glob.glob(tmp + "/**/*.py", recursive=True)))
print(sorted(glob.glob(tmp + "/**", recursive=True)))
print(sorted(glob.glob(tmp + "/**/", recursive=True)))
print(sorted(glob.glob("*.py", root_dir=tmp)), sorted(glob.glob("**", root_dir=tmp, recursive=True)))
print(sorted(glob.glob(tmp + "/d?/")), sorted(glob.glob(tmp + "/*", include_hidden=True)))
print(sorted(glob.glob(tmp + "/**/*.py", recursive=True, include_hidden=True)))
print(sorted(glob.iglob(tmp + "/d1/*")), glob.glob(tmp + "/nope*"), glob.glob(tmp + "/a.txt"),
      glob.glob(tmp + "/d1/"), glob.glob(""), sorted(glob.glob(os.fsencode(tmp) + b"/*.txt")))
print(glob.escape("a*b?[c]"), glob.has_magic("a[b"), glob.has_magic("abc"), glob.escape(b"x*"))
for root, dirs, files in os.walk(tmp, topdown=False):
    for name in files:
        os.remove(os.path.join(root, name))
    os.rmdir(root)
print(os.path.exists(tmp))
