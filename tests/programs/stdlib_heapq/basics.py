# heappush/heappop/heapify/heapreplace/heappushpop keep the same layout as CPython.
import heapq

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 11, -3, 8, 8]
h = []
for x in data:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)

h = list(data)
heapq.heapify(h)
print("heapify", h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, -10), h)
print(heapq.heappushpop(h, 4), h)
print(heapq.heappushpop([], 3))

# Max-heap helpers.
m = list(data)
heapq._heapify_max(m)
print("max", m)
print(heapq._heappop_max(m), m)
print(heapq._heapreplace_max(m, 1), m)

# Tuples as priority entries, and strings.
tasks = []
for prio, name in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
words = "the quick brown fox jumps over the lazy dog".split()
heapq.heapify(words)
print(words)
print(sorted(words) == [heapq.heappop(words) for _ in range(len(words))])

# Python-level sift helpers.
h = [1, 3, 2]
h.append(0)
heapq._siftdown(h, 0, 3)
print(h)
h[0] = 9
heapq._siftup(h, 0)
print(h)

# Heap sort of many values.
import random
rng = random.Random(7)
vals = [rng.randrange(1000) for _ in range(300)]
h = []
for v in vals:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(300)] == sorted(vals))
print(heapq.__all__)
