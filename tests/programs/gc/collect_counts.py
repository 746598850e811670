# gc.collect() returns the number of unreachable objects it found.
import gc

gc.collect()


class Node:
    pass


def report(label):
    print(label, gc.collect())


a = Node(); a.me = a; del a
report("instance pointing at itself")
l = []; l.append(l); del l
report("list containing itself")
d = {}; d["d"] = d; del d
report("dict containing itself")
t = ([],); t[0].append(t); del t
report("tuple <-> list")
x, y = Node(), Node(); x.y = y; y.x = x; del x, y
report("two instances")
ring = [Node() for _ in range(10)]
for i, n in enumerate(ring):
    n.next = ring[(i + 1) % 10]
del ring, n
report("ring of ten")
outer = []
for i in range(5):
    inner = [outer]
    outer.append(inner)
del outer, inner
report("nested lists")
keep = []; keep.append(keep)
report("still referenced")
print(keep[0] is keep)
report("nothing")
