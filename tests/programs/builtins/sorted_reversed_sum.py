# sorted() with key/reverse on many iterables, reversed() on sequences, sum() with start and float/int mixes.
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3, 1}), sorted({"b": 1, "a": 2}), sorted(range(3, 0, -1)))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True), sorted([-2, 1, -3], key=abs), sorted([], key=len))
print(sorted([(2, "a"), (1, "b"), (2, "A")], key=lambda t: t[0]), sorted("Hello World", key=str.lower))
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed(b"xy")), list(reversed(bytearray(b"12"))))
for bad in (5, {1, 2}, iter([1]), None):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum([0.1] * 3), sum([1, 2.5]), sum([True, True, 3]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum(range(101)), sum([1j, 2]), sum(x * x for x in range(4)))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]) == 0.6, sum([10 ** 20, 1.5]), sum([], start=[]))
for bad in (lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum([[1]]),
            lambda: sum(5), lambda: sum([1, "x"]), lambda: sum([bytearray(b"a")], bytearray())):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([[1]], start=[0]))
