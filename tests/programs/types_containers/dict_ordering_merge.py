# dict insertion order, re-insertion after deletion, | and |= merge, ** unpacking, comparison ignoring order.
d = {}
for key in ["z", "a", "m", "b"]:
    d[key] = len(d)
print(d, list(d))
d["a"] = 99
print(d)
del d["z"]
d["z"] = "back"
print(d)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
a |= b
print(a)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({**b, **{"y": "override"}, "n": None}, {"first": 1, **b, "z": "last"})
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0}, {1: "x"} == {True: "x"})
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
print(dict(sorted({"b": 1, "a": 2, "c": 0}.items())), dict(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1])))
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
counts = {}
for w in "the quick the lazy the end quick".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda w: (-counts[w], w)))
e = {1: "a", 2: "b", 3: "c"}
print(e.popitem(), list(e), next(iter(e)), list(e.items())[-1])
print({k: v for k, v in zip(range(5), "abcde") if k % 2}, dict.fromkeys([3, 1, 3, 2]))
