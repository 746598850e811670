# __missing__ on dict subclasses: called by [] only, not by get/in; default-dict-like behaviour.
class Default(dict):
    def __init__(self, factory, *a, **k):
        super().__init__(*a, **k)
        self.factory = factory

    def __missing__(self, key):
        print("missing", key)
        v = self[key] = self.factory()
        return v


d = Default(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d)
print(d.get("c"), "c" in d, d.get("c", "dflt"))
print(dict(d))


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))
print(c["zzz"], "zzz" in c, len(c))


class Echo(dict):
    def __missing__(self, key):
        return key.upper() if isinstance(key, str) else key


e = Echo(x=1)
print(e["x"], e["y"], e[5])
print("{x} {y}".format_map(e))


class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key!r}")


try:
    Raising()["q"]
except LookupError as ex:
    print(type(ex).__name__, ex)


class NotCalled(dict):
    def __missing__(self, key):
        print("should not be called by pop/setdefault")
        return None


nc = NotCalled()
print(nc.setdefault("k", 1), nc.pop("z", "popdef"))
try:
    nc.pop("z")
except KeyError as ex:
    print(type(ex).__name__, ex)


class Plain(dict):
    pass


try:
    Plain()["none"]
except KeyError as ex:
    print(type(ex).__name__, ex)
d2 = Default(int, {"pre": 5})
d2["new"] += 1
print(d2, type(d2).__name__, isinstance(d2, dict))
