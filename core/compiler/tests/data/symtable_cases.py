x = 1
def f(a, b=2, *args, c, d=4, **kw):
    e = a + b
    return e
#---
def outer():
    x = 1
    def inner():
        return x
    return inner
#---
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    return mid
#---
def f():
    global g
    g = 1
    def h():
        return g
#---
g = 0
def f():
    def h():
        global g
        g = 2
    return g
#---
def f():
    x = 1
    def g():
        nonlocal x
        x = 2
    return g
#---
def f(x):
    def g():
        nonlocal x
        def h():
            return x
        return h
#---
class C:
    x = 1
    def m(self):
        return x
#---
def f():
    x = 1
    class C:
        print(x)
        def m(self):
            return x
#---
def g():
    y = 1
    class D:
        y = 2
        def m(self):
            return y
#---
class C:
    def m(self):
        return super().m()
    def n(self):
        return __class__
#---
class C:
    def __init__(self):
        self.__x = 1
        __y = 2
    def __m(self, __p):
        return __p
    __z = 3
#---
class _:
    __x = 1
class __C:
    __x = 1
#---
squares = [i * i for i in range(10)]
#---
def f(xs):
    return [x + y for x in xs for y in range(x) if x > y]
#---
def f(xs):
    return {k: v for k, v in xs}, {x for x in xs}, (x for x in xs)
#---
def f(xs):
    return [[y for y in x] for x in xs]
#---
def f(n):
    return [lambda: i + n for i in range(3)]
#---
[(y := i) for i in range(3)]
print(y)
#---
def f():
    [(y := i) for i in range(3)]
    return y
#---
def f():
    global y
    [(y := i) for i in range(3)]
#---
def f():
    [[(z := j) for j in range(2)] for i in range(3)]
    return z
#---
lambda x, *y, **z: x + y + z
#---
f = lambda: (yield)
#---
def gen():
    yield 1
def gen2():
    yield from gen()
async def coro():
    await gen()
async def agen():
    yield 1
#---
async def f(xs):
    return [x async for x in xs]
#---
async def f(xs):
    return [[x async for x in y] for y in xs]
#---
async def f(xs):
    return (x async for x in xs)
#---
def f(xs):
    return (await x for x in xs)
#---
async def f(xs):
    return [await x for x in xs]
#---
import os.path
import a.b.c as d
from m import n, o as p
from q import *
#---
def f():
    try:
        pass
    except Exception as e:
        return e
#---
def f(subject):
    match subject:
        case [a, *rest]:
            return a, rest
        case {"k": v, **others}:
            return v, others
        case Point(x=px) | Other(px):
            return px
        case str() as s:
            return s
#---
def f():
    del x
    y += 1
    z: int
    w: int = 2
    (v): int = 3
#---
x: int = 1
class C:
    y: int
    z: "str" = "a"
#---
from __future__ import annotations
def f(a: A, b: B = None) -> R:
    c: C = 1
    return lambda: (a, b, c)
#---
from __future__ import annotations
class C:
    x: [y for y in z]
#---
def f(a: (lambda: 1), *b: (lambda: 2), c=(lambda: 3), **d: (lambda: 4)) -> (lambda: 5):
    pass
#---
@(lambda f: f)
@decorate(lambda: 0)
class C(Base, (lambda: 1)(), metaclass=(lambda: 2)()):
    pass
#---
def f():
    x = 1
    return {(lambda: x): (lambda: x)}
#---
def f():
    def g():
        global f
        def f():
            pass
    class h:
        global C
        class C:
            pass
#---
def f():
    class C:
        def m(self):
            def n():
                pass
            return [lambda: 0 for _ in n()]
    return C
#---
def f(a, /, b, *, c):
    return a, b, c
#---
def outer():
    a = 1
    def f(b=a):
        return (lambda: b)()
    return f
#---
def f():
    x = 1
    def g():
        x = 2
        def h():
            nonlocal x
            return x
