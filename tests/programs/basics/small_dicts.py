# Dicts of a few keys (no index table up to eight slots) and the step
# past that size, with deletions, collisions and user __eq__ on the way.


class Key:
    """Equal keys with one hash, compared by a user __eq__."""

    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name})"


d = {}
for i in range(8):
    d[f"k{i}"] = i
print(d, len(d))
del d["k3"]
del d["k0"]
print(d, "k3" in d, "k4" in d, d.get("k0", "gone"))
d["k3"] = 33
d["new"] = 9
d["more"] = 10
print(list(d), len(d))
for i in range(20):
    d[i] = i * i
print(len(d), d[19], d["k3"], list(d)[:6])

# Same hash, different keys: -1 and -2 hash alike.
c = {-1: "a", -2: "b", 1.0: "one"}
print(c[-1], c[-2], c[1], c[True], len(c))
c[1] = "int one"
print(c)

# User __eq__ in a small dict, and in a large one.
a, a2, b = Key("a", 7), Key("a", 7), Key("b", 7)
small = {a: 1, b: 2}
print(small[a2], b in small, Key("c", 7) in small)
large = {i: i for i in range(12)}
large[a] = 1
large[b] = 2
print(large[a2], large[b], Key("c", 7) in large)

# popitem, clear, setdefault, pop across the size change.
p = {i: str(i) for i in range(6)}
print(p.popitem(), p.popitem(), p)
p.setdefault(10, "ten")
p.setdefault(0, "zero")
print(p.pop(1), p)
p.clear()
print(p, len(p))
for i in range(10):
    p[i] = i
for i in range(0, 10, 2):
    del p[i]
print(p, 4 in p, 5 in p)
p.update({i: -i for i in range(12)})
print(p)

# Keyword arguments arrive in small dicts.
def kw(**k):
    k["z"] = 0
    del k["a"]
    return k


print(kw(a=1, b=2, c=3), kw(a=1, **{f"x{i}": i for i in range(9)}))

# Deleting during iteration is still an error.
e = {1: 1, 2: 2}
try:
    for k in e:
        del e[k]
except RuntimeError as err:
    print(type(err).__name__, err)

# Equality and ordering ignore the table's form.
print({1: 2, 3: 4} == {3: 4, 1: 2}, dict.fromkeys("abcdefghij") == dict.fromkeys("jihgfedcba"))
