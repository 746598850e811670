# Argument errors and lists that change during a comparison.
import heapq

def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)

attempt(heapq.heappush, 1)
attempt(heapq.heappush, 1, 2)
attempt(heapq.heappush, [], 1, 2)
attempt(heapq.heappush, heap=[], item=1)
attempt(heapq.heappop)
attempt(heapq.heappop, (1,))
attempt(heapq.heappop, [])
attempt(heapq.heapify, {})
attempt(heapq.heapify)
attempt(heapq.heapreplace, [], 1)
attempt(heapq.heapreplace, "ab", 1)
attempt(heapq.heappushpop, None, 1)
attempt(heapq._heappop_max, [])
attempt(heapq._heapify_max, 3)
attempt(heapq._heapreplace_max, [], 1)
attempt(heapq.heappush, [1], "a")
h = [1, "a"]
attempt(heapq.heapify, h)

class Evil:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v

h = []
h.append(Evil(2, h))
h.append(Evil(1, h))
attempt(heapq.heapify, h)
h2 = []
heapq.heappush(h2, Evil(3, []))
h2.append(Evil(1, h2))
attempt(heapq._siftdown if False else heapq.heappush, h2, Evil(0, h2))

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
    def __repr__(self):
        return f"L{self.v}"

h = [Loud(v) for v in [4, 2, 6, 1]]
heapq.heapify(h)
print(h)
print(heapq.heappop(h), h)
heapq.heappush(h, Loud(0))
print(h)
