# dict methods: get/setdefault/update/pop/popitem/fromkeys/copy/clear, KeyError messages.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
d.update({"d": 4}, e=5)
d.update([("f", 6), ("a", 10)])
d.update(g=7)
print(d)
print(d.pop("a"), d.pop("zz", "dflt"), d.popitem(), d.popitem(), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.update([("x",)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
c = d.copy()
c["new"] = 1
print(d, c)
c.clear()
print(c, len(c))
print(dict(a=1, b=2), dict([("x", 1)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", (1, 2))), dict())
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
e = {}
e[(1, 2)] = "tuple"
e[None] = "none"
e[1.5] = "float"
e[True] = "bool"
print(e, e[1], 1 in e, 2 in e)
try:
    e[[1]] = 0
except TypeError as e2:
    print(type(e2).__name__, e2)
del e[None]
print(list(e), len(e))
try:
    del e["nope"]
except KeyError as e3:
    print(type(e3).__name__, e3)
