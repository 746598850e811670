# list(), tuple(), dict(), set(), frozenset(), range(), slice() constructors from many iterables; errors.
print(list(), list("abc"), list((1, 2)), list({1: "a", 2: "b"}), list(range(3)), list(x * 2 for x in [1, 2]))
print(tuple(), tuple([1, [2]]), tuple("hi"), tuple({3}), tuple(b"ab"), tuple(reversed([1, 2])))
print(dict(), dict(a=1), dict([("k", "v"), ["k2", "v2"]]), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print(dict([("a", 1), ("a", 2)]), dict(((1, 2),)), dict.fromkeys("ab", 0), dict(dict(a=1)))
print(set(), set("aab") == {"a", "b"}, set([1, 2, 2]), sorted(set("hello")), frozenset([1, 1]), frozenset())
print(range(5), range(1, 5), range(1, 10, 2), slice(5), slice(1, 5), slice(1, 5, 2))
for bad in (lambda: list(5), lambda: tuple(None), lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: dict(1),
            lambda: set([[1]]), lambda: frozenset(5), lambda: range(), lambda: range(1, 2, 3, 4),
            lambda: range("5"), lambda: slice(), lambda: list([], []), lambda: dict("ab")):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = [1, 2]
b = list(a)
print(b == a, b is a, tuple(a) == (1, 2), list(tuple(a)) == a)
t = (1, 2)
print(tuple(t) is t, frozenset(frozenset([1])) == frozenset([1]))
print(list(map(list, ["ab", "c"])), dict(enumerate("xy")), list(dict(b=1, a=2)))
