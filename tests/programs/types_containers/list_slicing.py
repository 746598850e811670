# list slicing reads and slice assignment/deletion with steps, negative indices, length changes and errors.
a = list(range(10))
print(a[2:5], a[-3:], a[:-7], a[::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [10, 11, 12]
print(b)
b[-2:] = []
print(b)
b[:] = "abc"
print(b)
c = list(range(10))
c[::2] = [0] * 5
print(c)
c[1::2] = "ABCDE"
print(c)
c[::-3] = ["p", "q", "r", "s"]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
del d[10:20]
print(d)
e = [1, 2, 3]
e[5:10] = [9]
print(e)
e[-10:0] = [0]
print(e)
f = [1, 2, 3, 4]
f[1:3] = f
print(f)
g = list(range(6))
g[slice(1, 5, 2)] = ["odd1", "odd3"]
print(g, g[slice(None)], g[slice(-2, None)])
s = slice(1, 8, 3)
print(list(range(10))[s], s.start, s.stop, s.step)
h = [0, 1, 2, 3]
h[3:1] = ["ins"]
print(h)
