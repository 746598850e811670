# zip(): shortest-stop, many iterables, unzipping, strict=True errors, laziness and consumption order.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("abc", range(3), [True] * 3)))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters, dict(zip("xyz", range(3))))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in (([1, 2, 3], "ab"), ([1], "ab"), ([], [1])):
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)


def gen(name, n):
    for i in range(n):
        print(f"  {name} yields {i}")
        yield i
    print(f"  {name} exhausted")


print(list(zip(gen("A", 2), gen("B", 3))))
z = zip("ab", "cd")
print(type(z).__name__, next(z), list(z), list(z))
it = iter(range(6))
print(list(zip(it, it, it)))
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], list(map(sum, zip(*matrix))))
print(list(zip("abc", "de", strict=False)), list(enumerate(zip("ab", "cd"))))
