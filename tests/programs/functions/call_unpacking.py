# Call-site unpacking: f(*a, **k), multiple unpackings, duplicates and type errors.
def f(a, b, c, d=4, *rest, **kw):
    return a, b, c, d, rest, kw
args = [1, 2, 3]
kwargs = {"d": 40, "e": 50}
print(f(*args))
print(f(*args, **kwargs))
print(f(0, *args[1:], 9, 10))
print(f(*range(2), *"x", *(), 7))
print(f(**{"a": "A", "b": "B", "c": "C"}))
print(f(1, *[2], **{"c": 3}, z=0, **{"y": 1}))
print(f(*(i * i for i in range(5))))
print(max(*[3, 9, 1]), min(*"hello"), print(*[], sep="-") is None)
try:
    f(1, 2, 3, **{"a": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
def g(**kw):
    return sorted(kw.items())
print(g(**{"b": 1}, a=2), g(**dict(x=1)))
def h(x, y):
    return x * 10 + y
pairs = [(1, 2), (3, 4)]
print([h(*p) for p in pairs], [h(**{"y": y, "x": x}) for x, y in pairs])
