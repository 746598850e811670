# Arbitrary-precision int arithmetic: factorials, powers, floor division/modulo signs, repr of huge values.
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(2 ** 200)
print(-(3 ** 150))
print(f // 3 ** 10, f % 1000003)
a = 10 ** 30 + 7
b = -(10 ** 15) - 3
print(a + b, a - b, a * b)
print(a // b, a % b, divmod(a, b))
print((-a) // 7, (-a) % 7, a // -7, a % -7)
print(a ** 3)
print(pow(a, 5, 10 ** 9 + 7), pow(2, 10 ** 6, 1000))
print(abs(b), -b, +b, b * 0, b * -1)
print(a == 10 ** 30 + 7, a > b, a < 10 ** 31, a != a + 1)
print(int(str(f)) == f, len(str(f)), str(f)[:10])
fib = [0, 1]
for _ in range(200):
    fib.append(fib[-1] + fib[-2])
print(fib[-1])
print(fib[-1] % 10 ** 10, fib[-1] // fib[-2])
print(2 ** 100 / 2 ** 50, 10 ** 20 / 3, (10 ** 400) // (10 ** 398))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 / 10 ** 399)
print((10 ** 20) * 1.5, 10 ** 20 + 0.5, 2 ** 53 + 1.0)
print(hex(2 ** 16), oct(8 ** 10), bin(2 ** 40 - 1).count("1"))
print(sum(range(10 ** 6 - 10, 10 ** 6)), 7 ** 77 % 13)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(0 ** 0, (-2) ** 3, (-2) ** 64, 2 ** -1, (-8) ** -1)
