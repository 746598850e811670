# factorial, comb, perm, isqrt, gcd and lcm on small and huge ints, bools
# and int subclasses; results are exact ints.
import math

print([math.factorial(n) for n in range(25)])
print(math.factorial(100))
f = math.factorial(1000)
print(len(str(f)), f % (10 ** 9 + 7), str(f)[:30])
f = math.factorial(20000)
print(f.bit_length(), f % 1000000007, (f >> 100000) % 999983)
print(math.factorial(True), math.factorial(False), type(math.factorial(True)).__name__)

print([math.comb(10, k) for k in range(12)])
print([math.perm(10, k) for k in range(12)])
print(math.perm(5), math.perm(0), math.perm(5, None), math.comb(0, 0))
print(math.comb(100, 50), math.perm(30, 20))
print(math.comb(1000, 500) % 10 ** 12, math.comb(1000, 500).bit_length())
print(math.comb(10 ** 20, 3), math.comb(10 ** 20, 10 ** 20 - 2))
print(math.perm(10 ** 20, 3), math.comb(2 ** 100, 1), math.perm(2 ** 100, 1))
print(math.comb(10 ** 20, 10 ** 20 + 1), math.perm(10 ** 20, 10 ** 20 + 1), math.comb(5, 10 ** 30))
print(math.comb(67, 33), math.comb(68, 34), math.comb(200, 100) % 10 ** 15)
print(math.perm(2 ** 62, 2), math.comb(2 ** 62, 2), math.comb(2 ** 63 - 1, 3))
print(math.comb(3000, 1500) % 999999937)
print(sum(math.comb(40, k) for k in range(41)) == 2 ** 40)

for n in [0, 1, 2, 3, 4, 15, 16, 17, 24, 25, 99, 100, 2 ** 32 - 1, 2 ** 32,
          2 ** 52 + 1, 2 ** 64 - 1, 2 ** 64, 10 ** 30, 10 ** 100 + 12345]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
big = 7 ** 1000
r = math.isqrt(big)
print(r % 10 ** 20, r * r <= big < (r + 1) ** 2, math.isqrt(True))

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18, -27))
print(math.gcd(0, 0), math.gcd(0, -5), math.gcd(2 ** 100, 6 ** 50), math.gcd(True, 4))
print(math.gcd(3 ** 200 * 5, 3 ** 150 * 7) == 3 ** 150, math.gcd(1, 10 ** 50, 2.5 if False else 7))
print(math.lcm(), math.lcm(0), math.lcm(-12), math.lcm(4, 6), math.lcm(-4, 6, 10))
print(math.lcm(0, 5), math.lcm(5, 0, 7), math.lcm(2 ** 64, 3 ** 40), math.lcm(True, 7))
print(type(math.gcd(True)).__name__, type(math.lcm(False)).__name__)

class I(int):
    pass

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(math.factorial(I(6)), math.comb(I(6), Idx(2)), math.perm(Idx(6), I(2)))
print(math.isqrt(Idx(99)), math.gcd(Idx(12), I(8)), math.lcm(Idx(3), Idx(5)))
print(type(math.isqrt(I(10))).__name__, type(math.gcd(I(10))).__name__)
