# In-place operators __iadd__ etc., fallback to __add__, immutables rebinding, list += aliasing.
class Acc:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Acc({self.v})"

    def __iadd__(self, o):
        print("__iadd__", o)
        self.v += o
        return self

    def __isub__(self, o):
        self.v -= o
        return self

    def __imul__(self, o):
        self.v *= o
        return self

    def __itruediv__(self, o):
        self.v /= o
        return self

    def __ifloordiv__(self, o):
        self.v //= o
        return self

    def __imod__(self, o):
        self.v %= o
        return self

    def __ipow__(self, o):
        self.v **= o
        return self

    def __ilshift__(self, o):
        self.v <<= o
        return self

    def __irshift__(self, o):
        self.v >>= o
        return self

    def __iand__(self, o):
        self.v &= o
        return self

    def __ior__(self, o):
        self.v |= o
        return self

    def __ixor__(self, o):
        self.v ^= o
        return self


a = Acc(5)
alias = a
a += 3
a -= 1
a *= 4
a //= 3
a **= 2
a %= 50
a <<= 2
a >>= 1
a |= 1
a &= 0xFF
a ^= 8
print(a, alias is a)
a /= 4
print(a)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("__add__ fallback")
        return OnlyAdd(self.v + o)


x = OnlyAdd(1)
y = x
x += 10
print(x.v, y.v, x is y)


class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"


r = ReturnsOther()
r += 1
print(r)

lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = "ab"
s *= 3
print(s)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
