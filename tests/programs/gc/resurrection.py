# A finalizer that stores its object somewhere resurrects it; __del__ does not run twice.
import gc

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        saved.append(self)


p = Phoenix("refcounted")
del p
print("saved", [s.name for s in saved])
print("finalized", gc.is_finalized(saved[0]))
saved.clear()
print("cleared again, no second __del__")
q = Phoenix("cyclic"); q.me = q
del q
print("collect found", gc.collect())
print("saved", [s.name for s in saved], saved[0].me is saved[0])
saved.clear()
print("collect after release", gc.collect())
