# Augmented assignment evaluates subscript/attribute target expressions exactly once.
calls = []
def key(k):
    calls.append(("key", k))
    return k
def obj(o):
    calls.append(("obj", type(o).__name__))
    return o
d = {"a": 1}
obj(d)[key("a")] += 5
print(d, calls)
calls.clear()
lst = [1, 2, 3]
obj(lst)[key(0):key(2)] += [9]
print(lst, calls)
calls.clear()
class Box:
    def __init__(self):
        self.v = 10
    def __getattribute__(self, name):
        calls.append(("get", name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        calls.append(("set", name, value))
        object.__setattr__(self, name, value)
b = Box()
calls.clear()
obj(b).v *= 3
print(calls)
class Logged(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)
L = Logged([1, 2, 3])
L[1] += 100
L[-1] **= 2
print(L)
counter = [0]
def idx():
    counter[0] += 1
    return 0
arr = [5]
arr[idx()] += 1
arr[idx()] -= 2
print(arr, counter)
