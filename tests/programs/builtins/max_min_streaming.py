# min/max fetch, key and compare each item in turn (observable order),
# stop at the first error, and accept any iterable.


def noisy(items):
    for x in items:
        print("yield", x)
        yield x


def key(x):
    print("key", x)
    return -x


print(max(noisy([3, 1, 4]), key=key))
print(min(noisy([2, 7, 1]), key=key))


def failing():
    yield 1
    yield 2
    raise ValueError("boom after 2")


try:
    max(failing())
except ValueError as e:
    print("ValueError", e)


class Loud:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return "Loud(%d)" % self.v


print(max(Loud(i) for i in [2, 5, 1]))
print(min([Loud(4), Loud(2), Loud(3)]))
print(max(Loud(1), Loud(9), Loud(3)))

# Ties keep the first; the result is the item, not the key.
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(min("banana", key=ord))
print(max(range(10**6)), min(x % 7 for x in range(100, 200)))
print(max([], default="empty"), min(iter(()), default=None))
print(max(1.5, 2, True), min(-0.0, 0), max([float("nan"), 1.0]))
print(max({3: "a", 9: "b"}), min(frozenset({4, 2, 8})))

for bad in [lambda: max(), lambda: max(5), lambda: max(1, 2, default=0),
            lambda: max([1, "a"]), lambda: max([], key=abs),
            lambda: min(1, 2, bogus=3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# A comparison that raises stops the scan right there.
class Bad:
    def __gt__(self, other):
        raise RuntimeError("no order")

    def __repr__(self):
        return "Bad()"

try:
    max(noisy([Bad(), Bad(), Bad()]))
except RuntimeError as e:
    print("RuntimeError", e)
