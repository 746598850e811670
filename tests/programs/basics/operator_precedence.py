# Operator precedence and associativity: power, unary minus, bit ops, comparisons, not/and/or.
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** -1)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4)
print(1 + 2 << 3, 1 + (2 << 3), 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 6 & 3 << 1)
print(~1 + 1, -~5, ~-5, not 1 + 1, -3 % 5, -(3 % 5))
print(1 < 2 == True, (1 < 2) == True, not 1 == 2, (not 1) == 2)
print(True or False and False, (True or False) and False, not False or True, not (False or True))
print(1 if 0 else 2 + 10, (1 if 0 else 2) + 10)
print(3 * -2, 3 - -2, - - 3, +-+-3, 2 ** -2 * 4)
print(5 & 3 == 1, (5 & 3) == 1, 1 + 2 > 2, "a" + "b" * 2, ("a" + "b") * 2)
x = [1, 2, 3]
print(x[1] ** 2, -x[0], x[-1] * -1, [0] * 2 + [1], 7 // 2 * 2, 7 // (2 * 2))
print(2 * 3 ** 2, (2 * 3) ** 2, 2 ** 2 ** 0, 10 % 3 ** 2, -10 // 3 * 3)
f = lambda a: a + 1
print(f(1) * 2, (lambda: 1 + 1)(), 1 + (lambda: 2)())
print(1 in [1] == True, (1 in [1]) == True, 1 in [1] and 2 in [2])
