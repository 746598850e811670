# 10,000 draws each of random(), getrandbits(k), randrange, randint and
# randbytes after fixed seeds: first values, sums and a checksum of all.
import random

M = (1 << 64) - 1


def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 ^ hash(v)) & M
    return h


def report(name, values):
    print(name, values[:4], values[-1], sum(values), digest(values))


N = 10_000
random.seed(42)
report("random", [random.random() for _ in range(N)])

for k in [1, 2, 7, 8, 16, 31, 32, 33, 48, 53, 63, 64, 65, 96, 100, 128, 129, 1000]:
    random.seed(k)
    report("getrandbits(%d)" % k, [random.getrandbits(k) for _ in range(N)])
print(random.getrandbits(0), random.getrandbits(True))
random.seed(5)
big = random.getrandbits(20_000)
print(big.bit_length(), big % 1_000_000_007)

random.seed(7)
report("randrange(10)", [random.randrange(10) for _ in range(N)])
report("randrange(1)", [random.randrange(1) for _ in range(100)])
report("randrange(3, 17)", [random.randrange(3, 17) for _ in range(N)])
report("randrange(-50, 50, 7)", [random.randrange(-50, 50, 7) for _ in range(N)])
report("randrange(100, -100, -3)", [random.randrange(100, -100, -3) for _ in range(N)])
report("randrange(0, 10, 20)", [random.randrange(0, 10, 20) for _ in range(100)])
report("randrange(-10, -1)", [random.randrange(-10, -1) for _ in range(N)])
report("randrange(2**40)", [random.randrange(2**40) for _ in range(N)])
report("randrange(2**100)", [random.randrange(2**100) for _ in range(N)])
report("randrange(-2**70, 2**70, 3)", [random.randrange(-2**70, 2**70, 3) for _ in range(N)])
report("randrange(2**53+1)", [random.randrange(2**53 + 1) for _ in range(N)])
report("randrange(True, 5)", [random.randrange(True, 5) for _ in range(100)])

random.seed(8)
report("randint(1, 6)", [random.randint(1, 6) for _ in range(N)])
report("randint(-3, 3)", [random.randint(-3, 3) for _ in range(N)])
report("randint(0, 0)", [random.randint(0, 0) for _ in range(10)])
report("randint(0, 10**30)", [random.randint(0, 10**30) for _ in range(N)])
report("randint(-2**64, 2**64)", [random.randint(-2**64, 2**64) for _ in range(N)])

random.seed(9)
bs = [random.randbytes(n % 13) for n in range(N)]
print(bs[:5], sum(len(b) for b in bs), digest(int.from_bytes(b, "little") for b in bs))
print(random.randbytes(0), random.randbytes(1), random.randbytes(3), len(random.randbytes(1000)))

# random() always lies in [0, 1).
random.seed(10)
vals = [random.random() for _ in range(N)]
print(min(vals) >= 0.0, max(vals) < 1.0)
