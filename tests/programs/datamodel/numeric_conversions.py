# __int__, __float__, __complex__, __index__ precedence in int()/float()/complex(); __trunc__ fallback.
class N:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        print("__int__")
        return int(self.v)

    def __float__(self):
        print("__float__")
        return float(self.v)

    def __complex__(self):
        print("__complex__")
        return complex(self.v, 1)


n = N(3.75)
print(int(n), float(n), complex(n))


class OnlyIndex:
    def __index__(self):
        print("__index__")
        return 9


print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))


class OnlyFloat:
    def __float__(self):
        return 2.5


print(float(OnlyFloat()), complex(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)


class BadInt:
    def __int__(self):
        return "5"


try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)


class BadFloat:
    def __float__(self):
        return 1


try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)


class Nothing:
    pass


for conv in (int, float, complex):
    try:
        conv(Nothing())
    except TypeError as e:
        print(type(e).__name__, e)
print(int(True), float(False), int(-2.9), int(2.9), float(7), complex(1.5))
print(int("  42  "), float(" -1.5e3 "), complex("1+2j"), float("inf"), float("-nan"))


class IntSub(int):
    def __int__(self):
        return 100


x = IntSub(5)
print(x, x + 1, int(x), float(x), type(x + 1).__name__)
