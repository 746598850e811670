# Functions in classes: instance methods, staticmethod, classmethod, and alternate constructors.
class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    def describe(self):
        return f"{self.deg}{self.scale}"
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def name(cls):
        return cls.__name__
class Kelvin(Temp):
    scale = "K"
t = Temp(100)
print(t.describe(), Temp.describe(t), Temp.c_to_f(100), t.c_to_f(0))
print(Temp.from_f(212).describe(), Kelvin.from_f(32).describe(), type(Kelvin.from_f(32)).__name__)
print(Temp.name(), Kelvin.name(), Kelvin(5).name())
m = t.describe
t.deg = 37
print(m(), m.__self__.deg)
f = Temp.c_to_f
print(f(-40), type(Temp.__dict__["c_to_f"]).__name__, type(Temp.__dict__["from_f"]).__name__)
class Counter:
    count = 0
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
class Sub(Counter):
    pass
print(Counter.bump(), Counter.bump(), Sub.bump(), Counter.count, Sub.count)
def free(self):
    return "free function bound: " + type(self).__name__
Temp.extra = free
print(t.extra())
try:
    Temp.describe()
except TypeError as e:
    print("TypeError:", e)
