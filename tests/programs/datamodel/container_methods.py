# __len__, __getitem__, __setitem__, __delitem__ with ints, slices and keys; negative index handling.
class Grid:
    def __init__(self):
        self.data = {}
        self.log = []

    def __getitem__(self, key):
        self.log.append(("get", key))
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return self.data[key]

    def __setitem__(self, key, value):
        self.log.append(("set", key, value))
        self.data[key] = value

    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]

    def __len__(self):
        return len(self.data)


g = Grid()
g[0] = "a"
g[1, 2] = "tuple key"
g["k"] = "str key"
print(g[0], g[1, 2], g["k"], len(g))
print(g[1:5], g[::2], g[:-1:3])
try:
    print(g[1:2, 3])
except TypeError as e:
    print(type(e).__name__, e)
del g[0]
try:
    g[0]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del g["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(g.log)
print(len(g))


class MyList:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]


m = MyList(range(6))
print(m[-1], m[1:4], m[::-2])
m[1:3] = ["x"]
print(m.items)
del m[::2]
print(m.items)
m[-1] = "last"
print(m.items, len(m))
try:
    m[10]
except IndexError as e:
    print(type(e).__name__, e)


class ReadOnly:
    def __getitem__(self, i):
        return i


try:
    ReadOnly()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ReadOnly()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(ReadOnly())
except TypeError as e:
    print(type(e).__name__, e)
print(ReadOnly()[..., 1:2])
