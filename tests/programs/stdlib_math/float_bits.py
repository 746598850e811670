# frexp, ldexp, modf, nextafter, ulp, isclose, floor/ceil/trunc on
# floats: exact bit-level results, subnormals, rounding of ldexp.
import math

vals = [0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 1e-310, -5e-324, 5e-324, 2.2250738585072014e-308,
        2.225073858507201e-308, 1.7976931348623157e308, 123.456, -7.75, 2.0 ** 60, 1e22, 0.1]
for x in vals:
    m, e = math.frexp(x)
    print(repr(x), repr(m), e, math.ldexp(m, e) == x, math.modf(x), repr(math.ulp(x)))
    print("  ", repr(math.nextafter(x, math.inf)), repr(math.nextafter(x, -math.inf)),
          repr(math.nextafter(x, 0.0)), repr(math.nextafter(x, x)))

for x, i in [(1.5, -1074), (1.0, -1075), (1.5, -1075), (1.0000000000000002, -1074), (3.0, -1075),
             (0.75, -1073), (1.0, 1023), (1.9999999999999998, 1023), (0.5, 1025),
             (5e-324, 1074), (5e-324, 2000), (1e-310, 100), (1e300, -2000), (1e300, -2100),
             (123.0, -1080), (-1.5, -1074), (7.0, 0), (1.0, -1022), (1.0, -1074),
             (1.2345, -1060), (2.0 ** -1074, 2097), (3.0, True), (1.0, 10 ** 20 * 0 - 1),
             (1.0, -2 ** 70), (-3.5, -2 ** 63)]:
    print(repr(math.ldexp(x, i)), end=" ")
print()

print(math.nextafter(0.0, -0.0), math.nextafter(-0.0, 0.0), math.nextafter(0.0, 1), math.nextafter(-0.0, -1))
print(math.nextafter(1.7976931348623157e308, math.inf), math.nextafter(math.inf, 0),
      math.nextafter(-math.inf, 0), math.nextafter(math.nan, 1), math.nextafter(1, math.nan))
print(math.nextafter(5e-324, 0), math.nextafter(-5e-324, 0), math.nextafter(1, 2), math.nextafter(2 ** 53, 0))
print(math.ulp(math.inf), math.ulp(-math.inf), math.ulp(math.nan), math.ulp(1e308), math.ulp(2 ** 52))

tests = [(1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-10), (0.0, 0.0), (math.inf, math.inf),
         (math.inf, -math.inf), (math.nan, math.nan), (1e308, math.inf), (-0.0, 0.0),
         (100, 100.00001), (1e-320, 2e-320)]
for a, b in tests:
    print(math.isclose(a, b), math.isclose(a, b, rel_tol=1e-5), math.isclose(a, b, abs_tol=1e-9),
          math.isclose(a, b, rel_tol=0.0, abs_tol=0.0), end=" | ")
print()
print(math.isclose(1, 2, rel_tol=0.5), math.isclose(1, 2, rel_tol=0.4999), math.isclose(a=5, b=5))

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 1e300, -1e300, 4503599627370495.5, 2.0 ** 63, -2.0 ** 63,
          0.9999999999999999, -0.0, 1e-320, 123456789.99]:
    print(math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__, end="; ")
print()
print(math.isfinite(1e308), math.isfinite(math.inf), math.isinf(-math.inf), math.isinf(1e308),
      math.isnan(0.0), math.isfinite(10 ** 300), math.isinf(True))
