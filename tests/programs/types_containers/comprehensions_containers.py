# List, dict and set comprehensions and generator expressions: filters, nesting, conditional expressions.
print([x * x for x in range(6)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print(["even" if x % 2 == 0 else "odd" for x in range(4)], [c.upper() for c in "abc" if c != "b"])
print({x: x ** 2 for x in range(5)}, {k: v for k, v in zip("abc", range(3)) if v})
print({x % 3 for x in range(10)}, {len(w) for w in "a bb cc ddd".split()})
print(sum(x for x in range(101)), max(len(w) for w in ["a", "bbb", "cc"]), list(x for x in "hi"))
g = (x * 2 for x in range(3))
print(type(g).__name__, next(g), list(g), list(g))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)], [n for row in matrix for n in row if n % 2])
print({(i, j): i * j for i in range(1, 3) for j in range(1, 3)})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
x = "outer"
print([x for x in "ab"], x)
print([i for i in range(3)] + [j for j in []], [() for _ in range(2)], [[]] * 0)
print([(lambda n: n + i)(10) for i in range(3)])
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
print(any(x > 3 for x in [1, 5]), all(x for x in []), dict((k, 0) for k in "ab"), set(c for c in "aab") == {"a", "b"})
print(sorted({w: len(w) for w in words}.items(), key=lambda kv: kv[1])[:2])
nested = [[1, [2, 3]], [4]]
print([y for x in nested for y in (x if isinstance(x, list) else [x])])
