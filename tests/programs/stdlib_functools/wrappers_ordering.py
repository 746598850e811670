# wraps/update_wrapper, total_ordering, cmp_to_key, cached_property, partialmethod.
import functools
from functools import wraps, update_wrapper, total_ordering, cmp_to_key, cached_property, partialmethod

def deco(f):
    @wraps(f)
    def w(*a):
        return f(*a)
    return w

@deco
def hello(x: int) -> int:
    "doc"
    return x
print(hello.__name__, hello.__doc__, hello.__annotations__, hello.__wrapped__.__name__, hello(3), hello.__qualname__)

def target():
    pass
target.extra = 1
def wrapper():
    pass
update_wrapper(wrapper, target, assigned=('__name__',), updated=())
print(wrapper.__name__, hasattr(wrapper, 'extra'), wrapper.__wrapped__ is target)
update_wrapper(wrapper, target)
print(wrapper.extra, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
class NoName:
    def __call__(self):
        pass
w2 = update_wrapper(lambda: None, NoName())
print(w2.__name__)

@total_ordering
class V:
    def __init__(s, v):
        s.v = v
    def __eq__(s, o):
        return s.v == o.v
    def __lt__(s, o):
        return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), V(2) >= V(2), V.__gt__.__name__, V.__le__.__doc__)

@total_ordering
class G:
    def __init__(s, v):
        s.v = v
    def __eq__(s, o):
        return s.v == o.v
    def __gt__(s, o):
        if not isinstance(o, G):
            return NotImplemented
        return s.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(4), sorted(['__lt__', '__le__', '__ge__', '__gt__'], key=lambda n: getattr(G, n).__name__))
try:
    G(1) < 5
except TypeError as e:
    print(e)

@total_ordering
class LE:
    def __init__(s, v):
        s.v = v
    def __le__(s, o):
        return s.v <= o.v
    def __eq__(s, o):
        return s.v == o.v
print(LE(1) < LE(2), LE(2) > LE(1), LE(2) >= LE(3))

try:
    @total_ordering
    class X:
        pass
except ValueError as e:
    print(e)

k = cmp_to_key(lambda a, b: a - b)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), k(1) < k(2), k(1) == k(1), k(3) > k(2), k(2) >= k(2), k(2) <= k(1), k(2) != k(2))
print(type(k).__name__, type(k(1)).__name__, k(3).obj)
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
for attempt in [lambda: k(1) < 3, lambda: hash(k(1)), lambda: cmp_to_key(), lambda: k(), lambda: cmp_to_key(mycmp=None)(1) < k(1)]:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
print(cmp_to_key(mycmp=lambda a, b: 0)(obj=5).obj)

class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        print('computing')
        return 42
c = C()
print(c.val, c.val, c.__dict__, c.n)
del c.val
print(c.val, c.n)
print(type(C.val).__name__, C.val.attrname)
class Slotted:
    __slots__ = ('a',)
    @cached_property
    def p(self):
        return 1
try:
    Slotted().p
except TypeError as e:
    print(e)
cp = cached_property(lambda self: 1)
class Two:
    a = cp
try:
    class Three:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e.__cause__ if e.__cause__ else e)
try:
    cached_property(lambda s: 1).__get__(C())
except TypeError as e:
    print(e)

class PM:
    def f(self, a, b):
        return (a, b)
    g = partialmethod(f, 1)
    h = partialmethod(f, b=9)
    @classmethod
    def cm(cls, x, y):
        return (cls.__name__, x, y)
    pc = partialmethod(cm, 'p')
print(PM().g(2), PM().h(3), PM().pc(4), PM.pc(5))
print(repr(PM.__dict__['g']).startswith('functools.partialmethod(<function PM.f'))
