from fractions import Fraction as F
import random
rng = random.Random(3)
vals = [0, 1, -1, 2, -2, 2**61-1, 2**61-2, 2**61, -(2**61-1), 2**64, -2**64, 10**30, -10**30, 2**122, 3*(2**61-1)]
vals += [rng.randrange(-2**130, 2**130) for _ in range(200)]
print([hash(F(v)) for v in vals])
print([hash(F(v)) == hash(v) for v in vals].count(False))
print([hash(F(v, d)) for v in vals[:20] for d in (2, 3, 2**61-1, 2*(2**61-1), 10**20)])
