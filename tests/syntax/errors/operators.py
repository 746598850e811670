x = 1 +
#---
x = * 2
#---
x = 1 * * 2
#---
x = 1 ** ** 2
#---
x = / 2
#---
x = 1 // / 2
#---
x = a <> b
#---
x = a === b
#---
x = a !== b
#---
x = a => b
#---
x = a =< b
#---
x = a ! b
#---
x = !a
#---
x = a && b
#---
x = a || b
#---
x = a ++ b
x ++
#---
x--
#---
++x y
#---
x = a ? b : c
#---
x = $a
#---
x = a $ b
#---
x = `a`
#---
x = a not b
#---
x = a is not not b
x = not
#---
x = a in not b
#---
x = a and or b
#---
x = a or
#---
x = and b
#---
x = a if b
#---
x = a if else c
#---
x = a if b else
#---
x = a . b
y = a .
#---
x = a->b
#---
x = a -> b
#---
# valid: a <- b is a < -b
x = a <- b
#---
x = ~
#---
x = - - -
#---
x = a @
#---
x = a << >> b
#---
x = a < > b
#---
x = a is is b
#---
x = a not in in b
#---
x = 1 if 2 else 3 if 4
#---
x = (a, b) = (c d)
#---
x = a[]
#---
x = a[1:2:3:4]
#---
x = a[::,::]
y = a[:,:;]
#---
x = a[1, 2 3]
#---
x = a[*]
#---
x = a[**b]
#---
x = a[b:=1]
x = a[b=1]
#---
x = a[:=]
#---
x = 1 +* 2
#---
x = (1 + 2) (3 + 4) 5
#---
x = a.b.
#---
x = not not
#---
x = await
#---
x = yield from
#---
x = -yield
#---
x = 1 + yield
#---
x = a if yield else b
#---
x = lambda: yield
#---
x = a and yield
#---
x = {yield}
x = [1 2]
#---
x = *a + b
#---
x = a + *b
#---
x = -*a
#---
x = (*a) + b
#---
x = ***a
#---
x = a ** *b
#---
x = print(1) print(2)
#---
x = a !
#---
x = 3 !
#---
x = a @= b
#---
x = (a += 1)
#---
x = [a += 1]
#---
f(a += 1)
#---
x = a if b else c = d
#---
x = a < b > c = d
#---
1 < 2 < 3 = 4
#---
a ^ = b
#---
a * = b
#---
a < < b
#---
a > > b
#---
a = = b
#---
a ! = b
#---
a / / b
