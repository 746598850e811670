# Expressions: names, attributes, subscripts, operators.
a = 1
b = a + 2
c = a - b * 3 / 4 // 5 % 6 ** 7
d = a << 1 >> 2 | 3 & 4 ^ 5
e = -a + +b - ~c
f = not a
g = a @ b
h = x.y.z
i = x[1]
j = x[1:2]
k = x[1:2:3]
l = x[:, 1]
m = x[::2]
n = x[a:b, c:d]
o = (a, b, c)
p = [a, b, c]
q = {a, b, c}
r = {a: b, c: d}
s = ()
t = []
u = {}
v = a if b else c
w = (yield_ := 5)

def unary(x):
    return -x, +x, ~x, not x

def binary(x, y):
    return x + y, x - y, x * y, x / y, x // y, x % y, x ** y, x @ y

def bitwise(x, y):
    return x & y, x | y, x ^ y, x << y, x >> y

def attrs(obj):
    obj.a = obj.b.c
    del obj.d
    return obj.e.f.g

def subscripts(seq, i):
    seq[i] = seq[i + 1]
    del seq[i]
    seq[1:2] = seq[::-1]
    return seq[i][i]

def walrus(data):
    if (n := len(data)) > 10:
        return n
    return (m := n + 1)

def conditional(x):
    return x if x > 0 else -x

def chained(x):
    y = x.upper().strip().lower()
    return y

def multiline(a,
              b):
    return (a
            .b
            .c)
