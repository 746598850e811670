# Assignments of every shape.
x = 1
x = y = z = 2
a, b = 1, 2
a, b = b, a
a, b, c = c, b, a
[a, b] = f()
a, *b = f()
*a, b = f()
a, *b, c = f()
(a, b), c = f()
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 2
x **= 2
x <<= 1
x >>= 1
x &= 1
x |= 1
x ^= 1
x @= m
obj.attr += 1
seq[0] += 1
seq[i:j] += [1]
del x
del a, b
del obj.attr, seq[0]

def local_assign():
    x = 1
    y = x
    x, y = y, x
    x += y
    del y
    return x

def swap3(a, b, c):
    a, b, c = c, a, b
    return a, b, c

def starred(items):
    first, *rest = items
    *init, last = items
    head, *mid, tail = items
    return first, rest, init, last, head, mid, tail

def nested_unpack(pairs):
    (a, b), (c, d) = pairs
    for (k, v), w in pairs:
        print(k, v, w)
    return a + b + c + d

def aug_attr(self):
    self.count += 1
    self.items[0] *= 2

def chain_assign():
    a = b = c = []
    return a, b, c