#---
def f():
    for i in range(3):
        pass
    with open(p) as (a, b):
        pass
    while (n := 10):
        pass
    return i, a, b, n
#---
class C:
    [x for x in range(3)]
    y = [z for z in range(3)]
    def m(self):
        return [self for _ in range(2)]
#---
class C:
    x = 1
    [x for _ in range(3)]
    (x for _ in range(3))
#---
def f():
    x = 1
    class C:
        nonlocal x
        x = 2
#---
def f():
    __class__ = 1
    class C:
        def m(self):
            return __class__
#---
def f():
    exec("x = 1")
    return locals()
#---
def f():
    def g():
        return h
    h = 1
    return g
#---
def f(x):
    x = [x for x in x]
    return x
#---
def f():
    [i for i in range(3) if (j := i)]
    return j
#---
def f(*, a, **b):
    pass
#---
def f():
    yield
    return
#---
async def f():
    async with a as b:
        pass
    async for c in d:
        pass
#---
def f():
    return f"{x!r:{y}}"
#---
def f():
    return {**a, 'b': c}, [*d], (*e,), {*g}
#---
def f():
    a[b:c:d] = e.f
    del g[h], i.j
#---
def f():
    raise A from B
#---
assert x, y
#---
def f():
    nonlocal x
#---
def f():
    x = 1
    def g():
        global x
        nonlocal x
#---
def f(a):
    global a
#---
def f():
    print(x)
    global x
#---
def f():
    print(x)
    nonlocal x
#---
def f():
    x: int
    global x
#---
def f():
    global x
    x: int = 1
#---
class C:
    [(y := 1) for x in z]
#---
[(x := 1) for x in y]
#---
[i for i in range(3) if (j := 1) for j in range(2)]
#---
[x for x in (y := [1])]
#---
def f(a, a):
    pass
#---
lambda a, *a: 1
#---
def f():
    from os import *
#---
def f():
    x = [(yield i) for i in range(3)]
#---
from __future__ import annotations
def f(x: (y := 1)): pass
#---
from __future__ import annotations
def f() -> (yield): pass
#---
from __future__ import annotations
x: (await y)
#---
def f():
    return [(lambda: (x := 1))() for y in z]
#---
def f():
    try:
        pass
    except* E:
        for x in y:
            return 1
#---
def f():
    try:
        pass
    except* E:
        for x in y:
            break
#---
for x in y:
    try:
        pass
    except* E:
        continue
#---
for x in y:
    try:
        pass
    finally:
        break
#---
def f():
    try:
        pass
    finally:
        return
#---
while x:
    def f():
        break
#---
try:
    pass
except:
    pass
except E:
    pass
else:
    return
#---
class C(a=1, b=2, a=3):
    pass
#---
o.m(a=1, a=2)
#---
f(a=1, **k, a=2)
#---
f(__debug__=1)
#---
def f(*, __debug__): pass
#---
def f(**__debug__): pass
#---
def f(*__debug__): pass
#---
class C:
    def f(self, __debug__): pass
#---
try:
    pass
except E as __debug__:
    pass
#---
with a as (b, __debug__):
    pass
#---
(a, *b), *c = d
#---
a, *b, *c = d
#---
[a, *b] = *c, d
#---
del (a, *b)
#---
print(*a, *b, **c)
#---
x = [*a, *b]
#---
x = *a,
#---
x = yield
#---
def f():
    x = yield *a, b
#---
async def f():
    return [x for x in (await y)]
#---
def f():
    return [x for x in (await y)]
#---
def f():
    async def g():
        return [x async for x in y]
    return [g() for _ in z]
#---
async def f():
    def g():
        return [x async for x in y]
#---
async def f():
    lambda: [x async for x in y]
#---
async def f():
    class C:
        [x async for x in y]
#---
async def f():
    [[x async for x in y] for z in w]
    [x for x in y]
#---
async def f():
    yield 1
    return 2
#---
async def f():
    (x async for x in y)
    return 2
#---
match x:
    case {1: a, True: b}:
        pass
