# Dict keys of many hashable types: numeric equality collisions, tuples, frozensets, None, custom hashable objects.
d = {}
d[1] = "int"
d[1.0] = "float overwrites value, keeps key"
d[True] = "bool too"
print(d)
d[0] = "zero"
d[-0.0] = "neg zero"
d[0j] = "complex zero"
print(d)
d[(1, 2)] = "tuple"
d[frozenset({1})] = "fs"
d[None] = "none"
d["1"] = "str"
d[b"1"] = "bytes"
d[range(2)] = "range"
print(d)
print(d[(1, 2)], d[frozenset([1])], d[None], d[range(0, 2)], d[False], d[1 + 0j])


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return len(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()

    def __repr__(self):
        return f"Key({self.name!r})"


k = {Key("Ab"): 1}
k[Key("aB")] = 2
k[Key("cd")] = 3
print(k, Key("AB") in k, Key("abc") in k)
for bad in ([1], {1: 2}, {1}, bytearray(b"x"), ([1],)):
    try:
        {bad: 1}
    except TypeError as e:
        print(type(e).__name__, e)
print({(1, (2, 3)): "nested tuple"}[(1, (2, 3))], {(): "empty"}[()])
print(len({1, 1.0, True}), len({0, 0.0, False, -0.0}), len({"a", "a"}), {2 ** 61 - 1: "m"}.get(0))
dk = dict.fromkeys([3, 3.0, 3 + 0j])
print(dk)
print(sorted({"b": 1, "a": 2}), list({3: 0, 1: 0, 2: 0}))
