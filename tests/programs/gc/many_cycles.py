# Building and dropping 100,000 reference cycles: the collector keeps up.
import gc


class Pair:
    def __init__(self):
        self.other = None


for i in range(100_000):
    a = Pair(); b = Pair()
    a.other = b; b.other = a
    box = [a, b]
    box.append(box)
del a, b, box
print(sum(s["collections"] for s in gc.get_stats()) > 10)
print(gc.collect() < 2000)
