# Random instances, getstate/setstate, subclasses choosing _randbelow,
# the native _random.Random, and SystemRandom's shape.
import random
import _random

# Instances are independent of each other and of the module's generator.
a = random.Random(42)
b = random.Random(42)
random.seed(42)
xa = [a.random() for _ in range(5)]
print(xa == [b.random() for _ in range(5)], xa == [random.random() for _ in range(5)])
a.random()
print(a.random() != b.random())
c = random.Random("seed me")
print(c.random(), c.randint(1, 100), c.choice("xyz"), c.gauss(), c.sample(range(10), 3))
print(random.Random().random() != random.Random().random())
print(type(random.Random()).__mro__[1] is _random.Random, random.Random.__module__)
print(isinstance(a, _random.Random), issubclass(random.SystemRandom, random.Random))

# getstate/setstate round trip, including a pending gauss value.
r = random.Random(2024)
r.gauss()
st = r.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[2] is not None)
first = [r.random(), r.gauss(), r.gauss(), r.getrandbits(77), r.randrange(1000)]
r.setstate(st)
print(first == [r.random(), r.gauss(), r.gauss(), r.getrandbits(77), r.randrange(1000)])
other = random.Random()
other.setstate(st)
print(first == [other.random(), other.gauss(), other.gauss(), other.getrandbits(77), other.randrange(1000)])

random.seed(99)
s = random.getstate()
v1 = [random.random() for _ in range(1000)]
random.setstate(s)
print(v1 == [random.random() for _ in range(1000)])

# The index moves through 624 words; state after a fresh seed is at 624.
r = random.Random(0)
print(r.getstate()[1][-1], r.getstate()[1][:3])
r.random()
print(r.getstate()[1][-1])
for _ in range(400):
    r.random()
print(r.getstate()[1][-1])

# Version 2 states (signed words) are converted.
r = random.Random(5)
version, words, g = r.getstate()
signed = tuple(w - 2**32 if w >= 2**31 else w for w in words[:-1]) + (words[-1],)
x = r.random()
r.setstate((2, signed, None))
print(r.random() == x)

# A state made by hand.
r.setstate((3, tuple(range(624)) + (624,), None))
print(r.random(), r.getrandbits(32))
r.setstate((3, (0,) * 624 + (0,), 1.25))
print(r.random(), r.gauss())

# Bad states.
for bad in [(4, words, None), (1, words, None)]:
    try:
        r.setstate(bad)
    except ValueError as e:
        print("ValueError", e)
for bad_words in [list(words), words[:-1], words + (0,), (1.5,) + words[1:],
                  (-1,) + words[1:], (2**64,) + words[1:], words[:-1] + (625,),
                  words[:-1] + (-1,), words[:-1] + (2**64,), words[:-1] + (1.0,),
                  ("x",) + words[1:]]:
    try:
        r.setstate((3, bad_words, None))
        print("accepted")
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
# Words past 32 bits keep their low 32 bits.
r.setstate((3, (2**40 + 7,) + words[1:], None))
print(r.getstate()[1][0])

# The native class alone.
n = _random.Random(42)
print(n.random(), n.getrandbits(40), len(n.getstate()), n.getstate()[-1])
n.seed(42)
print(n.random())
st = n.getstate()
after = n.random()
n.setstate(st)
print(n.random() == after, n.getstate() != st)
print(_random.Random.__name__, _random.Random.__module__)


# Subclasses: random() only -> _randbelow uses random(); getrandbits -> it.
class HalfRandom(random.Random):
    def random(self):
        return 0.5


h = HalfRandom(1)
print(h._randbelow == h._randbelow_without_getrandbits, h.randrange(100), h.choice("abcdef"),
      h.uniform(0, 10), h.triangular(), h.choices("abc", k=3))


class Counter(random.Random):
    def __init__(self):
        super().__init__(0)
        self.calls = 0

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)


c = Counter()
print(c._randbelow == c._randbelow_with_getrandbits, c.randrange(10**6), c.calls,
      c.sample(range(100), 5), c.calls)


class Both(random.Random):
    def random(self):
        return super().random()

    def getrandbits(self, k):
        return super().getrandbits(k)


class Inherits(HalfRandom):
    pass


print(Both._randbelow is Both._randbelow_with_getrandbits,
      Inherits._randbelow is Inherits._randbelow_without_getrandbits)


class Explicit(random.Random):
    def _randbelow(self, n):
        return n - 1


e = Explicit(3)
print(e.randrange(10), e.choice("abc"), e.sample(range(5), 2))

# A subclass taking other constructor arguments.
class Seeded(random.Random):
    def __init__(self, a, b, *, c=0):
        super().__init__(a + b + c)


print(Seeded(1, 2, c=3).random() == random.Random(6).random())


# A subclass of the native class directly.
class Raw(_random.Random):
    pass


print(Raw(42).random(), Raw().getstate()[-1])


# gauss_next is an ordinary attribute.
r = random.Random(1)
r.gauss_next = 3.0
print(r.gauss(), r.gauss_next)
print(random.Random.VERSION, random.Random(1).getstate()[0])
print(random.Random(1).__reduce__()[0] is random.Random, random.Random(1).__reduce__()[1])

# SystemRandom: OS entropy, no state.
sr = random.SystemRandom()
vals = [sr.random() for _ in range(100)]
print(all(0.0 <= v < 1.0 for v in vals), len(set(vals)) > 90)
print(sr.getrandbits(0), 0 <= sr.getrandbits(7) < 128, sr.getrandbits(200).bit_length() <= 200)
print(len(sr.randbytes(16)), sr.randbytes(0), 0 <= sr.randrange(10) < 10, sr.seed(5))
print(len(sr.sample(range(100), 10)), sr.choice([1]))
for name in ["getstate", "setstate"]:
    try:
        getattr(sr, name)(1) if name == "setstate" else sr.getstate()
    except NotImplementedError as e:
        print("NotImplementedError", e)
try:
    sr.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)

print(sorted(random.__all__))
print([name for name in random.__all__ if not hasattr(random, name)])
print(random.BPF, random.RECIP_BPF, random.TWOPI, random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST)
