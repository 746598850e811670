# hash() of ints, floats, tuples, frozensets, None-free determinism checks; unhashable errors.
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(1.0), hash(1.5), hash(-0.0), hash(float("inf")), hash(1e-300) == hash(1e-300))
print(hash(True), hash(False), hash(3 + 0j), hash((1, 2, 3)), hash(()), hash((0,)), hash(((1,), 2)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash((1, 2.0)) == hash((1.0, 2)))
print(hash(range(5)) == hash(range(0, 5, 1)), hash(("a", 1)) == hash(("a", 1)))
for bad in ([], {}, set(), bytearray(), ([],), {1: 2}.keys(), slice(1)):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


print(hash(H(42)), hash(H(-1)), hash(H(2 ** 64)), hash(H(True)))
try:
    hash(H(1.5))
except TypeError as e:
    print(type(e).__name__, e)
print(len({H(1), H(1)}), hash(H(7)) == 7)
print(hash.__name__, hash(hash) == hash(hash))
