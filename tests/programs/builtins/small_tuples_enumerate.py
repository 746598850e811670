# Tuples of one and two items (kept inside the tuple object) behave as any
# tuple; enumerate counts past the i64 range and reads its count after the
# inner iterator, so a re-entrant next() sees CPython's numbering.
import gc
import sys

one = (1,)
two = ("a", 2)
three = (1, 2, 3)
print(one, two, three, (), len(one), len(two))
print(hash(two) == hash(("a", 2)), two == ("a", 2), two < ("a", 3), one + two)
print(two[0], two[-1], two[::-1], two[1:], 2 in two, two.index(2), two.count("a"))
a, b = two
(c,) = one
print(a, b, c, list(two), tuple(x for x in two), repr(one), str(two))
print(divmod(17, 5), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(dict([(1, 2), (3, 4)]).items(), list({5: 6}.items()))
print(sys.getrefcount(two) >= 2, two * 2, one * 3)


class Pair(tuple):
    pass


p = Pair((1, 2))
print(p, type(p).__name__, p[0] + p[1], isinstance(p, tuple))

# A cycle through a two-item tuple is found by the collector.
gc.collect()
lst = []
t = (lst, 0)
lst.append(t)
del lst, t
print(gc.collect() >= 1)

print(list(enumerate("xyz", start=sys.maxsize - 1)))
print(list(enumerate([10, 20], 2 ** 70)))
print(list(enumerate([], 5)), list(enumerate(range(3), -2)))


def reentrant():
    yield "a"
    try:
        next(e)
    except ValueError as exc:
        print("ValueError:", exc)
    yield "b"
    yield "c"


e = enumerate(reentrant())
for item in e:
    print(item)
try:
    next(enumerate(5))
except TypeError as exc:
    print("TypeError:", exc)
