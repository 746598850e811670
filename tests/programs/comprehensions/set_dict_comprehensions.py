# Set and dict comprehensions: dedup, inversion, grouping, key collisions, conditions.
print({x % 5 for x in range(20)})
print({c for c in "mississippi"} == set("misp"), sorted({c for c in "mississippi"}))
print({w.lower() for w in ["A", "a", "B", "b", "c"]} == {"a", "b", "c"})
print({n: n ** 2 for n in range(6)})
d = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v != 2})
print({k.upper(): v * 10 for k, v in sorted(d.items(), reverse=True)})
print({x % 3: x for x in range(10)})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({w[0]: len([v for v in words if v[0] == w[0]]) for w in words})
print({w: i for i, w in enumerate(words) if "e" in w})
print({(a, b): a * b for a in range(1, 3) for b in range(1, 3)})
print({i: ("even" if i % 2 == 0 else "odd") for i in range(4)})
lengths = {len(w) for w in words}
print(sorted(lengths), type(lengths).__name__, type({k: 1 for k in ""}).__name__)
print({frozenset(p): p for p in [(1, 2), (2, 1), (3, 4)]}.__len__())
print({k: v for k, v in zip("abc", range(10))})
print(dict((k, v) for k, v in [("x", 1), ("y", 2)]))
