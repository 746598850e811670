# Nested comprehensions: multiple for clauses, comprehensions inside comprehensions, flattening.
print([(x, y) for x in range(3) for y in range(x)])
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print([[v * 10 for v in row] for row in matrix if sum(row) > 6])
print([[i * j for j in range(1, 5)] for i in range(1, 4)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
nested = [[1, [2, 3]], [4], [[5, 6], 7]]
print([y for x in nested for y in x])
words = ["ab", "cde", "f"]
print([c for w in words for c in w], [[c for c in w] for w in words])
print(sorted({(i, j) for i in range(2) for j in range(2)}))
print({i: [j for j in range(i)] for i in range(4)})
print([sum(x for x in range(n)) for n in range(6)])
grid = [["#" if (r + c) % 2 else "." for c in range(5)] for r in range(3)]
for row in grid:
    print("".join(row))
print([x for x in [y * 2 for y in [z + 1 for z in range(4)]] if x > 4])
print([[(r, c) for c in range(2)] for r in range(2)])
