# copy.deepcopy: nesting, sharing, cycles, memo and __deepcopy__.
import copy

x = {"a": [1, 2, {"b": (3, [4])}], "c": (5, 6)}
y = copy.deepcopy(x)
print(y == x, y is x, y["a"] is x["a"], y["a"][2]["b"][1] is x["a"][2]["b"][1])
print(y["c"] is x["c"])
shared = [1]
z = copy.deepcopy([shared, shared])
print(z, z[0] is z[1], z[0] is shared)

l = [1, 2]
l.append(l)
m = copy.deepcopy(l)
print(m[2] is m, m is not l, len(m))
d = {}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e)
t = ([],)
t[0].append(t)
u = copy.deepcopy(t)
print(u[0][0] is u, u is not t)

class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
        self.parent = None
root = Node(0)
for i in range(1, 4):
    child = Node(i)
    child.parent = root
    root.children.append(child)
r2 = copy.deepcopy(root)
print([c.v for c in r2.children], r2.children[0].parent is r2, r2 is not root)

class Custom:
    def __init__(self, v):
        self.v = v
    def __deepcopy__(self, memo):
        print("deepcopy with memo", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
c = copy.deepcopy([Custom([1])])
print(c[0].v)

memo = {}
a = [1, [2]]
b = copy.deepcopy(a, memo)
print(id(a) in memo, memo[id(a)] is b)
print(copy.deepcopy(a, memo) is b)

class Method:
    def __init__(self):
        self.x = 1
    def get(self):
        return self.x
o = Method()
bm = copy.deepcopy(o.get)
print(bm(), bm.__self__ is not o)

print(copy.deepcopy((1, 2, "a")) == (1, 2, "a"))
tt = (1, 2)
print(copy.deepcopy(tt) is tt, copy.deepcopy((1, [2])) is not None)
import types
ns = types.SimpleNamespace(a=[1])
ns2 = copy.deepcopy(ns)
print(ns2, ns2.a is not ns.a)

class Slots:
    __slots__ = ("a",)
s = Slots(); s.a = [1]
s2 = copy.deepcopy(s)
print(s2.a, s2.a is not s.a)
