# merge, nsmallest and nlargest: results, stability, keys and reverse.
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()))
print(list(heapq.merge([], [])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 3], [6, 4, 2], reverse=True)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda p: p[0])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper, reverse=False)))
g = heapq.merge([1], [2])
print(type(g).__name__, next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")

data = [(3, "x"), (1, "y"), (3, "z"), (2, "w"), (1, "v"), (5, "u")]
for n in range(-1, 8):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
print(heapq.nsmallest(2, data, key=lambda p: p[0]))
print(heapq.nlargest(2, data, key=lambda p: p[0]))
print(heapq.nsmallest(1, []), heapq.nlargest(1, iter([])))
print(heapq.nsmallest(3, iter(range(10, 0, -1))))
print(heapq.nlargest(3, "hello world"))
print(heapq.nsmallest(1, [3, 1, 2], key=lambda v: -v))
print(heapq.nlargest(1, [3, 1, 2], key=lambda v: -v))
