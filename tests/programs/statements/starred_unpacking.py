# Tuple/list unpacking with a starred target in every position, nested targets, errors.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
x, *y, z = 1, 2
print(x, y, z)
[p, q], r = (5, 6), 7
print(p, q, r)
(m, (n, *o)), s = [[1, [2, 3, 4]], 5]
print(m, n, o, s)
*everything, = (9, 8, 7)
print(everything)
for i, (c, *more) in enumerate(["ab", "xyz", "q"]):
    print(i, c, more)
k, v = {"one": 1}.popitem()
print(k, v)
h, *t2 = iter([3, 2, 1])
print(h, t2)
for src in ([1], [1, 2, 3], [], "ab"):
    try:
        u, w = src
        print("ok", u, w)
    except ValueError as e:
        print("ValueError:", e)
try:
    f1, f2, *f3 = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    g1, g2 = 5
except TypeError as e:
    print("TypeError:", e)
a1 = a2, a3 = "xy"
print(a1, a2, a3)
