# range: attributes, len, indexing, slicing (returns range), membership, reversed, negative steps, equality.
r = range(2, 20, 3)
print(r, list(r), len(r), r.start, r.stop, r.step, r[0], r[-1], r[2])
print(r[1:4], r[::-1], r[::2], r[-2:], list(r[::-2]), r[10:], r[:0])
print(5 in r, 6 in r, 20 in r, 2 in r, 17 in r, 5.0 in r, "5" in r, r.index(11), r.count(8), r.count(9))
neg = range(10, -10, -4)
print(list(neg), len(neg), neg[-1], 2 in neg, -6 in neg, list(reversed(neg)), neg[::-1])
print(list(range(0)), list(range(5, 0)), list(range(0, 5, -1)), len(range(0, -10, -3)), range(3) == range(0, 3))
print(range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 2, 5), range(3) != [0, 1, 2])
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__, e)
big = range(0, 10 ** 18, 7)
print(len(big), big[-1], 10 ** 17 in big, 7 * 10 ** 16 in big, big[10 ** 16])
try:
    len(range(2 ** 70))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2 ** 70)[-1], range(-5, 5)[3:-3], range(10)[slice(2, None, 3)])
print(sum(range(101)), max(range(7, 3, -1)), min(range(3, 9)), sorted(range(3, 0, -1)), tuple(range(3)))
it = iter(range(3))
print(next(it), list(it), list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
print(repr(range(0, 5, 1)), str(range(-3, 3, 2)), type(range(1)).__name__, bool(range(0)), bool(range(1)))
print(hash(range(3)) == hash(range(0, 3, 1)), {range(2): "r"}[range(0, 2)])
