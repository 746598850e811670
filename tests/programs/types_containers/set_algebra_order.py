# Set algebra in CPython's table order: operators, in-place operators and
# methods on random sets, lists and dicts (the order printed is the table's).
import random
random.seed(5)
for trial in range(120):
    a = set(random.sample(range(1000), random.randint(0, 120)))
    b = set(random.sample(range(1000), random.randint(0, 30)))
    fa = frozenset(a); fb = frozenset(b)
    for x in (a - b, fa - fb, a & b, a | b, a ^ b, {str(v) for v in a} - {str(v) for v in b}):
        print(list(x)[:8], len(x), a <= b, a < b, a >= b, a > b, a == b, a != b)
random.seed(11)
for trial in range(80):
    a = set(random.sample(range(1000), random.randint(0, 120)))
    b = set(random.sample(range(1000), random.randint(0, 60)))
    c = list(random.sample(range(1000), random.randint(0, 20)))
    outs = []
    x = set(a); x |= b; outs.append(x)
    x = set(a); x -= b; outs.append(x)
    x = set(a); x &= b; outs.append(x)
    x = set(a); x ^= b; outs.append(x)
    outs += [a.union(b, c), a.difference(b, c), a.intersection(b, c), a.symmetric_difference(c),
             frozenset(a) | frozenset(c), set(c) - a]
    x = set(a); x.update(c, b); outs.append(x)
    x = set(a); x.difference_update(c); outs.append(x)
    x = set(a); x.intersection_update(c); outs.append(x)
    x = set(a); x.symmetric_difference_update(c); outs.append(x)
    for o in outs:
        print(list(o)[:6], len(o))
    print(a.issubset(c), a.issuperset(c), a.isdisjoint(b))
words = {"alpha", "beta", "gamma", "delta", "epsilon"}
print(sorted(words & {"beta", "zeta"}), list(words - {"beta"}) == [w for w in words if w != "beta"])
d = {"gamma": 1, "omega": 2}
print(words.difference(d) == words - set(d), words.intersection(d), words.symmetric_difference(d) == words ^ set(d))
s = set(range(10)); s ^= s; print(s)
s = set(range(5)); s.symmetric_difference_update(s); print(s)
try:
    s = {1}; s |= [2]
except TypeError as e:
    print(e)
class S(set):
    pass
print(type(S([1]) | {2}).__name__, type(S([1]).union([2])).__name__, type(frozenset([1]) | {2}).__name__)
