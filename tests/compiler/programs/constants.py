# Constant folding done by CPython's AST optimizer.
A = 2 ** 10
B = 'a' * 3
C = -1
D = not 1
E = ~5
F = (1, 2, 3)
G = ((1, 2), (3, 4))
H = 1 + 2j
I = 'abc'[1]
J = b'ab'[0]
K = (1, 2) + (3,)
L = 2 ** 200
M = 'x' * 5000
N = 1 / 0
O = __debug__
P = 3.5 // 2
Q = 7 % -3
R = True + True
S = 1 << 100
T = 1 << 200
U = None
V = ...
W = 10 ** -2
X = 1e300 * 1e10
Y = 0.1 + 0.2
Z = 'a' 'b'

def folded():
    return 60 * 60 * 24

def tuples():
    return (1, 'a', None), (1,), ((),)

def membership(x):
    return x in [1, 2, 3], x not in {1, 2}, x in (a, b), x in [a, b]

def loop_over_constants():
    for i in [1, 2, 3]:
        print(i)
    for j in {4, 5}:
        print(j)
    for k in [a, b]:
        print(k)

def not_compare(a, b):
    return not a is b, not a in b, not a == b

def debug():
    if __debug__:
        return 1
    return 2

def percent(a, b):
    return '%s-%r' % (a, b), '%5s|%-3s|%.2s' % (a, b, a), '%d' % (a,), '%s' % a

def big_tuple():
    return (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
            21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33)
