# Big integer arithmetic: factorial, large Fibonacci, powers, str() of big ints.
# (CPython 3.11 refuses str()/int() of ints over 4300 digits, so those stay smaller.)


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def digit_sum(n):
    return sum(ord(c) - 48 for c in str(n))


def pi_digits(n):
    # Spigot (Gibbons) algorithm: exact big-int arithmetic only.
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(str(d) for d in out)


def lcg64(n):
    # Many small multi-digit ints: 64-bit state, 128-bit products.
    x = 12345
    acc = 0
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        acc ^= x >> 17
    return acc


def to_str(n):
    # str() and int() round trips of ints of a few hundred to ~4000 digits.
    total = 0
    base = 7 ** 4000
    for i in range(n):
        v = base // (i + 1) + i * 10 ** (i % 300)
        s = str(v)
        total += len(s) + int(s[-9:])
        if int(s) != v:
            total -= 1
    return total


def main():
    f = factorial(FACT_N)
    s1 = (f >> 5000) % 1000000007
    s2 = digit_sum(factorial(1400))
    g = fib(FIB_N)
    s3 = (g * g - fib(FIB_N - 1) * fib(FIB_N + 1)) % 1000000007
    p = pow(3, POW_E) - pow(7, POW_E // 2) * 5 ** 1000
    s4 = p % 1000000007
    s5 = pow(12345678901234567890, 65537, (1 << 521) - 1) % 1000000007
    q, r = divmod(f, g)
    s6 = (q ^ r) % 999983
    s7 = lcg64(LCG_N)
    s8 = to_str(STR_N)
    pd = pi_digits(PI_DIGITS)
    print("bigints", s1, s2, s3, s4, s5, s6, s7, s8, pd[-10:])


FACT_N = 20000
FIB_N = 100000
POW_E = 200000
LCG_N = 1000000
STR_N = 1500
PI_DIGITS = 3000
main()
