def f(a, a): pass
#---
def f(a, *, b, **b): pass
#---
lambda x, x: 1
#---
return
#---
yield
#---
await f()
#---
class C:
    return
#---
break
#---
continue
#---
def f():
    for x in y:
        pass
    break
#---
while True:
    def g():
        continue
#---
x = 1
def f():
    global x
    global x
    nonlocal x
#---
def f():
    nonlocal a
#---
nonlocal a
#---
def f(a):
    global a
#---
def f():
    a = 1
    global a
#---
def f():
    a += 1
    global a
#---
def f():
    print(a)
    nonlocal a
#---
def f():
    a = 1
    def g():
        a = 2
        nonlocal a
#---
def f():
    a: int = 1
    global a
#---
def f():
    global a
    a: int
#---
def f():
    a = 1
    def g():
        nonlocal a
        a: int
#---
from __future__ import nope
#---
from __future__ import braces
#---
import os
from __future__ import annotations
#---
f(a=1, a=2)
#---
f(x=1, *y, x=2)
#---
class C(metaclass=a, metaclass=b): pass
#---
*a = b
#---
*a, *b = c
#---
a, *b, *c = d
#---
del *a, b
#---
for *a, *b in c: pass
#---
with x as (*a, *b): pass
#---
[*a, *b] = c
#---
try:
    pass
except:
    pass
except ValueError:
    pass
#---
try:
    pass
except* ValueError:
    break
#---
try:
    pass
except* ValueError:
    continue
#---
def f():
    try:
        pass
    except* ValueError:
        return
#---
# valid: break in the finally of a try/except* is allowed
for x in y:
    try:
        pass
    except* ValueError:
        pass
    finally:
        break
x
#---
[(x := 1) for x in y]
#---
[[(x := 1) for a in b] for x in y]
#---
[x for x in (y := z)]
#---
[x for a in b for x in (y := c)]
#---
class C:
    [(y := x) for x in z]
#---
[(lambda: (x := 1))() for x in y]
x = [(i := 1) for i in range(3)]
#---
def f():
    x = [await y for y in z]
#---
def f():
    x = [y async for y in z]
#---
def f():
    x = {y async for y in z}
#---
async def f():
    yield from x
#---
async def f():
    x = [(yield from y) for y in z]
#---
def f():
    x = [(yield y) for y in z]
#---
x = [(yield y) for y in z]
#---
def f():
    x = lambda: (yield from y)
    await z
#---
match x:
    case a:
        pass
    case b:
        pass
#---
match x:
    case a | b:
        pass
#---
match x:
    case [a, a]:
        pass
#---
match x:
    case [a] | [b]:
        pass
#---
match x:
    case {'a': 1, 'a': 2}:
        pass
#---
match x:
    case C(a=1, a=2):
        pass
#---
match x:
    case [*a, *b]:
        pass
#---
match x:
    case (a as b) | (c as b):
        pass
    case d:
        pass
    case _:
        pass
#---
__debug__ = 1
#---
def f(__debug__): pass
#---
def f(*, __debug__): pass
#---
lambda __debug__: 1
#---
f(__debug__=1)
#---
class C:
    def __debug__(self): pass
#---
x.__debug__ = 1
#---
# valid: deleting an attribute named __debug__ is allowed
del x.__debug__
#---
# valid: augmented assignment to an attribute named __debug__ is allowed
(x.__debug__) += 1
#---
import __debug__
#---
import a as __debug__
#---
from a import __debug__
#---
def f():
    __debug__: int
#---
async def __debug__(): pass
#---
async def f():
    async with x as __debug__: pass
#---
for __debug__ in x: pass
#---
[__debug__ for __debug__ in x]
#---
match x:
    case __debug__:
        pass
#---
match x:
    case C(__debug__=1):
        pass
#---
def f():
    def g():
        nonlocal f
