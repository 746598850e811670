x := 1
#---
x := 1, 2
#---
(x, y) := 1
#---
(x.y := 1)
#---
(x[0] := 1)
#---
(f() := 1)
#---
(1 := 1)
#---
(*x := 1)
#---
(x := *y)
#---
(x := 1 := 2)
#---
((x, y) := (1, 2))
#---
([x] := [1])
#---
(x: = 1)
#---
(x :=)
#---
(:= 1)
#---
def f(x := 1): pass
#---
def f(x=y := 1): pass
#---
f(x=y := 1)
#---
lambda: x := 1
#---
lambda x := 1: x
#---
x = y := 1
#---
x = (y := 1) := 2
#---
a[x := 1]
b[x := 1, y := 2]
c[x := 1:2]
#---
a[x := 1 : 2]
#---
x: int := 1
#---
x += y := 1
#---
with x := 1:
    pass
#---
with (x := 1) as y, z := 2:
    pass
#---
import x := y
#---
return x := 1
#---
def f():
    return x := 1
#---
def f():
    yield x := 1
#---
del (x := 1)
#---
assert x := 1
#---
assert y, x := 1
#---
raise x := 1
#---
for x := 1 in y:
    pass
#---
for x in y := z:
    pass
#---
(x := 1 for x in y)
#---
# valid: an unparenthesized walrus is allowed as a list comprehension element
[i := 1 for x in y]
#---
{x := 1: 2}
#---
{1: x := 2}
#---
# valid: unparenthesized walrus in a set display
{x := 1, y := 2}
#---
# valid: unparenthesized walrus in a list display
[x := 1, y := 2]
#---
# valid: unparenthesized walrus as a generator element
f(x := 1 for y in z)
#---
(True := 1)
#---
(None := 1)
#---
(__debug__ := 1)
#---
(lambda: 1 := 2)
#---
(a if b else c := 1)
#---
(a or b := 1)
#---
(not a := 1)
#---
(-a := 1)
#---
(a + b := 1)
#---
("s" := 1)
#---
((a) := 1)
x = 1 2
#---
[a for b in c if (b := 1)]
#---
[a for b, c in d if (c := 1)]
#---
[[x for b in c] for a in (x := d)]
#---
class C:
    x = [(y := i) for i in z]
#---
class C:
    def f(self):
        return [(y := i) for i in z]
    x = 1 2
#---
def f():
    [(x := 1) for x in y]
#---
# valid: walrus in the places that allow it
if (n := len(a)) > 10:
    pass
while chunk := read():
    pass
[y := f(x), y ** 2]
{y := 1}
f(x := 1)
a[x := 1]
print(f'{(x:=10)}')
[y for x in data if (y := f(x)) is not None]
lambda: (x := 1)
def g(a=(b := 1)): pass
x = (y := 1)
