# Reflected operators __radd__ etc.: when they are tried, subclass priority, NotImplemented from both sides.
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"

    def __add__(self, o):
        print("Num.__add__", o)
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        print("Num.__radd__", o)
        if isinstance(o, int):
            return Num(o + self.v)
        return NotImplemented

    def __rsub__(self, o):
        return Num(o - self.v)

    def __rmul__(self, o):
        return Num(o * self.v)

    def __rtruediv__(self, o):
        return Num(o / self.v)

    def __rfloordiv__(self, o):
        return Num(o // self.v)

    def __rmod__(self, o):
        return Num(o % self.v)

    def __rpow__(self, o):
        return Num(o ** self.v)

    def __rlshift__(self, o):
        return Num(o << self.v)

    def __rand__(self, o):
        return Num(o & self.v)

    def __ror__(self, o):
        return Num(o | self.v)

    def __rxor__(self, o):
        return Num(o ^ self.v)

    def __rmatmul__(self, o):
        return ("rmatmul", o)

    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)


class SubNum(Num):
    def __radd__(self, o):
        print("SubNum.__radd__", o)
        return SubNum(o.v * 1000 + self.v)


n = Num(3)
print(n + 1)
print(1 + n)
print(10 - n, 10 * n, 12 / n, 10 // n, 10 % n, 2 ** n)
print(1 << n, 6 & n, 4 | n, 5 ^ n)
print(5 @ n)
print(divmod(7, n))
print(Num(1) + SubNum(2))
print(sum([Num(1), Num(2)]))
try:
    "s" + n
except TypeError as e:
    print(type(e).__name__, e)
try:
    n + "s"
except TypeError as e:
    print(type(e).__name__, e)


class Left:
    def __add__(self, o):
        print("Left.__add__")
        return NotImplemented


class Right:
    def __radd__(self, o):
        print("Right.__radd__")
        return NotImplemented


try:
    Left() + Right()
except TypeError as e:
    print(type(e).__name__, e)
