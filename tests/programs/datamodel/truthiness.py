# __bool__ and __len__ in truth testing, precedence, errors for bad return types.
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("__bool__", self.v)
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("__len__", self.n)
        return self.n


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Neither:
    pass


print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), len(Both()))
print(bool(Neither()))
if L(2):
    print("L(2) is truthy")
print(not B(False))
print(B(True) and "and-result")
print(L(0) or "or-result")
x = [v for v in (L(0), L(1), B(False)) if v]
print(len(x))
try:
    bool(B(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(L(-1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    bool(L("3"))
except TypeError as e:
    print(type(e).__name__, e)
print(bool(L(2 ** 3)))
try:
    len(L(2 ** 70))
except OverflowError as e:
    print(type(e).__name__, e)
while L(0):
    print("never")
print("then" if B(True) else "else")
for v in [0, 0.0, 0j, "", (), [], {}, set(), range(0), None, False, b"", bytearray()]:
    if v:
        print("truthy?!", repr(v))
print([bool(v) for v in [1, -1, 0.1, "0", (0,), [None], {0: 0}, range(1)]])
