# lru_cache and cache: hits, misses, eviction order, typed keys, wrappers.
from functools import lru_cache, cache
import functools

@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__)
sq.cache_clear()
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), type(info).__name__)
print(sq.cache_parameters())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.cache_parameters())

@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())

@lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())

@lru_cache
def bare(a, b=2, *, c=3):
    print('bare', a, b, c)
    return a + b + c
print(bare(1), bare(1), bare(1, 2), bare(1, b=2), bare(1, c=3), bare(a=1))
print(bare.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info())

try:
    lru_cache('x')
except TypeError as e:
    print(e)
print(lru_cache(maxsize=None)(len).cache_parameters())

class Obj:
    def __init__(self):
        self.calls = 0
    @lru_cache(maxsize=None)
    def value(self, k):
        self.calls += 1
        return k * 10
o = Obj()
print(o.value(1), o.value(1), o.value(2), o.calls)

@lru_cache(maxsize=3)
def ev(x):
    print('miss', x)
    return x
for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    ev(x)
print(ev.cache_info())

@lru_cache
def unhashable(x):
    return x
try:
    unhashable([1])
except TypeError as e:
    print(e)

@lru_cache
def raises(x):
    print('raises', x)
    raise ValueError(x)
for _ in range(2):
    try:
        raises(1)
    except ValueError as e:
        print('caught', e)
print(raises.cache_info())

def doc():
    "documented"
wrapped = lru_cache(doc)
print(wrapped.__doc__, wrapped.__qualname__, wrapped.__module__)
