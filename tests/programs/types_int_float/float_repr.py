# float repr/str: shortest round-trip digits, exponent thresholds, inf/nan/-0.0, arithmetic results.
values = [
    0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 1e16, 1e15, 123456789012345678.0,
    1e-4, 1e-5, 0.0001234, 1.5e-7, 1e22, 1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
    float("inf"), float("-inf"), float("nan"), 100.0, 1e100, 12345.678, 9007199254740993.0,
    3.141592653589793, 2.718281828459045, 0.30000000000000004, 1.1 * 3, 4.35 * 100, 0.1 * 3,
]
for v in values:
    print(repr(v), str(v))
print(1e16 - 1, 1e16 + 1, 2.0 ** 53, 2.0 ** 53 + 1, 2.0 ** 63)
print(float("1e500"), float("-1e500"), float("1e-400"), -float("1e-400"))
print(0.1 + 0.7, 3 * 0.1, 1 - 0.9, 100 * 1.1, 0.1 ** 2)
print(1.0 / 7, 22 / 7, 355 / 113, 2 ** 0.5, 10 ** -2, 7.0 // 2, 7.5 % 2, -7.5 % 2, -7.5 // 2)
print([x / 10 for x in range(11)])
print(float("  3.25  "), float("1_000.5"), float("-.5"), float("5."), float("InFiNiTy"), float("+nan"))
for s in ["", "abc", "1.2.3", "1e", "0x10", "1__0", "nan1"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
inf, nan = float("inf"), float("nan")
print(inf - inf, inf * 0, inf / inf, nan + 1, inf + 1, -inf < 0 < inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf)
print(0.0 == -0.0, str(-0.0 + 0.0), str(0.0 * -1), str(-0.0 * -1))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print((-8.0) ** (1 / 3))
print(0.0 ** 0, 0.0 ** 1.5, (-1.0) ** 0.5)
