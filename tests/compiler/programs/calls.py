# Calls: positional, keyword, star-args, double-star, methods.
f()
f(1)
f(1, 2, 3)
f(a=1)
f(1, b=2)
f(*args)
f(1, *args)
f(*args, 2)
f(**kwargs)
f(a=1, **kwargs)
f(*args, **kwargs)
f(1, *args, b=2, **kwargs)
f(**a, **b)
f(a=1, **k, b=2)
obj.method()
obj.method(1, 2)
obj.method(x=1)
obj.method(*args)
obj.a.b.c(1)
print('hello', end='')
import os
os.path.join('a', 'b')

def calls(f, x):
    f(x)
    f(x, y=1)
    x.m(1)
    x.m(*x)
    x.m(**x)
    return f(f(x))

def builtin_calls(items):
    n = len(items)
    s = sorted(items, key=str, reverse=True)
    return n, s, isinstance(items, list)

def many_args(f):
    return f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
             21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)

def many_kwargs(f):
    return f(a=1, b=2, c=3, d=4, e=5, g=6, h=7, i=8, j=9, k=10, l=11, m=12, n=13,
             o=14, p=15, q=16)

def method_many(o):
    return o.m(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
               21, 22, 23, 24, 25, 26, 27, 28, 29, 30)

def call_on_call(f):
    return f()()(1)

def multiline_call(obj):
    return obj.method(
        1,
        2,
    )

def kw_star_mix(f, a, kw):
    return f(1, 2, *a, x=3, **kw)
