# Seeded random inputs (random.Random gives CPython's sequences), so
# every output line can be compared with CPython's.
import random
from array import array
rng = random.Random(7)
codes = 'bBhHiIlLqQfdu'
def val(c):
    if c == 'u': return rng.choice(['a', 'é', '€', 'ab', 1])
    if c in 'fd': return rng.choice([rng.uniform(-1e3, 1e3), 1e300, -0.0, 3, 'x'])
    return rng.choice([rng.randrange(-300, 300), rng.randrange(-2**70, 2**70), rng.randrange(0, 2**64), 1.5, True])
for trial in range(500):
    c = rng.choice(codes)
    try:
        a = array(c, [val(c) for _ in range(rng.randrange(0, 6))])
    except Exception as e:
        print(trial, 'init', type(e).__name__, e); continue
    op = rng.randrange(14)
    try:
        if op == 0: a.append(val(c))
        elif op == 1: a.insert(rng.randrange(-8, 8), val(c))
        elif op == 2: r = a.pop(rng.randrange(-8, 8)); print(' popped', r)
        elif op == 3: a[rng.randrange(-8, 8)] = val(c)
        elif op == 4: a[rng.randrange(-8, 8):rng.randrange(-8, 8):rng.choice([1, 2, -1, -2])] = array(c, a[:rng.randrange(0, 4)])
        elif op == 5: del a[rng.randrange(-8, 8):rng.randrange(-8, 8):rng.choice([1, 2, -1, -3])]
        elif op == 6: print(' ', a[rng.randrange(-8, 8):rng.randrange(-8, 8):rng.choice([1, 3, -1, -2])])
        elif op == 7: a.extend([val(c) for _ in range(3)])
        elif op == 8: print(' ', a.index(val(c)), a.count(val(c)))
        elif op == 9: a.remove(val(c))
        elif op == 10: a.byteswap(); print(' ', a.tobytes().hex())
        elif op == 11: print(' ', a == array(c, a), a < array(rng.choice(codes.replace('u', '')), [1, 2]))
        elif op == 12: a *= rng.randrange(-1, 3); a += array(c, a)
        else: print(' ', a.tolist(), list(reversed(a)))
    except Exception as e:
        print(trial, op, type(e).__name__, e)
    try:
        print(trial, repr(a), len(a))
    except Exception as e:
        print(trial, 'repr', type(e).__name__, e)
