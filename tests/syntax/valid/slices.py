# Subscripts and slices.
s = list(range(10))
a = s[:]
b = s[1:]
c = s[:5]
d = s[1:5]
e = s[::2]
f = s[1::2]
g = s[:5:2]
h = s[1:5:2]
i = s[::]
j = s[-1:-5:-1]
k = s[::-1]
l = s[len(s) // 2:]
m = s[(1):(2):(1)]
n = s[1 if s else 0:]
o = s[lambda: 0 if False else 0:] if False else None
grid = {(1, 2): 0, (slice(None), 1): 0}
p = grid[1, 2]
q = grid[1:2, ::3] if False else None
r = grid[..., 1] if False else None
t = grid[(1, 2)]
u = grid[1:2,] if False else None
v = s[:][:][:]
w = s[s[0]:s[1]]
x = s[-1], s[-len(s)]
y = s[True:False]
s[1:3] = [1, 2]
s[::2] = range(5)
del s[::3]
del s[0], s[-1]
z = "string"[1:-1:1]
