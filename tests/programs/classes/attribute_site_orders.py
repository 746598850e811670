# One attribute site over instances whose dicts hold the same names in
# different orders, with names deleted, re-added and shadowing methods,
# and classes made in a loop (a new class may reuse a freed one's memory).
import gc


class P:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 20
            self.a = 10

    def m(self):
        return "method"


def read(objs):
    return [(o.a, o.b) for o in objs]


def write(objs, v):
    for o in objs:
        o.b = v
        o.a = v + 1


objs = [P(i % 2 == 0) for i in range(6)]
print(read(objs))
write(objs, 5)
print(read(objs))
del objs[0].a
try:
    print(read(objs))
except AttributeError as e:
    print("AttributeError", e)
objs[0].a = 99
objs[1].__dict__.clear()
objs[1].b = 7
objs[1].a = 8
print(read(objs))
objs[2].m = lambda: "shadow"
print([o.m() for o in objs[1:4]])
del objs[2].m
print([o.m() for o in objs[1:4]])
d = objs[3].__dict__
for k in list(d):
    del d[k]
for i in range(10):
    setattr(objs[3], "x%d" % i, i)
objs[3].a, objs[3].b = "A", "B"
print(read(objs), len(objs[3].__dict__))


def make(i):
    class K:
        def get(self):
            return i

        if i % 2:
            __slots__ = ("v",)

    return K


for i in range(6):
    k = make(i)()
    print(k.get(), end=" ")
    del k
    gc.collect()
print()
