# int.bit_length, bit_count, bitwise ops on negative numbers, shifts, int.is_integer-like checks.
for n in [0, 1, 2, 3, 7, 8, 255, 256, -1, -8, -255, 2 ** 64 - 1, 2 ** 64, -(2 ** 100)]:
    print(n, n.bit_length(), n.bit_count())
print((-5) & 3, (-5) | 3, (-5) ^ 3, ~(-5))
print(-1 >> 10, -8 >> 1, -7 >> 1, 7 >> 1, 1 << 100)
print((2 ** 100) >> 98, (2 ** 100) & 0xFF, (2 ** 100 - 1) & (2 ** 64))
print(-(2 ** 70) >> 3, -(2 ** 70) & 0xFFFF, (2 ** 70) | 1)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(5 >> 1000, -5 >> 1000, 0 << 10000)
print((12).as_integer_ratio(), (-7).numerator, (-7).denominator, (3).real, (3).imag, (3).conjugate())
print(int.from_bytes(b"\x01\x00", "big"), True.bit_length(), (10).__sizeof__() > 0)
x = 0b1011_0110
print(x, bin(x), oct(x), hex(x), format(x, "08b"))
print(0o777, 0xAB, 0B101, 0O17, 0XfF, 1_000_000)
print(int.bit_length(1023), int.__name__)
masks = [(1 << i) - 1 for i in range(0, 70, 10)]
print([m.bit_length() for m in masks])
