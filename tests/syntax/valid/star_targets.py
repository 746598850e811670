# Starred assignment targets and unpacking.
a, *b = [1, 2, 3]
*c, d = [1, 2, 3]
e, *f, g = [1, 2, 3]
[h, *i] = (1, 2)
(j, *k) = "xyz"
*l, = range(3)
[*m] = range(3)
(n, (o, *p), q) = (1, (2, 3, 4), 5)
[r, [s, *t]] = [1, [2, 3]]
for u, *v in [(1, 2, 3)]:
    pass
for (w, *x), y in [((1, 2), 3)]:
    pass
first, *_, last = range(10)
aa = bb = *cc, dd = [1, 2, 3]
combined = [*a, *b, *range(2)]
tup = *a, *b
one = *a,
sset = {*a, *b}
merged = {**{}, **{'k': 1}}
print(*a, *b, sep='')
dict(**{'x': 1}, **{'y': 2})
obj = type("O", (), {})()
obj.attr, *rest = [1, 2]
lst = [0, 0, 0]
lst[0], *lst[1:] = [1], 2 if False else 3 if False else [1, 2]


def returns():
    return *a, *b


def yields():
    yield *a, *b
    x = yield *a, 1


subscript = {}
subscript[*a,] = 1
subscript[*a, *b] = 2
subscript[0, *a] = 3
