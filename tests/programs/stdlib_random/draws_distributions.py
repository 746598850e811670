# 10,000 draws of every real-valued distribution after fixed seeds.
import random

M = (1 << 64) - 1


def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 ^ hash(v)) & M
    return h


def report(name, values):
    print(name, values[:3], values[-1], sum(values), digest(values))


N = 10_000
random.seed(12345)
report("uniform(0, 1)", [random.uniform(0, 1) for _ in range(N)])
report("uniform(-5, 10)", [random.uniform(-5, 10) for _ in range(N)])
report("uniform(3, 3)", [random.uniform(3, 3) for _ in range(10)])
report("uniform(10, 2)", [random.uniform(10, 2) for _ in range(N)])
report("triangular()", [random.triangular() for _ in range(N)])
report("triangular(0, 10, 2)", [random.triangular(0, 10, 2) for _ in range(N)])
report("triangular(5, 1)", [random.triangular(5, 1) for _ in range(N)])
report("triangular(2, 2)", [random.triangular(2, 2) for _ in range(10)])
report("triangular(0, 1, 1)", [random.triangular(0, 1, 1) for _ in range(N)])

random.seed(2)
report("gauss()", [random.gauss() for _ in range(N)])
report("gauss(5, 2)", [random.gauss(5, 2) for _ in range(N + 1)])
report("gauss(mu=-1, sigma=0.5)", [random.gauss(mu=-1, sigma=0.5) for _ in range(N)])
report("normalvariate()", [random.normalvariate() for _ in range(N)])
report("normalvariate(100, 15)", [random.normalvariate(100, 15) for _ in range(N)])
report("lognormvariate(0, 1)", [random.lognormvariate(0, 1) for _ in range(N)])
report("lognormvariate(1, 0.25)", [random.lognormvariate(1, 0.25) for _ in range(N)])

random.seed(3)
report("expovariate(1)", [random.expovariate(1) for _ in range(N)])
report("expovariate(0.2)", [random.expovariate(0.2) for _ in range(N)])
report("expovariate(-3)", [random.expovariate(-3) for _ in range(N)])
report("paretovariate(3)", [random.paretovariate(3) for _ in range(N)])
report("paretovariate(0.5)", [random.paretovariate(0.5) for _ in range(N)])
report("weibullvariate(1, 2)", [random.weibullvariate(1, 2) for _ in range(N)])
report("weibullvariate(3, 0.7)", [random.weibullvariate(3, 0.7) for _ in range(N)])

random.seed(4)
report("gammavariate(0.3, 1)", [random.gammavariate(0.3, 1) for _ in range(N)])
report("gammavariate(0.9, 2)", [random.gammavariate(0.9, 2) for _ in range(N)])
report("gammavariate(1, 3)", [random.gammavariate(1, 3) for _ in range(N)])
report("gammavariate(2.5, 1)", [random.gammavariate(2.5, 1) for _ in range(N)])
report("gammavariate(200, 0.5)", [random.gammavariate(200, 0.5) for _ in range(N)])
report("betavariate(2, 3)", [random.betavariate(2, 3) for _ in range(N)])
report("betavariate(0.5, 0.5)", [random.betavariate(0.5, 0.5) for _ in range(N)])
report("betavariate(1, 1)", [random.betavariate(1, 1) for _ in range(N)])
report("betavariate(0.01, 5)", [random.betavariate(0.01, 5) for _ in range(N)])

random.seed(5)
report("vonmisesvariate(0, 0)", [random.vonmisesvariate(0, 0) for _ in range(N)])
report("vonmisesvariate(1, 4)", [random.vonmisesvariate(1, 4) for _ in range(N)])
report("vonmisesvariate(-2, 0.5)", [random.vonmisesvariate(-2, 0.5) for _ in range(N)])
report("vonmisesvariate(10, 1000)", [random.vonmisesvariate(10, 1000) for _ in range(N)])

# Ints and other numbers as parameters.
random.seed(6)
print(random.uniform(1, 2), random.gauss(1, 0), random.expovariate(2),
      random.normalvariate(0, 1), random.gammavariate(3, 1), random.paretovariate(2))
print(type(random.uniform(1, 1)).__name__, random.triangular(1, 3, 2))
