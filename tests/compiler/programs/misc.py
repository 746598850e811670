# Odds and ends.
pass
...
'not a docstring'
1
x = None

def docstring_only():
    """Only a docstring."""

def pass_only():
    pass

def ellipsis_body():
    ...

def return_tuple(a, b):
    return a, b

def del_names(a):
    b = a
    del a, b

def is_none(x):
    if x is None:
        return 1
    if x is not None:
        return 2
    return x is None

def in_not_in(x, y):
    return x in y, x not in y

def slices(s):
    return s[1:], s[:-1], s[::2], s[1:2:3], s[:]

def starred_call(*args, **kwargs):
    return print(*args, **kwargs)

def boolean_ops(a, b, c):
    x = a and b
    y = a or b
    z = a and b or c
    w = not a
    return x, y, z, w

def compare_ops(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b

def long_function(x):
    a = x + 1
    b = a * 2
    c = b - 3
    d = c / 4
    e = d // 5
    f = e % 6
    g = f ** 2
    h = g << 1
    i = h >> 1
    j = i & 7
    k = j | 8
    l = k ^ 9
    return l

def print_stmt():
    print()
    print(1, 2, sep=',')
