# Subscripts of instances of Python classes and of native library classes
# (array, deque, defaultdict): the class's __getitem__/__setitem__ found
# per call site, still right when the class changes or the site sees
# several classes, and errors raised inside them.
from array import array
from collections import defaultdict, deque


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.data = array("d", [0.0]) * (w * h)

    def __getitem__(self, xy):
        x, y = xy
        return self.data[y * self.w + x]

    def __setitem__(self, xy, v):
        x, y = xy
        self.data[y * self.w + x] = v


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


class MyList(list):
    pass


class Reversed(list):
    def __getitem__(self, i):
        return list.__getitem__(self, -1 - i)


g = Grid(4, 3)
for y in range(3):
    for x in range(4):
        g[x, y] = x * 10 + y
print([g[x, 2] for x in range(4)], sum(g.data))

objs = [Squares(), MyList([7, 8, 9]), Reversed([1, 2, 3]), array("i", [4, 5, 6]), deque([3, 2, 1]), {0: "a", 1: "b", 2: "c"}]
print([o[1] for o in objs], [o[2] for o in objs])
print(list(Squares()), [x for x in Squares()])

Squares.__getitem__ = lambda self, i: -i
print(objs[0][3])
del Squares.__getitem__
try:
    objs[0][3]
except TypeError as e:
    print("TypeError:", e)

dd = defaultdict(list)
for i in range(6):
    dd[i % 3].append(i)
print(dict(dd), dd[5])

arr = array("b", [0, 0])
try:
    arr[0] = 300
except OverflowError as e:
    print("OverflowError:", e)
try:
    arr[5]
except IndexError as e:
    print("IndexError:", e)


class Broken:
    def __getitem__(self, k):
        return {}[k]


def use(b):
    return b["missing"]


try:
    use(Broken())
except KeyError as e:
    print("KeyError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_next.tb_next.tb_frame.f_code.co_name)

class Lengths:
    # A built-in function is not a descriptor: called without the instance.
    __getitem__ = len


class Static:
    @staticmethod
    def __getitem__(k):
        return ("static", k)


print(Lengths()["abcd"], Static()[5])

total = 0
d = deque(range(100))
for i in range(20000):
    total += d[i % 100] + objs[3][i % 3]
print(total)
use(Broken())
