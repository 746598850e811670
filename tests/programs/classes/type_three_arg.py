# type() with one and three arguments: dynamic class creation with bases and namespaces.
def init(self, v):
    self.v = v


def show(self):
    return f"{type(self).__name__}(v={self.v})"


Base = type("Base", (), {"__init__": init, "__repr__": show, "kind": "base"})
b = Base(1)
print(b, Base.kind, Base.__name__, Base.__bases__[0].__name__)

Child = type("Child", (Base,), {"kind": "child", "double": lambda self: self.v * 2})
c = Child(21)
print(c, c.double(), c.kind, isinstance(c, Base))
print([k.__name__ for k in Child.__mro__])
print(type(c) is Child, type(Child) is type, type(type) is type)
print(type(1).__name__, type("s").__name__, type(None).__name__, type([]).__name__)
print(type(len).__name__, type(lambda: 0).__name__, type(type).__name__)

Empty = type("Empty", (), {})
e = Empty()
e.x = 1
print(vars(e), Empty.__module__)

try:
    type("X", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)

Weird = type("has space", (), {})
print(Weird.__name__, Weird.__qualname__)


class Meta(type):
    pass


Made = Meta("Made", (object,), {"a": 1})
print(type(Made).__name__, Made.a)
Same = type(Made)("Same", (), {})
print(type(Same).__name__)
ns = {"__slots__": ("q",)}
Slotted = type("Slotted", (), ns)
s = Slotted()
s.q = 5
try:
    s.r = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(s.q)
