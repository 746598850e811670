# Dict insertion order preserved across updates, deletes, re-insertion and views.
d = {}
for k in "banana":
    d[k] = d.get(k, 0) + 1
print(d, list(d), list(d.values()), list(d.items()))
d["a"] = 100
print(d)
del d["b"]
d["b"] = 1
print(d)
d.update({"z": 0, "a": -1})
print(d)
print(d.pop("n"), d, d.pop("missing", "default"))
print(d.popitem(), d)
d.setdefault("q", [])
d["q"].append(1)
print(d)
keys = d.keys()
d["new"] = 5
print(keys, len(keys), "new" in keys)
print(list(reversed(d)), list(reversed(d.items())))
e = dict.fromkeys("cab", 0)
print(e, dict(sorted(e.items())))
m = {"x": 1} | {"y": 2, "x": 3}
m |= {"w": 4}
print(m)
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({2: 0, 1: 0}))
f = {k: v for k, v in zip("cba", range(3))}
print(f, min(f), max(f.values()))
try:
    d["nope"]
except KeyError as ex:
    print("KeyError:", ex)
