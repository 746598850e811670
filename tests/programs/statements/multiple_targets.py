# Loops and assignments with multiple targets: zip/enumerate/items, parallel swap, rotation.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, (name, age) in enumerate(zip(names, ages), start=1):
    print(i, name, age)
scores = {"x": 3, "y": 1, "z": 2}
for key, val in sorted(scores.items(), key=lambda kv: kv[1]):
    print(key, val)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [1, 2, 3, 4]
x[0], x[-1] = x[-1], x[0]
print(x)
i = 0
i, x[i] = 1, "set"
print(i, x)
fib = [0, 1]
p, q = 0, 1
for _ in range(8):
    p, q = q, p + q
    fib.append(q)
print(fib)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a * b + c)
points = [(1, 2, 3), (4, 5, 6)]
for x1, *others in points:
    print(x1, others)
matrix = [[1, 2], [3, 4]]
for (a, b) in matrix:
    print(a, b)
first = second = None
for first, second in zip("ab", "xyz"):
    pass
print(first, second)
