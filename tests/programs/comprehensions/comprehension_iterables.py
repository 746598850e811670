# Comprehensions over many iterable kinds: str, tuple, range, bytes, reversed, zip, custom iterators.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
print([c for c in "abc"], [t for t in (1, 2)], [r for r in range(3, 0, -1)])
print([b for b in b"AB"], [x for x in reversed([1, 2, 3])], [p for p in zip("ab", "cd")])
print([v for v in Countdown(4)], {v % 2 for v in Countdown(5)}, {v: v * v for v in Countdown(2)})
print([x for x in sorted({3, 1, 2})], [k for k in {"b": 1, "a": 2}])
print([x for x in iter([9, 8])], [x for x in map(abs, [-1, -2])], [x for x in filter(None, [0, 5, 0, 6])])
print([i for i, _ in enumerate("xyz")], [line for line in "a\nb\nc".splitlines()])
print([x for x in (y * 2 for y in range(3))], [d for d in divmod(17, 5)])
print([x for x in [[1, 2], [3]] for x in x])
print([(i, c) for i, c in enumerate(reversed("abc"))])
print(["".join(pair) for pair in zip("abc", "123", "xyz")])
print([n for n in range(20) if n in {2, 3, 5, 7, 11, 13, 17, 19}])
print(list(reversed([x * x for x in range(5)])), [x for x in range(10)][2:8:3])
print([sum(row) for row in ((1, 2), (3, 4), (5,))], [len(s) for s in ("", "a", "ab")])
print([x for x in frozenset([4])], [x for x in dict.fromkeys("ab", 0).items()])
