# Keyword-only parameters after * and *args, with and without defaults; errors.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=1, c=0, b=9))
for call in (lambda: f(1, 2), lambda: f(1), lambda: f(1, b=2, d=4), lambda: f(b=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def g(*args, sep=", ", end="!"):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep="-"), g(end="?"), g("a", end=""))
def h(a, b=2, *rest, flag=False, **extra):
    return a, b, rest, flag, extra
print(h(1))
print(h(1, 2, 3, 4, flag=True, z=26))
print(h(1, flag=1, b=5))
print(f.__kwdefaults__, h.__kwdefaults__, f.__code__.co_kwonlyargcount)
def required_kw(*, key):
    return key
print(required_kw(key="k"))
try:
    required_kw("k")
except TypeError as e:
    print("TypeError:", e)
try:
    required_kw()
except TypeError as e:
    print("TypeError:", e)
def two_required(*, x, y):
    return x - y
try:
    two_required()
except TypeError as e:
    print("TypeError:", e)
print(two_required(y=1, x=10))
