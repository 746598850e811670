# Logarithms of floats and of ints of any size (CPython's frexp-based
# path for ints beyond float range), log with a base, pow, fmod,
# remainder, copysign and atan2 on ordinary values.
import math

for n in [1, 2, 3, 7, 8, 10, 100, 1000, 2 ** 52, 2 ** 53 + 1, 10 ** 15, 10 ** 22, 2 ** 1023,
          2 ** 1024, 2 ** 1024 - 1, 2 ** 1024 + 1, 10 ** 308, 10 ** 309, 10 ** 400, 3 ** 1000,
          2 ** 10000, 2 ** 10000 - 1, 7 ** 5000 + 3, 10 ** 5000, (2 ** 53 - 1) << 1000,
          (2 ** 54 - 1) << 1000, ((2 ** 53 + 1) << 2000) + 1, (2 ** 53 + 1) << 2000]:
    print(repr(math.log(n)), repr(math.log2(n)), repr(math.log10(n)), repr(math.log(n, 3)),
          repr(math.log1p(n) if n < 10 ** 300 else 0.0))

for x in [0.5, 1.5, 2.0, 3.0, 10.0, 1e-300, 5e-324, 1e308, 0.1, 123.456, 1.0000000000000002]:
    print(repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)), repr(math.log(x, 10)),
          repr(math.log(x, 0.5)), repr(math.log(10, x)) if x != 1.0 else "-")
print(math.log(True, 2), math.log(8, 2), math.log(100, 10), math.log(10 ** 500, 10 ** 250))
print(math.log(2.0 ** -1074), math.log2(2.0 ** -1074), math.log10(1e-320))
print(math.log(math.inf), math.log2(math.inf), math.log(math.nan), math.log(math.inf, math.inf))

for x, y in [(2, 10), (2, 0.5), (2, -1), (-2, 3), (-2, -3), (-8, 1 / 3 if False else 3.0),
             (10, -300), (1.5, 100), (0.5, 1075), (2, 1023), (2, 1023.5) if False else (2, 1000.5),
             (1e-5, 50), (9, 0.5), (-0.5, 7), (1.0000001, 1e7), (0.0, 0.0), (-0.0, 3), (-0.0, 2),
             (-1, 1e300), (-1, -1e300), (3, 1e-10)]:
    try:
        print(repr(math.pow(x, y)), repr(x ** y) if not (x == 0 and y < 0) else "-")
    except OverflowError as e:
        print("OverflowError", e)

for x, y in [(5.5, 2), (-5.5, 2), (5.5, -2), (-5.5, -2), (1e300, 3), (7, 1e-300), (0.0, 1),
             (-0.0, 1), (1, 1e300), (2 ** 60, 7), (10 ** 20, 3.3), (6, 4), (3.25, 0.5)]:
    print(repr(math.fmod(x, y)), repr(math.remainder(x, y)), repr(x % y))
for k in range(-12, 13):
    x = k * 0.5
    print(repr(math.remainder(x, 1.0)), repr(math.remainder(x, -2.0)), repr(math.remainder(k, 3)), end="; ")
print()
print(math.remainder(1e308, 3e-308), math.remainder(3.0, 2.0 ** -1074), math.remainder(5e-324, 1e-323))

for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0.0, -1), (-0.0, -1), (0.0, 1), (-0.0, 0.0),
             (1e-300, 1e300), (3, 4), (1e300, 1e-300), (-2.5, 0.1)]:
    print(repr(math.atan2(y, x)), end=" ")
print()
print(math.copysign(3, -0.0), math.copysign(-3, 0.0), math.copysign(math.inf, -1),
      math.copysign(0.0, -math.nan), math.copysign(True, -2), math.copysign(10 ** 20, -1))
