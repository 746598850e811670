# classmethod and staticmethod: binding, alternative constructors, calling via class and instance.
class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def how_many(cls):
        return cls.count


class MyDate(Date):
    pass


print(Date.from_string("2024-02-29"))
print(MyDate.from_string("1999-12-31"))
d = Date(2000, 1, 1)
print(d.from_string("2001-2-3"))
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024), MyDate.is_leap(2023))
print(Date.how_many(), MyDate.how_many())
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__)
print(sm.__func__(1600), cm.__func__(MyDate, "1-2-3"))
bound = MyDate.from_string
print(bound.__self__ is MyDate, bound.__name__)
print(Date.is_leap is Date.__dict__["is_leap"].__func__)


def plain(x):
    return x * 2


class Holder:
    s = staticmethod(plain)
    c = classmethod(lambda cls, x: (cls.__name__, x))


print(Holder.s(4), Holder().s(5))
print(Holder.c(1), Holder().c(2))
print(callable(sm))
print(sm(2004))


class Counter:
    _n = 0

    @classmethod
    def bump(cls):
        cls._n += 1
        return cls._n


class Sub(Counter):
    pass


print(Counter.bump(), Counter.bump(), Sub.bump(), Sub.bump(), Counter.bump())
print(Counter._n, Sub._n)
