# Seeded random inputs (random.Random gives CPython's sequences), so
# every output line can be compared with CPython's.
import random, statistics as st, math
from fractions import Fraction as F
rng = random.Random(99)
def rfrac():
    k = rng.randrange(4)
    if k == 0: return F(rng.randrange(-10**rng.randrange(1, 30), 10**rng.randrange(1, 30)), rng.randrange(1, 10**rng.randrange(1, 30)))
    if k == 1: return F(rng.random() * 10 ** rng.randrange(-20, 20))
    if k == 2: return F(rng.randrange(-100, 100))
    return F('%d.%de%d' % (rng.randrange(-999, 999), rng.randrange(1000), rng.randrange(-30, 30)))
def rother():
    k = rng.randrange(4)
    if k == 0: return rng.randrange(-10**rng.randrange(1, 20), 10**rng.randrange(1, 20))
    if k == 1: return rng.uniform(-1e6, 1e6)
    if k == 2: return rfrac()
    return complex(rng.uniform(-5, 5), rng.uniform(-5, 5))
ops = ['+', '-', '*', '/', '//', '%', '**', '<', '<=', '==', '!=', 'divmod']
for i in range(500):
    a = rfrac(); b = rother() if rng.random() < 0.5 else rfrac()
    op = rng.choice(ops)
    if op == '**':
        b = rng.choice([rng.randrange(-5, 6), F(rng.randrange(-3, 4), rng.randrange(1, 3)), rng.uniform(-2, 2)])
    try:
        if op == 'divmod': r = divmod(a, b)
        elif op == '**': r = a ** b
        else: r = eval('a %s b' % op) if rng.random() < 0.5 else eval('b %s a' % op)
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(i, op, r)
    if i % 10 == 0:
        print(hash(a), round(a), round(a, 3), round(a, -2), math.floor(a), math.ceil(a), int(a), float(a), a.limit_denominator(rng.randrange(1, 10**6)))
for i in range(50):
    n = rng.randrange(1, 40)
    kind = rng.randrange(4)
    if kind == 0: data = [rng.randrange(-1000, 1000) for _ in range(n)]
    elif kind == 1: data = [rng.uniform(-1e3, 1e3) * 10 ** rng.randrange(-10, 10) for _ in range(n)]
    elif kind == 2: data = [rfrac() for _ in range(n)]
    else: data = [rng.choice([rng.randrange(100), rng.random(), F(rng.randrange(10), 7)]) for _ in range(n)]
    out = []
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.pvariance, st.pstdev, st.variance, st.stdev, st.harmonic_mean, st.geometric_mean, st.quantiles):
        try:
            out.append(repr(fn(data)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(i, ' | '.join(out))
