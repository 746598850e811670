# Mutating lists while iterating, aliasing through references, extending a list with itself, del in loops.
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3, 4, 5, 6]
for x in b[:]:
    if x % 2 == 0:
        b.remove(x)
print(b)
c = [1, 2, 3]
count = 0
for x in c:
    if count < 3:
        c.append(x * 10)
    count += 1
print(c, count)
d = list(range(10))
i = 0
while i < len(d):
    if d[i] % 3 == 0:
        del d[i]
    else:
        i += 1
print(d)
e = [1, 2]
e.extend(e)
print(e)
e += e
print(e, len(e))
f = [1, 2]
f[len(f):] = f
print(f)
g = [[]] * 3
g[0].append("shared")
h = [[] for _ in range(3)]
h[0].append("own")
print(g, h)
row = [0] * 3
board = [row, row]
board[0][1] = 5
print(board)
it = iter([1, 2, 3, 4])
pairs = list(zip(it, it))
print(pairs)
lst = [3, 1, 2]
res = lst.sort() or lst
print(res)
evens = [x for x in range(10) if x % 2 == 0]
for idx in range(len(evens) - 1, -1, -1):
    if evens[idx] > 4:
        evens.pop(idx)
print(evens)
items = ["a", "b", "c"]
for idx, item in enumerate(items):
    items[idx] = item * (idx + 1)
print(items)
