# __slots__: allowed attributes, AttributeError for non-slot names, no __dict__, inheritance with slots.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x}, {self.y})"


p = P(1, 2)
print(p)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
print(P.__slots__)
print(type(P.__dict__["x"]).__name__)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 5
print(p)


class Q(P):
    pass


q = Q(1, 2)
q.z = "subclass without slots has a dict"
print(q.z, q.__dict__)


class R(P):
    __slots__ = ("w",)


r = R(3, 4)
r.w = 9
print(r.x, r.y, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)


class WithDict:
    __slots__ = ("a", "__dict__")


wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__)


class S:
    __slots__ = "single"


s = S()
s.single = "ok"
print(s.single, S.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)


class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
