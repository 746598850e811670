# weakref.ref: calling, identity sharing, callbacks, hashing, equality, errors.
import weakref


class A:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, A) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a = A(1)
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a))
r2 = weakref.ref(a, lambda w: print("cb r2", w is r2))
print(r2 is r, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(hash(r) == hash(a), r == weakref.ref(A(1)) if False else r == r2)
b = A(1)
rb = weakref.ref(b)
print(r == rb, r != rb)
print(r.__callback__ is None, callable(r2.__callback__))
del a
print(r(), r2())
print(r == rb, r != rb)
for bad in (1, "s", [], {}, (1,), None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError", e)


def f():
    pass


print(weakref.ref(f)() is f, weakref.ref(A)() is A, weakref.ref(set())() is None)
print(type(r).__name__, weakref.ReferenceType is weakref.ref)
try:
    hash(weakref.ref(A(5)))
except TypeError as e:
    print("TypeError", e)


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, label=""):
        super().__init__(ob, callback)
        self.label = label


keep = A(2)
m = MyRef(keep, None, "labelled")
print(m() is keep, m.label, isinstance(m, weakref.ref))
