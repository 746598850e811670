# copy.copy of built-in and user objects.
import copy

for x in [1, 2.5, "s", b"b", (1, [2]), None, True, 3j, frozenset({1}), range(3), len, int]:
    print(repr(x), copy.copy(x) is x)
for x in [[1, [2]], {"a": [1]}, {1, 2}, bytearray(b"ab")]:
    y = copy.copy(x)
    print(y, y == x, y is x, type(y).__name__)
l = [[1], [2]]
m = copy.copy(l)
m[0].append(9)
print(l, m)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, [2])
q = copy.copy(p)
print(q, q is p, q.y is p.y, type(q).__name__)

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return WithCopy(self.v + 1)
print(copy.copy(WithCopy(1)).v)

class Slotted:
    __slots__ = ("a", "b")
s = Slotted(); s.a = 1
t = copy.copy(s)
print(t.a, hasattr(t, "b"))

class MyList(list):
    pass
ml = MyList([1, 2]); ml.tag = "t"
c = copy.copy(ml)
print(type(c).__name__, c, c.tag)

class MyDict(dict):
    pass
md = MyDict(a=1)
c = copy.copy(md)
print(type(c).__name__, c)

class MyInt(int):
    pass
mi = MyInt(7); mi.note = "n"
c = copy.copy(mi)
print(type(c).__name__, c, c.note)

class State:
    def __init__(self):
        self.a = 1
        self.cache = "big"
    def __getstate__(self):
        d = dict(self.__dict__)
        del d["cache"]
        return d
    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
        self.cache = None
c = copy.copy(State())
print(c.a, c.cache)

class Red:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Red, (self.v * 2,))
print(copy.copy(Red(4)).v)

class RedEx:
    def __reduce_ex__(self, proto):
        print("proto", proto)
        return (RedEx, ())
print(type(copy.copy(RedEx())).__name__)

class NewArgs:
    def __new__(cls, a):
        obj = super().__new__(cls)
        obj.a = a
        return obj
    def __getnewargs__(self):
        return (self.a,)
print(copy.copy(NewArgs(5)).a)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
