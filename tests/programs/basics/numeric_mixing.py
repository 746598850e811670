# Mixed int/float/complex/bool arithmetic, type promotion and power edge cases.
vals = [3, 2.5, True, 1j]
for a in vals:
    row = []
    for b in vals:
        r = a + b
        row.append(type(r).__name__)
    print(type(a).__name__, row)
print(3 * 2.0, 3 + True, 2.5 * False, 1j * 2, 2 ** 0.5 == 2 ** 0.5)
print(0 ** 0, 0.0 ** 0, 2 ** 0, (-2) ** 3, (-2.0) ** 2, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(type((-8) ** 0.5).__name__, round(((-4) ** 0.5).imag, 6))
print(10 ** 2, 10 ** -2, type(10 ** -2).__name__, 2 ** 62, 2.0 ** 62)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
print(1 == 1.0 == True, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(10 ** 20 < 1e21, 10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(int("7") + float("0.5"), str(1) + str(1.0), 7 / 7, 7 // 7.0, -7 % 3.0)
print(abs(-0.0), abs(-3 + 4j), max(1, 1.0), max(1.0, 1), min(0, False), sum([1, 2.5, True]))
print(1 + 2j == complex(1, 2), (1 + 0j) == 1.0, 0.5 == 1 / 2)
