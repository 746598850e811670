# Positional-only parameters (/) combined with normal and keyword-only parameters.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2, y=3))
def h(a, b=10, /, c=20):
    return a, b, c
print(h(1), h(1, 2), h(1, 2, 3), h(1, c=5))
try:
    h()
except TypeError as e:
    print("TypeError:", e)
try:
    h(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, h.__defaults__)
def only(x, /):
    return x * 2
print(only(21))
try:
    only(x=1)
except TypeError as e:
    print("TypeError:", e)
print(len("abc"), divmod(7, 2))
try:
    len(obj="abc")
except TypeError as e:
    print("TypeError:", e)
