# User classes and subclasses through math: __floor__/__ceil__/__trunc__
# take precedence, __float__ and __index__ convert, float and int
# subclasses are read directly, errors in the hooks propagate.
import math

class Floorish:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return ["ceil!"]
    def __trunc__(self):
        return 42

print(math.floor(Floorish()), math.ceil(Floorish()), math.trunc(Floorish()))

class F:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return self.v

print(math.floor(F(2.5)), math.ceil(F(2.5)), math.floor(F(-2.5)), math.ceil(F(-0.5)))
print(math.sqrt(F(16.0)), math.sin(F(0.5)), math.hypot(F(3.0), F(4.0)), math.fsum([F(0.1)] * 3))
print(math.isnan(F(math.nan)), math.log(F(100.0), F(10.0)), math.atan2(F(1.0), 1))
print(math.isclose(F(1.0), 1.0), math.dist([F(1.0)], [F(4.0)]), math.frexp(F(8.0)))
try:
    math.trunc(F(2.5))
except TypeError as e:
    print("TypeError:", e)
try:
    math.sqrt(F(3))
except TypeError as e:
    print("TypeError:", e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(math.sqrt(Idx(16)), math.floor(Idx(7)) if False else math.exp(Idx(0)))
print(math.log(Idx(8), 2), math.log2(Idx(1024)), math.factorial(Idx(5)), math.isqrt(Idx(17)))
try:
    math.floor(Idx(3))
except TypeError as e:
    print("TypeError:", e)
try:
    math.ldexp(1.0, Idx(3))
except TypeError as e:
    print("TypeError:", e)

class MyFloat(float):
    def __float__(self):
        return 99.0
    def __floor__(self):
        return "my floor"

x = MyFloat(2.5)
print(math.floor(x), math.ceil(x), math.trunc(x), math.sqrt(x), math.fsum([x, x]))
print(math.isinf(MyFloat("inf")), math.modf(x), math.hypot(x), math.copysign(x, -1))

class PlainFloat(float):
    pass

y = PlainFloat(-3.5)
print(math.floor(y), math.ceil(y), math.trunc(y), math.fabs(y), type(math.floor(y)).__name__)

class MyInt(int):
    def __float__(self):
        return 0.5
    def __index__(self):
        return 7
    def __floor__(self):
        return "int floor"

n = MyInt(100)
print(math.floor(n), math.ceil(n), math.trunc(n), math.sqrt(n), math.log(n), math.log10(n))
print(math.factorial(MyInt(4)), math.gcd(n, 15), math.ldexp(1.0, n), math.isqrt(n))
print(math.comb(n, 2), math.exp(n), math.fsum([n]), math.hypot(n))

class PlainInt(int):
    pass

print(math.floor(PlainInt(5)), type(math.floor(PlainInt(5))).__name__, math.log(PlainInt(10 ** 300)))
print(math.floor(True), math.ceil(False), math.trunc(True), type(math.floor(True)).__name__)
print(math.floor(10 ** 30), math.ceil(-10 ** 30), math.trunc(10 ** 30 + 1))

class Bad:
    def __floor__(self):
        raise RuntimeError("no floor")
    def __float__(self):
        raise ValueError("no float")

for f in (math.floor, math.sqrt, math.ceil):
    try:
        f(Bad())
    except Exception as e:
        print(type(e).__name__, e)

class WrongFloat:
    def __float__(self):
        return 1

try:
    math.sqrt(WrongFloat())
except TypeError as e:
    print("TypeError:", e)

class WrongIndex:
    def __index__(self):
        return 1.5

try:
    math.factorial(WrongIndex())
except TypeError as e:
    print("TypeError:", e)

class Both:
    def __float__(self):
        return 2.0
    def __index__(self):
        return 3

print(math.sqrt(Both()), math.factorial(Both()), math.floor(Both()))

class Num:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))
    def __rmul__(self, o):
        return Num(o * self.v)

print(math.prod([Num(2), Num(3), 4]).v, math.prod([2, Num(5)], start=Num(1)).v)
