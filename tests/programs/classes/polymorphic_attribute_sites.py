# One attribute site seeing instances of several classes (the site caches
# an entry per class), while classes change under it: methods replaced,
# properties added, instance attributes shadowing methods, slots.


class A:
    kind = "a"

    def area(self):
        return 1


class B(A):
    def area(self):
        return 2


class C:
    __slots__ = ("v",)

    def __init__(self):
        self.v = 3

    def area(self):
        return self.v


class D(B):
    @property
    def area(self):
        return lambda: 4


class E:
    def area(self):
        return 5


objs = [A(), B(), C(), D(), E()]


def areas():
    return [o.area() for o in objs]


def kinds():
    return [getattr(o, "kind", "-") for o in objs]


def read_all(attr):
    out = []
    for o in objs:
        try:
            out.append(getattr(o, attr))
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
    return out


for step in range(6):
    print(step, areas(), kinds())
    if step == 0:
        A.area = lambda self: 10
    elif step == 1:
        B.area = lambda self: 20
        A.kind = "A"
    elif step == 2:
        objs[0].area = lambda: 100
    elif step == 3:
        del objs[0].area
        E.kind = "e"
    elif step == 4:
        del B.area
        objs.append(B())


def store_all(value):
    for o in objs:
        try:
            o.v = value
        except AttributeError as e:
            print("AttributeError:", e)
    return [getattr(o, "v", None) for o in objs]


print(store_all(1))
print(store_all(2))
C.__init__ = lambda self: None
print(read_all("v"))
total = 0
for i in range(3000):
    o = objs[i % len(objs)]
    total += o.area() + len(o.__class__.__name__)
print(total)
