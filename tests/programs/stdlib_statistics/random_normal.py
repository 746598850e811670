# Seeded random inputs (random.Random gives CPython's sequences), so
# every output line can be compared with CPython's.
import random
from statistics import NormalDist as N
rng = random.Random(5)
for i in range(600):
    mu = rng.uniform(-100, 100); sigma = rng.uniform(0.01, 50)
    d = N(mu, sigma)
    p = rng.choice([rng.random(), rng.random() * 1e-10, 1 - rng.random() * 1e-12, 0.5 + rng.uniform(-0.43, 0.43)])
    if not 0 < p < 1: continue
    x = rng.uniform(-200, 200)
    print(d.inv_cdf(p), d.cdf(x), d.pdf(x), d.zscore(x), d.overlap(N(rng.uniform(-50, 50), rng.uniform(0.1, 30))))
