# dict views: keys/values/items, liveness, set operations on keys and items, membership, reversed, errors.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(list(k), list(v), list(it), len(k))
del d["a"]
print(k, "a" in k, "b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(k & {"b", "x"}, sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}), type(k | {"z"}).__name__)
print(it & {("c", 3), ("c", 4)}, sorted(it | {("z", 0)}))
print(k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k.isdisjoint({"x"}), it == {("b", 2), ("c", 3), ("d", 4)})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
try:
    v & {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d2 = {"x": 1}
try:
    for key in d2:
        del d2[key]
        d2["y"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
print(d2)
print(v == v, d.values() == d.values(), d.keys() == d.keys(), sorted(d.keys()))
print(type(k).__name__, type(v).__name__, type(it).__name__)
m = {1: "one", 2: "two"}
for key, val in m.items():
    m[key] = val.upper()
print(m, list(zip(m.keys(), m.values())), dict(m.items()) == m)
print(sorted(set(k) | set()), len(it), {**d}, [*d.values()])
