# Seeded random inputs (random.Random gives CPython's sequences), so
# every output line can be compared with CPython's.
import random
from fractions import Fraction as F
rng = random.Random(5)
alphabet = '0123456789._eE+-/ dD\t'
for i in range(1000):
    s = ''.join(rng.choice(alphabet) for _ in range(rng.randrange(0, 9)))
    try:
        r = F(s)
    except (ValueError, ZeroDivisionError) as e:
        r = type(e).__name__ + str(e)
    print(repr(s), r if not isinstance(r, F) or abs(r.numerator) < 10**1000 else 'big')
