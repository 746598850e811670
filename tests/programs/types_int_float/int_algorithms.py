# Integer-heavy algorithms: gcd, sieve, modular inverse, base conversion, digit sums, collatz lengths.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), gcd(2 ** 100, 6 ** 50), gcd(17, 31))
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
print(egcd(3, 11)[1] % 11, pow(3, -1, 11))


def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]


ps = sieve(200)
print(len(ps), ps[:10], ps[-3:], sum(ps))


def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n, b in [(255, 2), (255, 16), (-1000, 7), (2 ** 64, 36), (0, 5)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


best = max(range(1, 3000), key=collatz)
print(best, collatz(best), [collatz(i) for i in range(1, 11)])
print(sum(int(d) for d in str(2 ** 1000)), sum(int(d) for d in str(3 ** 500)))


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


print(isqrt(10 ** 40), isqrt(2 * 10 ** 30), isqrt(99), isqrt(1))
