# Container membership and search use identity before equality: nan, custom __eq__, count/index/remove.
nan = float("nan")
lst = [nan, 1, 2]
print(nan in lst, float("nan") in lst, lst.count(nan), lst.index(nan))
try:
    lst.index(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
lst.remove(nan)
print(lst)


class Eq:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Eq.calls += 1
        return isinstance(other, Eq) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return f"Eq({self.v})"


a, b = Eq(1), Eq(1)
items = [Eq(0), a, Eq(2)]
print(a in items, Eq.calls)
print(b in items, Eq.calls)
print(items.count(b), items.index(b), Eq.calls)
items.remove(b)
print(items)
s = {a}
print(b in s, Eq(3) in s, {a: "x"}[b])
t = (nan,)
print(t == t, t == (nan,), [t] == [t], (float("nan"),) == (float("nan"),))
d = {nan: "nan key"}
print(d[nan], float("nan") in d, len({nan, nan, float("nan")}))


class AlwaysEq:
    def __eq__(self, o):
        return True

    __hash__ = None


print(AlwaysEq() in [1, 2], [1, 2].count(AlwaysEq()), [5, 6].index(AlwaysEq()))
print(1 in [1.0], True in [1], 0 in [False], "1" in [1], (1, 2) in [[1, 2]], [1, 2] in [(1, 2)])
print(None in [0, "", []], [] in [[]], {} in [{}], 2 in {1: 2}, 2 in {1: 2}.values())
