# __format__ on user classes used by format(), f-strings and str.format; delegation and spec parsing.
class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __format__(self, spec):
        if not spec:
            return f"{self.amount:.2f} {self.currency}"
        if spec.startswith("c"):
            return f"{self.currency} {self.amount:{spec[1:] or '.2f'}}"
        return format(self.amount, spec)

    def __str__(self):
        return f"Money({self.amount})"

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"


m = Money(1234.5)
print(format(m), format(m, ",.1f"), format(m, "c"), format(m, "c>12,.2f"), f"{m}", f"{m:c.0f}")
print("{0} {0:c} {0!s} {0!r} {0:>10.1f}".format(m), "%s %r" % (m, m))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        print(f"  Point.__format__({spec!r})")
        fmt = spec or "g"
        return "(" + format(self.x, fmt) + ", " + format(self.y, fmt) + ")"


pt = Point(1.23456, -7)
print(f"{pt}", f"{pt:.2f}", "{:08.3f}".format(pt), format(pt, "+"))
w = 3
print(f"{pt:.{w}e}")


class Delegate(int):
    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"


print(f"{Delegate(255):x}", f"{Delegate(7):05d}", format(Delegate(1)), str(Delegate(2)), f"{Delegate(3)!s}")


class Upper(str):
    def __format__(self, spec):
        return str.__format__(self.upper(), spec)


print(f"{Upper('abc'):>6}|", "{:*<5}".format(Upper("x")), f"{Upper('q')!r}")


class Bad:
    def __format__(self, spec):
        raise ValueError(f"bad spec {spec!r}")


try:
    f"{Bad():zz}"
except ValueError as e:
    print(type(e).__name__, e)
