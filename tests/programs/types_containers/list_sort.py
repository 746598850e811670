# list.sort and sorted: key functions, reverse, stability, mixed-type errors, sorting tuples and strings.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Fig", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
records = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25), ("eve", 35), ("fay", 30)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
by_name = sorted(records, key=lambda r: r[0], reverse=True)
print(sorted(by_name, key=lambda r: r[1]))
print(sorted([3, 1, 2], key=lambda x: 0), sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([{1}, {2}, 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
r = [4, 2, 3]
print(r.sort(), r, sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2, 1)), sorted(range(5, 0, -1)))
print(sorted([[2, 1], [1, 5], [1, 2, 3], [1, 2]]), sorted([0.5, -1, True, 2]))
print(sorted(["a10", "a2", "a1"], key=lambda s: int(s[1:])), sorted([-5, 3, -1, 2], key=abs))
data = list(range(20))
data.sort(key=lambda v: v % 4)
print(data)
x = [3, 1, 2]
y = sorted(x)
print(x, y, x is y)
print(sorted([1, 2, 3], key=None, reverse=False), sorted([], reverse=True), sorted("bca", reverse=True))
