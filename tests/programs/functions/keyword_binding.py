# Calls with keyword arguments bound where the arguments lie (defaults,
# keyword-only, positional-only, methods, generators, recursion limit),
# and the errors the general binder reports when that cannot be done.
def f(a, b=2, *, c, d=4): return (a, b, c, d)
print(f(1, c=3), f(a=1, c=3, b=5), f(1, 2, d=0, c=1))
def g(a, /, b, c=3): return (a, b, c)
print(g(1, b=2), g(1, c=9, b=2))
for call in ["f(1)", "f(1, x=2, c=1)", "g(a=1, b=2)", "f(1, a=2, c=3)", "f(c=1)", "g(1, 2, 3, b=4)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
def gen(a, b=1, *, k=2):
    yield a + b + k
print(list(gen(1, k=5)), list(gen(b=3, a=1)))
class P:
    def m(self, x, y=0, *, z=1): return (x, y, z)
p = P()
print(p.m(1, z=3), p.m(x=2), P.m(p, y=1, x=0))
def r(n, *, acc=0):
    return acc if n == 0 else r(n - 1, acc=acc + n)
print(r(100, acc=0))
import sys
sys.setrecursionlimit(50)
try:
    r(100, acc=0)
except RecursionError as e:
    print("RecursionError", e)
