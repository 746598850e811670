# Generators as methods: __iter__ implemented with yield, reusable iterables vs one-shot iterators.
class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c
    def diagonal(self):
        for i in range(min(self.rows, self.cols)):
            yield i, i
grid = Range2D(2, 3)
print(list(grid))
print(list(grid) == list(grid), len(list(grid.diagonal())), list(Range2D(3, 3).diagonal()))
class LinkedList:
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = (v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node[0]
            node = node[1]
    def __reversed__(self):
        yield from reversed(list(self))
ll = LinkedList(1, 2, 3)
print(list(ll), list(reversed(ll)), 2 in ll, 5 in ll, sum(ll))
a, b, c = ll
print(a, b, c, [*ll, *ll])
class Tree:
    def __init__(self, name, *children):
        self.name, self.children = name, children
    def walk(self, depth=0):
        yield depth, self.name
        for ch in self.children:
            yield from ch.walk(depth + 1)
t = Tree("root", Tree("a", Tree("a1")), Tree("b"))
for depth, name in t.walk():
    print("  " * depth + name)
class OneShot:
    def __init__(self, data):
        self.it = iter(data)
    def __iter__(self):
        return self
    def __next__(self):
        return next(self.it)
o = OneShot([1, 2])
print(list(o), list(o))
class Gen:
    @staticmethod
    def count(n):
        yield from range(n)
    @classmethod
    def names(cls):
        yield cls.__name__
print(list(Gen.count(3)), list(Gen.names()))