#---
match x:
    case {-1: a, -1.0: b}:
        pass
#---
match x:
    case {1j: a, 1j: b}:
        pass
#---
match x:
    case {"a": a, b"a": b}:
        pass
#---
match x:
    case {"a": a, "a": b}:
        pass
#---
match x:
    case {-0.0: a, 0: b}:
        pass
#---
match x:
    case {1+2j: a, 1+2j: b}:
        pass
#---
match x:
    case {a.b: 1, a.b: 2}:
        pass
#---
match x:
    case [a, (b | b)]:
        pass
#---
match x:
    case [a, (b | c)]:
        pass
#---
match x:
    case (a | b) as c:
        pass
#---
match x:
    case [a, b] | [b, a]:
        pass
#---
match x:
    case [a, *_, b]:
        pass
    case {**rest}:
        pass
    case C(a, b=c):
        pass
#---
match x:
    case [a, *b, a]:
        pass
#---
match x:
    case {"k": a, **a}:
        pass
#---
match x:
    case C(a=b, c=b):
        pass
#---
match x:
    case _ if y:
        pass
    case a:
        pass
#---
match x:
    case a if y:
        pass
    case _:
        pass
#---
match x:
    case (a as b):
        pass
    case c:
        pass
#---
match x:
    case -1 | 1.5 | -2j | 1+2j | -1-2j | "s" | b"b" | None | True | a.b:
        pass
#---
match x:
    case [_, _, *_]:
        pass
    case [*_]:
        pass
#---
from __future__ import annotations, division
from __future__ import generator_stop
import os
#---
"""Docstring."""
from __future__ import annotations
#---
from __future__ import annotations; import os; from __future__ import division
#---
import os
from __future__ import nope
#---
def f():
    from __future__ import annotations
#---
from __future__ import barry_as_FLUFL
#---
def f():
    x = 1
    del x
    def g():
        return x
#---
class C:
    def f(self):
        super = 1
        return super
    def g(self):
        return super
#---
def f():
    class C:
        x = y
        def m(self):
            return y
    y = 1
#---
def f():
    class C:
        global z
        def m(self):
            return z
    z = 1
#---
def f():
    x = 1
    class C:
        x = 2
        def m(self):
            nonlocal x
            return x
#---
def f():
    a = 1
    def g(b=lambda: a):
        pass
#---
def f():
    return lambda a=lambda: b: a
#---
def f():
    [x for x in range(3)]
    return x
#---
def f():
    x = 1
    return [x for _ in range(3)]
#---
def f():
    return [y for x in range(3) for y in (x, x)]
#---
def f():
    return [[x := 1] for y in z]
#---
def f():
    return [x for y in z if [(x := 1)]]
#---
def f():
    return {(k := 1): (v := 2) for _ in z}
#---
[lambda: (a := 1) for b in c]
#---
[x for x in [y for y in (z := 1)]]
#---
[x for x in [(lambda: (z := 1))]]
#---
def f():
    nonlocal __class__
#---
class C:
    def f(self):
        nonlocal __class__
#---
class C:
    def f(self):
        def g():
            return __class__
        return g
#---
def f():
    def g():
        pass
    def g():
        pass
    return lambda: 1, lambda: 2
#---
class C:
    __x: int = 1
    def __f(self): pass
    import __m
    import __n.o
    from p import __q
#---
class A:
    class B:
        def __m(self, __p): return __p
#---
def f():
    return (x for x in range(3) if (lambda: x)())
#---
for __debug__.x in y:
    pass
#---
x.y.__debug__ = 1
#---
def f():
    return x if (yield) else (yield from y)
#---
x = [i async for i in y]
#---
async def f():
    x = {i: j async for i, j in y}
    z = (i async for i in y)
#---
def f():
    while True:
        try:
            continue
        finally:
            break
#---
def f():
    with a, b as c, d as (e, *g):
        pass
#---
def f(x, /):
    def x(): pass
#---
def f():
    import x
    global x
