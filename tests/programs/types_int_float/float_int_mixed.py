# Mixed int/float arithmetic and comparisons, including huge ints vs floats and exactness.
print(1 + 1.0, 3 * 0.5, 7 / 2, 7 // 2.0, 7 % 2.5, 2 ** 0.5, 2.0 ** 2, 4 ** -0.5)
print(type(1 + 1.0).__name__, type(6 / 3).__name__, type(6 // 3).__name__, type(True + 1).__name__)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(2 ** 1000 > 1e300, 2 ** 1100 > float("inf"), -(2 ** 1100) < float("-inf"), 2 ** 1100 < float("inf"))
print(1 < 1.5 < 2, 0.5 < True, 1 == 1.0000000000000001, 9007199254740993 > 9007199254740992.0)
print(float(2 ** 63), float(2 ** 64 - 1), float(-(2 ** 63)))
print(int(float(2 ** 63)), int(1e15 + 0.5))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), sorted([3, 1.5, 2, 0.5, True]))
print(7 / 7, 0 / 5, -0 / 5, 0 / -5.0, -1 // 3.0, 1 % -3.0, -1 % 3.0)
print(round(0.1 + 0.2, 10), abs(-0.0), abs(-3), abs(-3.5))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(7.0, 2))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(10 ** 15 / 10 ** 14, 123456789 * 1.0, 1 / 10 ** 10, 5 // 0.3, 5 % 0.3)
print(sum([1, 2.5, 3]), sum([0.5, 0.25], 1), 3 * 1e-1, 1e1 * 3)
