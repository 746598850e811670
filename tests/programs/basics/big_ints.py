# Arbitrary-precision integers: growth, mixed signs, division, pow, str conversion.
n = 1
for i in range(1, 31):
    n *= i
print("30! =", n)
print(2 ** 100, -(2 ** 100), 2 ** 64 - 1, 2 ** 63)
big = 10 ** 40 + 7
print(big, big * big, big - 10 ** 40)
print(big // 3, big % 3, -big // 3, -big % 3, big // -7, big % -7)
print(divmod(2 ** 200, 3 ** 50))
print(pow(3, 200), pow(3, 200, 1000007), pow(2, -1, 7))
print((2 ** 100).bit_length(), len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(2 ** 100 == 2 ** 100, 2 ** 100 > 2 ** 99, -(2 ** 100) < 1)
print(format(2 ** 80, "x"), len(hex(2 ** 80)), bin(2 ** 70 + 1)[-5:], oct(8 ** 30))
print(int("123456789012345678901234567890") + 1)
print((2 ** 130) >> 100, 1 << 130, (2 ** 130) & (2 ** 130 - 1), (2 ** 130) | 1)
print(-(2 ** 130) >> 100, ~(2 ** 100), (-(2 ** 100)) & 0xFFFF, (-(2 ** 70)) ^ 5)
a, b = 0, 1
for _ in range(150):
    a, b = b, a + b
print("fib(150) =", a)
print(abs(-(10 ** 30)), float(2 ** 80), 2 ** 80 / 2 ** 78, 10 ** 30 // 10 ** 29)
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 25)
print(int(1e20), int(-1.5e19), 10 ** 20 == 1e20, 10 ** 22 + 1 == 1e22)
x = 12345678901234567890
print(x * -x, x * 0, -x * -x == x * x, (x * x) // x == x)
