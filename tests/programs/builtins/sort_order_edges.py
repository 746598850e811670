# The order sorting, min and max use for ints, strs and tuples (a fast path)
# agrees with the general comparison: nan in tuples, prefixes, mixed types,
# user classes inside tuples.
import math
x = float('nan')
print((x, 1) < (x, 2), (float('nan'), 1) < (float('nan'), 2), (1, x) < (1, 2), (1, 2) < (1, 2, 0), () < (0,), (2,) < (1, 9))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a', 0), (1, 'a')]))
print(sorted(['b', 'a', 'ab', '', 'é', 'z', '\U0001f600', 'Z']), 'a' < 'b', 'é' < 'z')
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __eq__(self, o): return self.v == o.v
print([k.v for k in sorted([K(1), K(3), K(2)])], sorted([(K(1), 1), (K(1), 0)], key=lambda t: t[1])[0][1])
print(sorted([(1, K(2)), (1, K(3))], )[0][1].v)
try:
    sorted([(1, 'a'), (1, 2)])
except TypeError as e:
    print(e)
print(min([(3, 'c'), (1, 'z'), (1, 'a')]), max(['x', 'xy', 'w']))
