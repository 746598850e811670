# __del__ runs when the last reference goes, in CPython's order.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Noisy("a")
print("before del")
del a
print("after del")
b = Noisy("b1")
b = Noisy("b2")
print("rebound")


def scope():
    local = Noisy("local")
    print("leaving scope")


scope()
print("after scope")
items = [Noisy("item0"), Noisy("item1"), Noisy("item2")]
items.clear()
print("cleared list")
d = {"k": Noisy("in dict")}
d["k"] = None
print("replaced in dict")


def fail():
    victim = Noisy("in traceback frame")
    raise ValueError("boom")


try:
    fail()
except ValueError:
    print("handled")
print("after except")
holder = Noisy("holder")
holder.child = Noisy("child")
del holder
print("parent then child")
nested = [Noisy("outer"), [Noisy("inner")]]
del nested
print("nested list")
del b
print("end")
