# str special methods called directly: __add__ __mul__ __rmul__ __mod__ __contains__ __getitem__ __len__ __eq__.
s = "abc"
print(s.__add__("d"), s.__mul__(2), s.__rmul__(3), s.__len__(), s.__contains__("b"), s.__getitem__(1))
print(s.__eq__(1), s.__eq__("abc"), s.__ne__("abd"), s.__lt__("abd"), s.__lt__(5))
for call in (lambda: s.__add__(1), lambda: s.__mul__("x"), lambda: s.__mul__(2.0)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(s.__getitem__(slice(None, None, -1)), "%s-%d".__mod__(("x", 5)), "x".__rmod__("<%s>"))
print(s.__hash__() == hash(s), s.__str__() is s, s.__repr__(), s.__format__(">5"), s.__sizeof__() > 0)
print(str.__add__("a", "b"), str.__mul__("ab", 2), str.__getitem__("xyz", 0), str.__iter__("ab").__next__())
try:
    str.__add__(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.__getitem__(10)
except IndexError as e:
    print(type(e).__name__, e)
print("abc".__contains__(""), "".__len__(), list("xy".__iter__()))
print(sorted(m for m in dir(str) if m.startswith("__") and m.endswith("__") and m[2:-2] in
             {"add", "mul", "rmul", "mod", "rmod", "len", "getitem", "contains", "iter", "eq", "lt", "hash"}))
print(len([m for m in dir(str) if not m.startswith("_")]))
print([m for m in dir(str) if not m.startswith("_")][:12])
