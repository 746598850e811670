# hash() of numbers: small ints, -1 special case, modulus 2**61-1 wraparound, floats equal to ints, tuples.
M = 2 ** 61 - 1
for n in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, -(10 ** 30)]:
    print(n, hash(n))
print(hash(True), hash(False), hash(1.0), hash(-1.0), hash(0.5), hash(-0.5), hash(1.5))
print(hash(2.0 ** 70) == hash(2 ** 70), hash(1e100) == hash(int(1e100)), hash(0.1))
print(hash(1 + 0j) == hash(1), hash(1j), hash(2 - 3j))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1,)))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(frozenset()) == hash(frozenset()), hash(None) == hash(None), hash(range(3)) == hash(range(0, 3)))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(M) == 0, hash(-M) == 0, hash(M + 5) == 5, hash(-(M + 5)) == -5)
d = {}
for k in [1, 1.0, True, 2 ** 61, 1 + 0j]:
    d[k] = d.get(k, 0) + 1
print(d)
print(len({0, 0.0, -0.0, False, 0j}), len({2 ** 61 - 1, 0}), {2 ** 61: "a", 1: "b"})
