def f()
    pass
#---
def f:
    pass
#---
def f
#---
def (x):
    pass
#---
def 1f():
    pass
#---
def f(x)
    return x
#---
def f(x) -> int
    return x
#---
def f() -> :
    pass
#---
def f() -> int, str:
    pass
#---
def f(a=1, b):
    pass
#---
def f(a, b=1, c):
    pass
#---
def f(a=1, /, b):
    pass
#---
def f(a, b=1, /, c):
    pass
#---
# valid: a keyword-only parameter without default may follow one with default
def f(*, a=1, b):
    pass
#---
def f(*):
    pass
#---
def f(*,):
    pass
#---
def f(*, **k):
    pass
#---
def f(*a, *b):
    pass
#---
def f(*, *b):
    pass
#---
def f(*a, b, *c):
    pass
#---
def f(**k, a):
    pass
#---
def f(**k, *a):
    pass
#---
def f(**k, **j):
    pass
#---
def f(**k, /):
    pass
#---
def f(**k=1):
    pass
#---
def f(*a=1):
    pass
#---
def f(/):
    pass
#---
def f(/, a):
    pass
#---
def f(a, /, b, /):
    pass
#---
def f(a, /, /):
    pass
#---
def f(*, a, /):
    pass
#---
def f(*a, /):
    pass
#---
def f(a, *, b, /, c):
    pass
#---
def f(a=):
    pass
#---
def f(a, b=, c=1):
    pass
#---
def f(a, a):
    pass
#---
def f(a, *, a):
    pass
#---
def f(a, *a):
    pass
#---
def f(a, **a):
    pass
#---
def f(a, /, a):
    pass
#---
def f((a, b)):
    pass
#---
def f(a, (b, c)):
    pass
#---
def f(1):
    pass
#---
def f("a"):
    pass
#---
def f(a.b):
    pass
#---
def f(a b):
    pass
#---
def f(a:):
    pass
#---
def f(a: int = ):
    pass
#---
def f(a,, b):
    pass
#---
def f(,):
    pass
#---
def f(*a: *b):
    pass
x = 1 2
#---
def f(**k: *b):
    pass
#---
def f(a: *b):
    pass
#---
def f(None):
    pass
#---
def f(True=1):
    pass
#---
def None():
    pass
#---
def True(): pass
#---
def f(self, x) y:
    pass
#---
def f() -> int -> str:
    pass
#---
def f[T](x):
    pass
#---
def f(a) = 1
#---
def f(a): return 1 2
#---
class C
    pass
#---
class C(
    pass
#---
class C(A, B:
    pass
#---
class C(A B):
    pass
#---
class 1C:
    pass
#---
class C():
pass
#---
class C(x for x in y):
    pass
#---
class C(metaclass=M, A):
    pass
#---
class C(**k, *a):
    pass
#---
class C[T]:
    pass
#---
class None: pass
#---
class C(a=1, a=2): pass
#---
class C: def f(self): pass
#---
class (A): pass
#---
class C.D: pass
#---
class C(A) -> B: pass
#---
lambda x=1, y: x
#---
lambda *: 1
#---
lambda *, **k: 1
#---
lambda *a, *b: 1
#---
lambda **k, a: 1
#---
lambda **k=1: 1
#---
lambda *a=1: 1
#---
lambda /: 1
#---
lambda a, /, /: 1
#---
lambda *, a, /: 1
#---
lambda (a, b): 1
#---
lambda a, (b): 1
#---
lambda a: int: 1
#---
lambda x: yield x
x = 1 2
#---
lambda a, a: 1
#---
lambda a, *, a: 1
#---
lambda x = : x
#---
lambda a b: 1
#---
lambda: x = 1
#---
lambda x -> x
#---
f = lambda x: return x
#---
f = lambda x: pass
#---
lambda x,, y: 1
#---
lambda x, y=1, z, /: 1
#---
lambda a=1, /, b: 1
#---
def f(a, *, b=1, c, d=2, e): pass
x = (1 2)
#---
def f(x, *, y, **kw,):
    pass
x = (1 2)
#---
def f(a, /, *, b): pass
x = [1 2]
#---
def f(*args,): pass
y = {1 2}
#---
async def f()
    pass
#---
async def f:
    pass
#---
async f():
    pass
#---
async class C: pass
#---
async lambda: 1
#---
def def(): pass
#---
def f(def): pass
#---
def class(): pass
#---
def f(x, if): pass
#---
def f(lambda): pass
#---
def f(x=lambda: 1, y): pass
#---
def f(*, a:int=1, b:int):
    pass
x = 1 2
#---
def f(a, *args, b, **kwargs, c):
    pass
#---
def f(a: int, b: str = "x", c: float):
    pass
#---
def f(x):
    nonlocal x
#---
def f(x):
    global x
#---
def f():
    x = 1
    global x
#---
def f():
    print(x)
    global x
#---
def f():
    x: int
    global x
#---
def f():
    global x
    x: int = 1
#---
def f():
    nonlocal y
#---
def f():
    x = 1
    def g():
        global x
        nonlocal x
#---
nonlocal x
#---
class C:
    nonlocal x
#---
def f():
    def g():
        nonlocal x
        x = 1
    x = 1
    nonlocal x
#---
def f(a, b):
    def g():
        nonlocal a
        a = 1
        a: int
