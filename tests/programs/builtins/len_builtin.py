# len() of builtin containers and user classes with __len__, error cases for wrong return types.
print(len(""), len("héllo"), len(b"\x00\x01"), len([1, [2, 3]]), len((1,)), len({1: 2}), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(frozenset("aab")), len(bytearray(5)))
print(len({}.keys()), len({"a": 1}.items()), len(memoryview(b"abc")), len("😀"), len("e\u0301"))


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(3)), len(Sized(True)))
for n in (-1, 1.5, "3", None, 2 ** 100):
    try:
        len(Sized(n))
    except Exception as e:
        print(repr(n), type(e).__name__, e)
for bad in (5, 1.0, None, iter([]), (x for x in [])):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
