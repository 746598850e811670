# repr/str of containers: nested lists/dicts/sets/tuples, recursive structures shown as [...] and {...}.
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a))
d = {"self": None}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
x = [1]
y = [x, x]
print(y)
m = {"list": [1, {"k": (2, 3)}], "set": {1}, "fs": frozenset(), "empty": {}, "tuple": (1,), "none": None}
print(m)
nested = [[[[]]], (((),),), {"a": {"b": {}}}]
print(nested)
l1 = [0]
l2 = [l1]
l1.append(l2)
print(l1, l2)
dl = {1: []}
dl[1].append(dl)
print(dl)
print([1.0, -0.0, 1e100, float("nan")], [True, None, "s", b"b", 3j])
print(repr(["quote's", 'dq"', "\n"]), str(("é", "\x00")))
print([range(3), slice(1, 2), Ellipsis, NotImplemented, type, int])
print({1: {2: {3: [4, (5, {6})]}}})
print(repr({}), repr(set()), repr([]), repr(()), repr(frozenset()), repr(dict(a=[])))
self_set_list = [set(), [set()]]
print(self_set_list, [[]] * 3, [{}] * 2)
class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)

    def __repr__(self):
        return f"Node({self.v}, {self.children})"


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree, [tree.children[1]])
