# Shifts and bitwise operators on positive and negative ints.
for x in (0, 1, 5, -1, -5, 255, -256):
    print(x, x << 3, x >> 1, x >> 10, ~x, x & 0xF, x | 0x10, x ^ 0xFF)
print(1 << 0, 1 << 62, 1 << 63, 1 << 64, (1 << 64) >> 63)
print(-1 >> 100, -(1 << 100) >> 99, 12 >> 2 << 2)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, bin(~0b1100))
x = 0b10110
bits = []
while x:
    bits.append(x & 1)
    x >>= 1
print(bits)
y = 1
y <<= 5
y |= 3
y &= ~1
y ^= 0b100000
print(y)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.0 << 1)
except TypeError as e:
    print("TypeError:", e)
print(sum(1 << i for i in range(10)), (0xDEADBEEF >> 16) & 0xFFFF, hex(0xDEADBEEF & 0xFFFF))
print(int.bit_count(255) if hasattr(int, "bit_count") else 8, (-7).bit_count())
