[x, y for x, y in z]
#---
[x, for x in z]
#---
{x, y for x, y in z}
#---
{x, for x in y}
#---
[*x for x in y]
#---
{*x for x in y}
#---
{**x for x in y}
#---
(*x for x in y)
#---
[**x for x in y]
#---
{x: *y for x in z}
#---
{*x: y for x in z}
#---
{**x: y for x in z}
#---
[x for x in]
#---
[x for in y]
#---
[x for x y]
#---
[x for x in y if]
#---
[x for x in y for]
#---
[x for x in y if z else w]
#---
[for x in y]
#---
[x for 1 in y]
#---
[x for f() in y]
#---
[x for a + b in y]
#---
[x for x in y, z]
#---
[x for x in *y]
#---
(x for x in y for)
#---
{x: for x in y}
#---
{: x for x in y}
#---
{x: y, z: w for x in y}
#---
# valid: an unparenthesized walrus is allowed as a list comprehension element
[x := 1 for y in z]
#---
[y for y in (x := z)]
#---
[y for y in z if (x := 1) for w in (v := u)]
#---
[y for y in [x := 1]]
#---
{y for y in (x := z)}
#---
{y: 1 for y in (x := z)}
#---
(y for y in (x := z))
#---
[(i := 0) for i in range(5)]
#---
[[(j := 0) for i in range(5)] for j in range(5)]
#---
[i for i, j in z if (j := 1)]
#---
class C:
    [(x := 1) for y in z]
#---
[(x := 1) for x in z]
#---
[x for x in y if (x := 1)]
#---
# valid: a lambda is a new scope, so the walrus does not rebind i
[(lambda: (i := 0)) for i in range(3)]
#---
[x async for x in y]
#---
def f():
    return [x async for x in y]
#---
def f():
    return [await x for x in y]
#---
[await x for x in y]
#---
(x async for x in y)
x = 1 2
#---
[x if y for x in z]
#---
[x for x in y if a if b else]
#---
[x for x in lambda: y]
#---
[x for x in y if lambda: z]
#---
[x for x in y if x := 1]
#---
[x for x in y if (x := 1) for z in w if z := 2]
#---
[x for x in y for y in x if]
#---
[a for b in c d]
#---
[a for b in c] [d for e in f] g
#---
[x for x in y][x for x in y]
x y
#---
{**a, b for b in c}
#---
[x, *y for y in z]
#---
[x for x in y)
#---
(x for x in y]
#---
{x for x in y]
#---
sum(x for x in y for z in w if)
#---
f(x for x in y if z, a)
#---
[i for i in range(10) async]
#---
[x for x, in y]
z = 1 2
#---
[x for (x) in y] + [1 2]
#---
[x for x in y if not]
#---
[x for x not in y]
#---
[x for x in y and in z]
