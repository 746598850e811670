# Unpacking: tuple/list targets, starred assignment, nested unpacking, errors for wrong counts, * and ** in displays.
a, b = 1, 2
a, b = b, a
print(a, b)
x, *rest = [1, 2, 3, 4]
*init, last = "abcd"
first, *mid, end = range(5)
print(x, rest, init, last, first, mid, end)
(p, q), r = (1, 2), 3
[s, [t, *u]] = ["s", ("t", "u1", "u2")]
print(p, q, r, s, t, u)
head, *tail = [1]
print(head, tail)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for bad in ("a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = 5", "(a, b), c = 1, 2"):
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print([*range(3), *"ab", *(1,)], (*[1, 2],), {*[1, 1, 2]}, {**{"a": 1}, **{"b": 2}})
print(*[1, 2, 3], sep="-")
print(*"abc", *[], *{"k": 0})


def f(*args, **kwargs):
    return args, kwargs


print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
i = 0
i, lst[i] = 1, "set"
print(lst)
d = {}
d["x"], d["y"] = divmod(17, 5)
print(d)
m, n = n_m = (5, 6)
print(m, n, n_m)
a = b = c = []
a.append(1)
print(a, b, c)
