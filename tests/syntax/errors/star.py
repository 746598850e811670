*a
#---
*a, *b = c
#---
a, *b, c, *d = e
#---
*a = b
#---
**a = b
#---
x = **y
#---
x = *y
#---
print(*a for a in b)
#---
(*a)
#---
x = (*a)
#---
[*a] = *b
#---
return *a
#---
def f():
    return *a
#---
def f():
    yield *a
#---
def f():
    x = yield *a
#---
del *a
#---
del *a, b
#---
for *a in b:
    pass
#---
for x in *a:
    pass
#---
with *a:
    pass
#---
with a as *b:
    pass
#---
if *a:
    pass
#---
while *a:
    pass
#---
assert *a
#---
raise *a
#---
x = [**a]
#---
x = (**a)
#---
x = {**a, *b}
#---
x = {*a, **b}
#---
x = {*a: 1}
#---
x = {1: *a}
#---
x = {**a: 1}
#---
f(**)
#---
f(*a=1)
#---
x = a[**b]
#---
x = a[*b:1]
#---
x += *a
#---
x: int = *a
#---
x = *a if b else c
#---
x = a if *b else c
#---
x = lambda: *a
#---
x = not *a
#---
x = -*a
#---
x = *a + *b
#---
x = *a or *b
#---
x = [*a for a in b]
#---
x = *a, **b
#---
x = f(**a, *b)
#---
a, *b = *c
#---
*a, *b = c, d
#---
[*a, *b] = c
#---
(*a, (*b, *c)) = d
#---
*a, = b
*a, *b, = c
#---
x = *
#---
x = * a * b
#---
x = (1, *)
#---
import *a
#---
from x import *a
#---
from x import (*)
#---
class C(*a, **b, *c): pass
#---
f(**a, *b, c)
#---
x = [*a, **b]
#---
x = print(*)
#---
@*dec
def f(): pass
#---
# valid: star everywhere it is allowed
*a, b = c
a, *b = c
[a, *b] = c
(a, *b) = c
for *a, b in c: pass
for x in *a, *b: pass
x = *a, *b
x = [*a, *b]
x = {*a, *b}
x = {**a, **b}
f(*a, *b, **c, **d)
def g(): return *a, *b
def h(): yield *a, *b
x[*a] = 1
