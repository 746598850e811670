1 = x
#---
"abc" = x
#---
None = 1
#---
True = 1
#---
False = 0
#---
... = 1
#---
f() = 1
#---
f(x) = 1
#---
a.b() = 1
#---
x + 1 = 2
#---
-x = 1
#---
not x = 1
#---
x and y = 1
#---
x if y else z = 1
#---
lambda: 1 = 1
#---
(x for x in y) = 1
#---
[x for x in y] = 1
#---
{x for x in y} = 1
#---
{x: y for x in y} = 1
#---
{1: 2} = x
#---
{a, b} = x
#---
a < b = 1
#---
f"{x}" = 1
#---
b"x" = 1
#---
await x = 1
#---
yield x = 1
#---
(yield) = 1
#---
x = yield = 1
#---
(a, 1) = x
#---
[a, f()] = x
#---
a, b + 1 = x
#---
(a, (b, c())) = x
#---
x = 1 = y
#---
x = f() = y
#---
a, *b, *c = x
#---
*a = 1
#---
*a, = 1
**a = 1
#---
a = *b
#---
a = *b, *c
x = **y
#---
(*a) = 1
#---
[*a] = 1
*a += 1
#---
x += 1 += 2
#---
f() += 1
#---
(a, b) += 1
#---
[a, b] += 1
#---
1 += 1
#---
"s" += "t"
#---
None += 1
#---
a, b += 1, 2
#---
x.y += yield = 1
#---
(x) := 1
#---
a.b := 1
#---
a[0] := 1
#---
x := 1
#---
(x, y) := (1, 2)
#---
x: int, y: int = 1, 2
#---
a, b: int
#---
(a, b): int
#---
[a, b]: int = [1, 2]
#---
f(): int
#---
1: int
#---
a + b: int = 3
#---
"s": int
#---
x: int = 1 = 2
#---
x: *int = 1
#---
x: int = *a
#---
x: yield = 1
#---
x:
#---
x: = 1
#---
x = 
#---
x = = 1
#---
= 1
#---
x =+= 1
#---
x ==== 1
#---
x =! 1
#---
x =: 1
#---
x = 1 if y
#---
x = 1 if y else
#---
x = if y else 1
#---
__debug__ = 1
#---
x.__debug__ = 1
#---
(__debug__) = 1
#---
a, __debug__ = 1, 2
#---
for __debug__ in x: pass
#---
__debug__ += 1
#---
__debug__: int = 1
#---
del __debug__
#---
import __debug__
#---
from x import y as __debug__
#---
def __debug__(): pass
#---
class __debug__: pass
#---
def f(__debug__): pass
#---
f(__debug__=1)
#---
with x as __debug__: pass
#---
x = 1; 2 = y
#---
x = 1
y += 2
x() = 3
#---
a.b.c() = 1
#---
a[1]() = 2
#---
x = [1, 2][0] = f() = 3
#---
~x = 1
#---
x ** 2 = 4
#---
x @ y = z
#---
x < y < z = 1
#---
x is None = 1
#---
x in y = 1
#---
x not in y = 1
#---
(x := 1) = 2
#---
[x := 1] = 2
#---
{**a} = 1
#---
x.y.z, 1 = 2, 3
#---
a, [b, (c, "d")] = e
