# Conversions between int and float at the edges: exact big floats to int, rounding of huge ints to float.
print(int(1e308) == 10 ** 308, int(1e22) == 10 ** 22, int(1e23) == 10 ** 23, int(1e23))
print(float(2 ** 53 + 1), float(2 ** 53 + 2), float(2 ** 53 + 3), float(2 ** 54 + 2))
print(float(10 ** 16 + 1), float(10 ** 17 + 1), float(123456789012345678901234567890))
print(float(2 ** 1024 - 2 ** 971), float(2 ** 1024 - 2 ** 970 - 1))
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError as e:
    print(type(e).__name__, e)
print(int(-1e19), int(2.5e-10), int(-0.0), int(float(2 ** 63)) - 2 ** 63)
print(int(9.999999999999999e22), int(1.7976931348623157e308) % 10 ** 10)
for v in [0.5, 1.5, -0.5, 2 ** 52 + 0.5, 4503599627370497.5]:
    print(repr(v), int(v))
print(2 ** 63 == 2.0 ** 63, 2 ** 63 - 1 == 2.0 ** 63, 2 ** 63 - 1 < 2.0 ** 63, 2 ** 64 > 1.8446744073709552e19)
print((2 ** 53 + 1) * 1.0 == 2 ** 53, 10 ** 23 < 1e23, 10 ** 23 > 1e23)
print(sorted([10 ** 23, 1e23, 99999999999999991611392, 1e23 + 1]))
print(1e15 + 0.3, 1e16 + 2, 1e16 + 3, 1e17 / 10, 12345678912345678 / 1)
print(7 / 3 * 3, 7 // 3 * 3 + 7 % 3, 1 / 3 + 1 / 3 + 1 / 3 == 1.0)
print((10 ** 30) / (10 ** 10), (10 ** 30) // (10 ** 10), 10 ** 30 / 3, (10 ** 30 + 1) / 10 ** 30)
print(1 / 2 ** 1074, 1 / 2 ** 1075, 1 / 2 ** 1076)
