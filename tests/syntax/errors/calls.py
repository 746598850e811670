f(a=1, b)
#---
f(a=1, 2, 3)
#---
f(**k, a)
#---
f(**k, *a)
#---
f(a, **k, *b)
#---
f(x for x in y, 1)
#---
f(1, x for x in y)
#---
f(1, x for x in y, 2)
#---
f(x for x in y, z for z in w)
#---
f(a=x for x in y)
#---
f(1=2)
#---
f("a"=1)
#---
f(True=1)
#---
f(None=1)
#---
f(False=1)
#---
f(a.b=1)
#---
f(a[0]=1)
#---
f(a()=1)
#---
f(a + b=1)
#---
f(*a=1)
#---
f(**a=1)
#---
f(a=1, a=2)
#---
f(a, b=1, a=2, b=3)
#---
f(x = 1 for x in y)
#---
f(x=)
#---
f(=1)
#---
f(a, =1)
#---
f(*)
#---
f(**)
#---
f(***a)
#---
f(* *a)
#---
f(a b=1)
#---
f(a, b c)
#---
f(a=1 b=2)
#---
f(x: int)
#---
f(lambda x: x, y for y in z)
#---
f(a, *b, c=1, **d, e)
#---
f(a, *b, c=1, **d, *e)
#---
f(**a, b=1, c)
#---
f(a, (b for b in c), d for d in e)
#---
print "hello"
#---
print x
#---
print x, y
#---
print "a" % (1,)
#---
exec "code"
#---
exec code in ns
#---
# valid: print >> x is a shift expression
print >> sys.stderr, "x"
#---
print -1
x = 1 2
#---
print f(x)
#---
f(a := 1, b := 2)
g(x=y:=1)
#---
f(a for a in b if c := 1)
#---
f(yield)
x = 1 2
#---
f(*a for a in b)
#---
f(**a for a in b)
#---
f(,a)
#---
f(a,,)
#---
f(a)(b c)
#---
f[a b]
#---
a.b c
#---
a.1
#---
a.(b)
#---
a.[b]
#---
a..b
#---
f(a) = g(b)
#---
obj.method(x=1, y)
#---
f(a, key=lambda: 1, b)
#---
f(x for x in y)(1, 2
#---
f(a, b, *c, d=1, e, **g)
#---
f(1, 2, key=)
#---
max(x for x in y, key=len)
#---
sorted(a, b for b in c)
#---
f(__debug__=True)
#---
f(not=1)
#---
f(def=1)
#---
f(class)
#---
f(import)
#---
f(if=1)
