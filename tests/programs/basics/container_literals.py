# Literal lists, tuples, dicts, sets with unpacking (*, **), trailing commas, and reprs.
a = [1, 2, 3]
t = (4, 5)
print([], [1], [1, 2,], (), (1,), 1, (1), (1, 2,), {}, {1: 2,}, set(), {1, 2, 2, 3})
print([*a, *t, 6], (*a,), {*a, *t}, [*"ab", *range(3)])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100})
print({1: "a", 1.0: "b", True: "c"}, {"k": 1, "k": 2})
print([[1, 2], [3]], ((1,), ()), {"nested": {"d": [1, (2, 3)]}})
print(repr("s"), [("s", 1.5, None, True)], {None: ...}, [Ellipsis])
x = 1, 2, 3
print(x, type(x).__name__, len(x))
y = *a, 9
print(y)
print({i: i * i for i in range(3)}, {frozenset(): 1}, frozenset({1, 2}), tuple([1]))
print(list(range(5)), list("hey"), dict([(1, 2), (3, 4)]), dict(a=1, b=2), set("aab") == {"a", "b"})
r = [1, 2]
r.append(r)
print(r)
dd = {}
dd["me"] = dd
print(dd)
print(sorted({3, 1, 2}), sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()))
print([1, 2] * 2, (0,) * 3, [[]] * 2, 2 * "ab", [] * 5)
