# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag, int conversion edges.
for v in [1.0, 1.5, -2.0, 0.0, 1e20, 0.1, float("inf"), float("nan"), -0.0]:
    print(repr(v), v.is_integer())
for v in [0.5, 0.1, -2.75, 1e20, 3.0, 0.0, 1 / 3, 2 ** -10]:
    print(repr(v), v.as_integer_ratio())
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in [1.0, 0.5, -0.1, 255.0, 0.0, -0.0, 1e-320, float("inf"), float("nan"), 3.14]:
    print(repr(v), v.hex())
for s in ["0x1p0", "0x1.8p1", "-0x1.fp-2", "0xA", "0x.8", "inf", "-nan", " 0x1p-1074 ", "0x1.ffffffffffffep+1023"]:
    print(repr(s), float.fromhex(s))
for s in ["0x", "0x1p", "1g", "0x1p99999"]:
    try:
        float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(float.fromhex((0.1).hex()) == 0.1)
print((2.5).real, (2.5).imag, (2.5).conjugate(), float(True), float(-7))
print(int(2.9999999999999996), int(-0.9), int(1e18), int(123456789.987))
print(float.__name__, type(1.0 * 2).__name__, type(3 / 3).__name__, type(2 ** -1).__name__)
print(max(0.1, 0.10000000000000001), 0.1 == 0.10000000000000001)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(1.0.__add__(2), (3.5).__floordiv__(2), (3.5).__mod__(-2), (7.0).__rtruediv__(14))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(0.0, 3))
