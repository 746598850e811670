# __repr__ vs __str__ vs __format__: which is used by print, str(), repr(), f-strings, containers.
class Both:
    def __repr__(self):
        return "Both<repr>"

    def __str__(self):
        return "Both<str>"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly<repr>"


class StrOnly:
    def __str__(self):
        return "StrOnly<str>"

    def __repr__(self):
        return "StrOnly<repr>"


b, r = Both(), ReprOnly()
print(b, r)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {b!s} {r}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        print("  __format__ spec=" + repr(spec))
        if spec == "":
            return str(self)
        if spec == "short":
            return f"${self.cents // 100}"
        return format(self.cents / 100, spec)

    def __str__(self):
        return f"${self.cents / 100:.2f}"

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(123456)
print(f"{m}")
print(f"{m:short}")
print(f"{m:>12,.2f}")
print(format(m, "e"))
print("{0:short} {0!r}".format(m))
w = 10
print(f"{m:{w}.1f}")


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)


class BadStr:
    def __str__(self):
        return None

    def __repr__(self):
        return "BadStr()"


try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(BadStr()))


class NoFormat:
    def __repr__(self):
        return "NF"


print(format(NoFormat()), f"{NoFormat()!s:>5}")
try:
    format(NoFormat(), "x")
except TypeError as e:
    print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 1


try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
