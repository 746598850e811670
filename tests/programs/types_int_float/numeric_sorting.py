# Ordering of mixed numbers: sorted/min/max with ints, floats, bools, big ints; chained comparisons.
nums = [3, -1.5, True, 2 ** 70, -(10 ** 20), 0.0, False, 2.5, -0.0, 1e20, 7]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(min(nums), max(nums), sorted(nums, key=abs))
print(sorted([1, 1.0, True], key=lambda v: 0), sorted([True, 1.0, 1]))
print(max(1, 1.0, True), min(1.0, True, 1), max(True, 1), max([0.0, -0.0]), min([-0.0, 0.0]))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True, 1 < 2 > 1, 0 <= 0.0 <= False)
x = 5
print(0 < x < 10, 0 < x > 3, x == 5 != 6, 1 < x <= 5 < 6 <= 6)
print([n for n in range(-3, 4) if -2 <= n * n <= 4])
print(sorted(range(10), key=lambda v: (v % 3, -v)))
print(sorted([10, 9, 100, 1000, 1], key=str))
print(sorted([(1, 2.0), (1, 1), (0.5, 9)]))
print(max([3, 1, 4, 1, 5, 9, 2, 6], key=lambda v: -v), min([], default="empty"))
pairs = sorted([(x % 3, x) for x in range(8)], key=lambda p: p[0])
print(pairs)
print(sorted([-2, -1, 0, 1, 2], key=lambda v: v * v))
print(2 ** 64 > 2 ** 64 - 1 > 1.8e19, -(2 ** 64) < -1.8e19, 10 ** 400 > 1e308)
