# Instance vs class attributes: lookup order, shadowing, shared mutable class attrs.
class Counter:
    total = 0
    shared = []

    def __init__(self, name):
        self.name = name
        Counter.total += 1

    def add(self, x):
        self.shared.append((self.name, x))


a = Counter("a")
b = Counter("b")
print(Counter.total, a.total, b.total)
a.total = 100
print(Counter.total, a.total, b.total)
del a.total
print(a.total)
a.add(1)
b.add(2)
print(Counter.shared)
print(a.shared is b.shared)
b.shared = ["own"]
print(b.shared, Counter.shared)
print(sorted(a.__dict__))
print(sorted(k for k in Counter.__dict__ if not k.startswith("__")))
Counter.newattr = "late"
print(a.newattr, b.newattr)
try:
    print(a.missing)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.total
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(a, "name"), hasattr(a, "nope"))
print(getattr(a, "nope", "default"))
setattr(a, "dyn", 42)
print(a.dyn, a.__dict__["dyn"])
a.__dict__["direct"] = "via dict"
print(a.direct)
print(type(a).__name__, type(a) is Counter, a.__class__ is Counter)
print(Counter.__name__, Counter.__qualname__)


class Outer:
    class Inner:
        pass

    def method(self):
        pass


print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.method.__qualname__)
