# Rich comparisons: __eq__ __ne__ __lt__ __le__ __gt__ __ge__, reflection, default __ne__, chaining.
class Ver:
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return "Ver" + ".".join(map(str, self.parts))

    def __eq__(self, o):
        print(f"  {self!r}.__eq__({o!r})")
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts

    def __lt__(self, o):
        print(f"  {self!r}.__lt__({o!r})")
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts

    def __le__(self, o):
        print(f"  {self!r}.__le__({o!r})")
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts <= o.parts


a, b = Ver(1, 2), Ver(1, 10)
print(a == b)
print(a != b)
print(a < b)
print(a > b)
print(a >= b)
print(a <= b)
print(a == 5)
print(a != "x")
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
print(Ver(1) < Ver(2) < Ver(3))
print(max(Ver(3), Ver(10)))


class Sub(Ver):
    def __gt__(self, o):
        print(f"  Sub.__gt__")
        return "sub wins"


print(Ver(1) < Sub(2))


class Always:
    def __eq__(self, o):
        return "truthy string"

    def __ne__(self, o):
        return 0


print(Always() == 1, Always() != 1)
print([Always()] == [1])
print(1 in [Always()])


class NoCmp:
    pass


x = NoCmp()
print(x == x, x != x, x == NoCmp())
try:
    x <= x
except TypeError as e:
    print(type(e).__name__, e)
