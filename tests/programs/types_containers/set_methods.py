# set methods: add/remove/discard/pop/clear/update variants, subset/superset/disjoint, copy, errors.
s = {3, 1, 2}
s.add(4)
s.add(1)
print(s, len(s))
s.remove(4)
s.discard(100)
s.discard(3)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
p = {5}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9], (8,)), a.intersection(range(3), [1, 2]), a.difference("x", {1}), a.issubset(range(10)))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, a.issuperset([1, 2]), a.isdisjoint({7, 8}))
c = set(a)
c.update([10], {11})
c.intersection_update(range(5), range(2, 12))
print(c)
c.difference_update({2})
c.symmetric_difference_update({3, 99})
print(c)
d = a.copy()
d.clear()
print(d, a, set(), type(set()).__name__, {()})
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.add({1})
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(set("hello")), set(range(5)), set([1, 1, 2]), set({"k": 1}), sorted({"b", "c", "a"}))
print({1, 2} == {2, 1}, {1} == frozenset({1}), {1, 2} != {1}, 1 in {1.0}, {0, False, 0.0})
print(repr(set()), str({1}), len({i % 3 for i in range(10)}), {x * x for x in range(-3, 4)})
