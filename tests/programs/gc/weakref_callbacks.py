# Weak references to garbage are cleared by the collector and their callbacks run.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name


def callback(name):
    return lambda ref: print("callback", name, ref() is None)


a = Obj("a"); b = Obj("b")
a.b = b; b.a = a
ra = weakref.ref(a, callback("a"))
rb = weakref.ref(b, callback("b"))
del a, b
print("before collect", ra() is not None, rb() is not None)
print("collected", gc.collect())
print("after collect", ra(), rb())
c = Obj("refcount")
rc = weakref.ref(c, callback("refcount"))
del c
print("after del", rc())
