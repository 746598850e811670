# iter() with one argument and with a callable+sentinel, next() with defaults, StopIteration behaviour.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
print(list(iter(lambda: 1, 1)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next("abc")
except TypeError as e:
    print(type(e).__name__, e)
d = {"x": 1, "y": 2}
di = iter(d)
print(next(di), list(di), type(iter(d.items())).__name__)
s = iter("hé")
print(next(s), next(s), next(s, "end"))
nums = iter(range(10))
print([next(nums) for _ in range(3)], next(nums), sum(nums))
gen = (c for c in "xy")
print(iter(gen) is gen, next(gen), next(gen), next(gen, "gen done"))


class Count:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 2
        return self.n


print(list(iter(Count(), 10)))
print([type(iter(x)).__name__ for x in ([], (), b"", {}, set(), range(1), bytearray())])
