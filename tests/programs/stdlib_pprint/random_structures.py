# Seeded random inputs (random.Random gives CPython's sequences), so
# every output line can be compared with CPython's.
import random, pprint
from collections import OrderedDict, defaultdict, Counter, deque
rng = random.Random(12345)
def scalar():
    k = rng.randrange(8)
    if k == 0: return rng.randrange(-10**rng.randrange(1, 25), 10**rng.randrange(1, 25))
    if k == 1: return rng.random() * 10 ** rng.randrange(-5, 5)
    if k == 2: return ''.join(rng.choice('ab cd\nef\t"\'xyz') for _ in range(rng.randrange(0, 60)))
    if k == 3: return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 30)))
    if k == 4: return None
    if k == 5: return rng.choice([True, False])
    if k == 6: return complex(rng.randrange(10), rng.randrange(10))
    return 'w' * rng.randrange(1, 12) + ' ' + 'v' * rng.randrange(1, 12)
def build(depth):
    if depth == 0 or rng.random() < 0.3:
        return scalar()
    k = rng.randrange(9)
    n = rng.randrange(0, 7)
    if k == 0: return [build(depth - 1) for _ in range(n)]
    if k == 1: return tuple(build(depth - 1) for _ in range(n))
    if k == 2: return {rng.choice(['k', 'key', 'a_long_key_name', 'z']) + str(i): build(depth - 1) for i in range(n)}
    if k == 3: return set(rng.randrange(1000) for _ in range(n))
    if k == 4: return frozenset('s%d' % rng.randrange(100) for _ in range(n))
    if k == 5: return OrderedDict(('o%d' % i, build(depth - 1)) for i in range(n))
    if k == 6: return deque([build(depth - 1) for _ in range(n)], maxlen=rng.choice([None, 10]))
    if k == 7: return Counter({'c%d' % i: rng.randrange(5) for i in range(n)})
    return defaultdict(list, {i: build(depth - 1) for i in range(n)})
for trial in range(100):
    obj = build(rng.randrange(1, 5))
    kw = dict(width=rng.choice([1, 5, 10, 20, 40, 60, 80, 120]), indent=rng.choice([0, 1, 2, 4]),
              compact=rng.choice([False, True]), sort_dicts=rng.choice([False, True]),
              depth=rng.choice([None, None, 1, 2, 3]), underscore_numbers=rng.choice([False, True]))
    print(trial, kw)
    print(pprint.pformat(obj, **kw))
    print(pprint.saferepr(obj), pprint.isreadable(obj))
