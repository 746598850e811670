# max() and min(): multiple args vs iterable, key=, default=, ties return first, errors for empty/mixed.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("abc", "abd"), min((3, "a"), (3, "b")))
print(max([1, 3, 3.0]), max([3.0, 3, 1]), min([2, 2.0]), min([2.0, 2]))
words = ["pear", "fig", "banana", "kiwi", "plum"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]), min(words, key=str.upper))
print(max([], default="empty"), min([], default=None), max([5], default=0), max((), key=len, default=-1))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), min(range(5, 0, -1)))
print(max(-3, 2, key=abs), min(-3, 2, key=abs), max([[1, 2], [1, 3]]), max([True, 2, 1.5]))
pairs = [(1, "b"), (3, "a"), (3, "c"), (2, "z")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: -p[0]))
for bad in (lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, "a"), lambda: min([1, None]),
            lambda: max(1, 2, default=0), lambda: max(), lambda: min([1], key=5), lambda: max([1], foo=1)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(max(x * x for x in range(-5, 3)), min(map(abs, [-7, 3, -1])), max("a", "B", key=str.lower))
