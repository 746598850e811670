# Truthiness and short-circuit and/or/not returning operands, custom __bool__/__len__.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len", self.n)
        return self.n

print(0 or 5, 3 or 5, 0 and 5, 3 and 5, "" or "default", [] and "x", None or 0)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or [1])
print(B(True) and "yes", B(False) or "no")
print(bool(L(0)), bool(L(2)), not L(1))
if L(0):
    print("never")
else:
    print("empty L is false")
while B(False):
    print("never")
x = B(True) and B(False) and B(True)
print(x.v)
print([v for v in (0, 1, "", "s", None, [], [0], 0.0, 0.1) if v])
def f():
    print("f called")
    return True
print(False and f(), True or f(), True and f(), False or f())
print(not B(True), not None, (not 0) + 1)
class Neither:
    pass
print(bool(Neither()), "truthy object" if Neither() else "falsy")
try:
    class Bad:
        def __bool__(self):
            return 1
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
