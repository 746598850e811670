# The pause of a full collection over a heap of about a million container
# objects (a tree of instances, each with a list of children: the
# instance, its attribute dict where the VM has one, and the list). Prints
# the best pause of five collections in milliseconds, timed by gc.callbacks.
import gc
import time


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []


gc.disable()
nodes = [Node(i) for i in range(333_334)]
for i in range(1, len(nodes)):
    nodes[i // 2].children.append(nodes[i])

started = []
pauses = []


def timer(phase, info):
    if phase == "start":
        started.append(time.perf_counter())
    else:
        pauses.append(time.perf_counter() - started.pop())


gc.callbacks.append(timer)
for _ in range(5):
    gc.collect()
gc.callbacks.remove(timer)
print(f"{min(pauses) * 1000:.1f}")
