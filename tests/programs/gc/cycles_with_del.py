# Cycles whose objects define __del__ are collected; __del__ runs once (PEP 442).
import gc


class Fin:
    count = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Fin.count += 1
        print("finalize", self.name)


a = Fin("a"); b = Fin("b")
a.partner = b; b.partner = a
del a, b
print("collected", gc.collect())
print("finalizers run", Fin.count)
print("garbage", gc.garbage)
c = Fin("self-cycle"); c.me = c
del c
n = gc.collect()
print("collected", n, "finalizers run", Fin.count)
print("second collect", gc.collect(), "finalizers run", Fin.count)
