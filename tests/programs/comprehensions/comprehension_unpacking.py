# Unpacking targets inside comprehension for-clauses: tuples, nested, starred.
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([name for num, name in pairs if num != 2])
print({name: num for num, name in pairs})
records = [("ann", (30, "nyc")), ("bob", (25, "sf"))]
print([f"{n}@{city}" for n, (age, city) in records])
rows = [[1, 2, 3, 4], [5, 6], [7]]
print([(first, rest) for first, *rest in rows])
print([last for *_, last in rows])
print([(a, b) for a, b in zip("xyz", range(3))])
print([i * v for i, v in enumerate([10, 20, 30], start=1)])
print([k + str(v) for (k, v) in {"a": 1, "b": 2}.items()])
points = [(0, 0), (3, 4), (1, 1)]
print([(x * x + y * y) ** 0.5 for x, y in points])
print(sorted([(y, x) for x, y in points]))
print([[a, b] for (a, [b, *_]) in [(1, [2, 3]), (4, [5])]])
try:
    print([a + b for a, b in [(1, 2), (3,)]])
except ValueError as e:
    print("ValueError:", e)
print([c for c, in ["a", "b"]])
