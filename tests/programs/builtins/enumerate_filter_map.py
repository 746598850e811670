# enumerate with start, filter with None and functions, map with several iterables; laziness and errors.
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)), list(enumerate("ab", -1)))
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), next(e), next(e, "done"))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])))
print(list(filter(lambda x: x % 3 == 0, range(10))), list(filter(str.isupper, "aBcDE")))
print(list(map(len, ["a", "bb", ""])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(max, [1, 5, 3], [4, 2], [0, 0, 0, 9])), list(map(str, range(3))), list(map(int, "123")))


def log(x):
    print("  processing", x)
    return x * 10


m = map(log, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))
f = filter(lambda x: print("  test", x) or x > 1, [1, 2, 3])
print("filter created", next(f))
for bad in (lambda: map(len), lambda: list(map(len, [1])), lambda: filter(None), lambda: enumerate(5),
            lambda: enumerate("a", "b"), lambda: list(map(None, [1]))):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
pairs = dict(enumerate("xyz", 1))
print(pairs, [i * c for i, c in enumerate("abc")])
print(sum(map(int, filter(str.isdigit, "a1b2c3"))), list(map(tuple, enumerate("ab"))))
